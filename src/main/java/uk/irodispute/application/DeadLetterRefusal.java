package uk.irodispute.application;

/** An action on a dead letter that was not done, and why, in words an operator can act on. */
public final class DeadLetterRefusal extends RuntimeException {

  /** Why it was refused. */
  public enum Why {
    /** No dead letter has that id. */
    UNKNOWN,
    /** The letter was replayed or discarded already. */
    NOT_OPEN,
    /** The letter is open but replaying it cannot work, as the message says. */
    NOT_REPLAYABLE,
    /** The request itself is incomplete: no actor, or a discard without a reason. */
    INCOMPLETE
  }

  private final Why why;
  private final String field;

  DeadLetterRefusal(Why why, String field, String message) {
    super(message);
    this.why = why;
    this.field = field;
  }

  public Why why() {
    return why;
  }

  /** The input at fault: {@code id}, {@code actor} or {@code reason}. */
  public String field() {
    return field;
  }
}

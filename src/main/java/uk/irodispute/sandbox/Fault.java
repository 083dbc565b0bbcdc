package uk.irodispute.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * A fault armed on a sandbox system: it falls on the next {@code times} requests its target covers,
 * then disarms itself.
 *
 * @param kind what goes wrong
 * @param target which requests it falls on
 * @param times how many requests; {@link #UNTIL_CLEARED} for every one until cleared
 * @param delay how long a slow or timed-out answer waits, or the {@code Retry-After} of a rate
 *     limit; null for the default
 */
public record Fault(FaultKind kind, FaultTarget target, int times, Duration delay) {

  /** Falls on every request until the faults are cleared. */
  public static final int UNTIL_CLEARED = Integer.MAX_VALUE;

  public Fault {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(target, "target");
    if (times < 1) {
      throw new IllegalArgumentException("a fault falls on at least one request, not " + times);
    }
    if (delay != null && delay.isNegative()) {
      throw new IllegalArgumentException("a fault's delay cannot be negative");
    }
    if (kind == FaultKind.DUPLICATE_NOTE && target != FaultTarget.POLLS) {
      throw new IllegalArgumentException("only a page of notes can repeat a note: target polls");
    }
    if (kind.isPoisonNote() && target != FaultTarget.POLLS) {
      throw new IllegalArgumentException(
          "only a page of notes can hold a poison note: target polls");
    }
  }

  /** The next {@code times} polls answer 500. */
  public static Fault serverErrors(int times) {
    return new Fault(FaultKind.SERVER_ERROR, FaultTarget.POLLS, times, null);
  }

  /** The next {@code times} polls answer after {@code delay}. */
  public static Fault slow(int times, Duration delay) {
    return new Fault(FaultKind.SLOW, FaultTarget.POLLS, times, delay);
  }

  /**
   * The next {@code times} polls held until the system's faults are cleared.
   *
   * @see FaultKind#HELD
   */
  public static Fault held(int times) {
    return new Fault(FaultKind.HELD, FaultTarget.POLLS, times, null);
  }

  /** The next {@code times} polls answer only after the client has stopped waiting. */
  public static Fault timeOuts(int times) {
    return new Fault(FaultKind.TIME_OUT, FaultTarget.POLLS, times, null);
  }

  /** The next {@code times} polls answer with a body cut in half. */
  public static Fault malformedBodies(int times) {
    return new Fault(FaultKind.MALFORMED_BODY, FaultTarget.POLLS, times, null);
  }

  /** The next {@code times} polls answer a page of this kind's wrong shape. */
  public static Fault wrongAnswers(FaultKind kind, int times) {
    return new Fault(kind, FaultTarget.POLLS, times, null);
  }

  /** The next {@code times} polls answer their page with a poison note first, too deep or huge. */
  public static Fault poisonNotes(FaultKind kind, int times) {
    if (!kind.isPoisonNote()) {
      throw new IllegalArgumentException(
          "a poison note is deep-note, huge-note or deep-note-id-after, not " + kind);
    }
    return new Fault(kind, FaultTarget.POLLS, times, null);
  }

  /** The next {@code times} pages with notes repeat their first note. */
  public static Fault duplicateNotes(int times) {
    return new Fault(FaultKind.DUPLICATE_NOTE, FaultTarget.POLLS, times, null);
  }

  /** The next {@code times} polls answer 429 with {@code Retry-After: retryAfter}. */
  public static Fault rateLimited(int times, Duration retryAfter) {
    return new Fault(FaultKind.RATE_LIMITED, FaultTarget.POLLS, times, retryAfter);
  }

  /** The reporting database's notes table is gone until the faults are cleared. */
  public static Fault offline() {
    return new Fault(FaultKind.OFFLINE, FaultTarget.POLLS, UNTIL_CLEARED, null);
  }

  /** The same fault on other requests. */
  public Fault on(FaultTarget other) {
    return new Fault(kind, other, times, delay);
  }

  /** The same fault on every request until cleared. */
  public Fault untilCleared() {
    return new Fault(kind, target, UNTIL_CLEARED, delay);
  }

  /** As the page shows it. */
  public String describe() {
    return kind.id()
        + " on "
        + target.id()
        + (times == UNTIL_CLEARED ? ", until cleared" : ", " + times + " time(s)")
        + (delay == null ? "" : ", " + delay);
  }
}

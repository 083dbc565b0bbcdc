package uk.irodispute.store;

/** The reason codes a dead letter is filed under, for operations to filter by. */
public enum DeadLetterReason {
  /** A note the mapping could not read: a field missing or of the wrong shape. */
  UNREADABLE_NOTE,
  /** A note larger than the adapter takes. */
  NOTE_TOO_LARGE,
  /** A note that names no child or no case. */
  MISSING_SUBJECT,
  /** A note recorded in the future, or too far in the past to act on. */
  DATE_OUT_OF_RANGE,
  /** A delivery that failed its last attempt. */
  DELIVERY_FAILED,
  /**
   * A reply to an alert that was not taken as an answer: no dispute matched, a sender the stage was
   * not sent to, or no response the protocol knows. Its sender was told by mail.
   */
  ANSWER_REFUSED
}

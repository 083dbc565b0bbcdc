package uk.irodispute.store;

/**
 * Which dead letters to list or replay; a null field matches every letter.
 *
 * @param systemId the system file the note came from or the delivery belongs to
 * @param reference the dispute
 * @param reasonCode a {@link DeadLetterReason} name
 * @param status open, replayed or discarded
 * @param kind a note or a delivery
 */
public record DeadLetterFilter(
    String systemId,
    String reference,
    String reasonCode,
    DeadLetter.Status status,
    DeadLetter.Kind kind) {

  /** Every letter. */
  public static final DeadLetterFilter ALL = new DeadLetterFilter(null, null, null, null, null);

  static DeadLetterFilter inStatus(DeadLetter.Status status) {
    return new DeadLetterFilter(null, null, null, status, null);
  }

  /** The same filter, open letters only. */
  public DeadLetterFilter open() {
    return new DeadLetterFilter(systemId, reference, reasonCode, DeadLetter.Status.OPEN, kind);
  }
}

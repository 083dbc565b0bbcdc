package uk.irodispute.store;

import java.time.Instant;

/**
 * Something the adapter could not do, waiting for operations.
 *
 * @param id the row
 * @param kind a note not taken, or a delivery that failed its last attempt
 * @param systemId the system file the note came from or the delivery belongs to
 * @param reference the dispute, when one is known
 * @param noteId the note's id (or {@code position N} when it had none), for a note
 * @param noteVersion the note's version, when it could be read
 * @param outboxId the outbox item, for a delivery
 * @param reasonCode a fixed code to filter by, see {@link DeadLetterReason}
 * @param reason the reason in words: fields, limits and status codes, never a note's text
 * @param status open, replayed or discarded
 * @param recordedAt when it was recorded
 * @param resolvedAt when it was replayed or discarded; null while open
 * @param noteModifiedAt the note's modification time in its system, when it could be read: a replay
 *     reads the system again from there
 */
public record DeadLetter(
    long id,
    Kind kind,
    String systemId,
    String reference,
    String noteId,
    String noteVersion,
    Long outboxId,
    String reasonCode,
    String reason,
    Status status,
    Instant recordedAt,
    Instant resolvedAt,
    Instant noteModifiedAt) {

  /** What was not done. */
  public enum Kind {
    NOTE,
    DELIVERY
  }

  /** Where operations left it. */
  public enum Status {
    OPEN,
    REPLAYED,
    DISCARDED
  }
}

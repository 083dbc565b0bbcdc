package uk.irodispute.systems.mapping;

import java.time.Instant;

/**
 * A note in a page that cannot be mapped: recorded with its reason, and the rest of the page read.
 *
 * @param noteIdOrPosition the note's id when it could be read, else {@code position N} (1-based)
 * @param reason which field is missing or wrong and where the file says it is; never a value
 * @param modifiedAt the note's modification time when that could be read, so that a replay can read
 *     the source again from there; null otherwise
 * @param cutOutId for a note cut out unread and known by its position: its id, when the page gave
 *     it before the part that made the note poison; null otherwise
 */
public record UnreadableNote(
    String noteIdOrPosition, String reason, Instant modifiedAt, String cutOutId) {

  /** A note whose modification time could not be read. */
  public UnreadableNote(String noteIdOrPosition, String reason) {
    this(noteIdOrPosition, reason, null);
  }

  /** A note that was read, in part at least. */
  public UnreadableNote(String noteIdOrPosition, String reason, Instant modifiedAt) {
    this(noteIdOrPosition, reason, modifiedAt, null);
  }

  /** Whether the note is known only by its position in the page. */
  public boolean isPosition() {
    return noteIdOrPosition.startsWith(CaseNoteAssembler.POSITION);
  }
}

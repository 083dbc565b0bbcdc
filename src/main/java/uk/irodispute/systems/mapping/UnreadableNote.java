package uk.irodispute.systems.mapping;

import java.time.Instant;

/**
 * A note in a page that cannot be mapped: recorded with its reason, and the rest of the page read.
 *
 * @param noteIdOrPosition the note's id when it could be read, else {@code position N} (1-based)
 * @param reason which field is missing or wrong and where the file says it is; never a value
 * @param modifiedAt the note's modification time when that could be read, so that a replay can read
 *     the source again from there; null otherwise
 */
public record UnreadableNote(String noteIdOrPosition, String reason, Instant modifiedAt) {

  /** A note whose modification time could not be read. */
  public UnreadableNote(String noteIdOrPosition, String reason) {
    this(noteIdOrPosition, reason, null);
  }

  /** Whether the note is known only by its position in the page. */
  public boolean isPosition() {
    return noteIdOrPosition.startsWith(CaseNoteAssembler.POSITION);
  }
}

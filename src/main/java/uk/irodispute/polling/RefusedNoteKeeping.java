package uk.irodispute.polling;

import uk.irodispute.core.note.CaseNote;
import uk.irodispute.store.DeadLetterReason;

/**
 * Keeps a note the screen refused as a dead letter, and tells its author why where they are known
 * ({@code application.RefusedNotes} in the application).
 */
@FunctionalInterface
public interface RefusedNoteKeeping {

  /**
   * @param reason for operations: the field and the limit, never the note's text
   * @return whether the dead letter is new
   */
  boolean keep(CaseNote note, DeadLetterReason code, String reason);
}

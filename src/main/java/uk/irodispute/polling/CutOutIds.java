package uk.irodispute.polling;

import uk.irodispute.core.note.NoteScreen;
import uk.irodispute.core.note.NoteText;

/**
 * The id of a poison note, as a note-by-note reader reads it before the note turns poison. Only an
 * id that is a short value of the note itself is read: never a nested one, never one after the part
 * that made the note poison. The mapping then checks it as any note id.
 */
final class CutOutIds {

  /**
   * The most bytes of an id that are read: the longest note id with every character escaped (six
   * bytes in JSON), and a little more. A longer id is not read, and the note is known by its
   * position only.
   */
  static final int MOST_BYTES = 6 * NoteScreen.MOST_NOTE_ID_CHARACTERS + 16;

  private CutOutIds() {}

  /** The id without surrounding spaces; null when blank or holding a control character. */
  static String usable(String id) {
    if (id == null || id.isBlank()) {
      return null;
    }
    String stripped = id.strip();
    return NoteText.hasControlCharacter(stripped) ? null : stripped;
  }
}

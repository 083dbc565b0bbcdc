package uk.irodispute.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a page of the JSON API ended: the last note's modification time and id, opaque to the
 * client.
 *
 * @param modifiedAt the last note's modification time
 * @param noteId the last note's id
 */
record Cursor(Instant modifiedAt, String noteId) {

  static Cursor after(RecordedNote note) {
    return new Cursor(note.modifiedAt(), note.noteId());
  }

  /** Reads a cursor the API gave; an error for anything else. */
  static Cursor parse(String text) {
    try {
      String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
      int colon = plain.indexOf(':');
      return new Cursor(
          Instant.ofEpochMilli(Long.parseLong(plain.substring(0, colon))),
          plain.substring(colon + 1));
    } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
      throw new IllegalArgumentException("cursor is not one this API gave");
    }
  }

  String text() {
    String plain = modifiedAt.toEpochMilli() + ":" + noteId;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }
}

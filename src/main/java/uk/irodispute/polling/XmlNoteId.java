package uk.irodispute.polling;

import java.nio.charset.StandardCharsets;
import uk.irodispute.core.note.NoteText;

/**
 * The id of the XML note being read ({@link XmlNoteStream}), from an attribute of its start tag or
 * its first child element of the id's name, at most {@link CutOutIds#MOST_BYTES}: text only (an
 * entity is decoded; markup within it leaves the id unread).
 */
final class XmlNoteId {

  private final byte[] bytes = new byte[CutOutIds.MOST_BYTES];
  private int length;
  private boolean started;
  private boolean read;
  private boolean unreadable;

  /** A note starts: nothing of its id is read yet. */
  void clear() {
    length = 0;
    started = false;
    read = false;
    unreadable = false;
  }

  /** Whether nothing of the id was read yet. */
  boolean isEmpty() {
    return !started;
  }

  /** A byte of the id: past the most, the id is unreadable. */
  void add(int b) {
    started = true;
    if (length == bytes.length) {
      unreadable = true;
    } else {
      bytes[length++] = (byte) b;
    }
  }

  /** The id's text ends: at its element's end tag, or at other markup, which leaves it unread. */
  void end(boolean atItsEnd) {
    started = true;
    read = atItsEnd;
    unreadable |= !atItsEnd;
  }

  /** The id read, or null. */
  String text() {
    if (!read || unreadable) {
      return null;
    }
    String id = unescaped(new String(bytes, 0, length, StandardCharsets.UTF_8));
    return id == null || !id.codePoints().allMatch(NoteText::allowedInXml)
        ? null
        : CutOutIds.usable(id);
  }

  /** The text with its entities and character references decoded; null when one is unknown. */
  private static String unescaped(String raw) {
    StringBuilder text = new StringBuilder(raw.length());
    int i = 0;
    while (i < raw.length()) {
      char ch = raw.charAt(i);
      if (ch == '<') {
        return null;
      }
      if (ch != '&') {
        text.append(ch);
        i++;
        continue;
      }
      int semicolon = raw.indexOf(';', i);
      if (semicolon < 0) {
        return null;
      }
      int character = character(raw.substring(i + 1, semicolon));
      if (character < 0) {
        return null;
      }
      text.appendCodePoint(character);
      i = semicolon + 1;
    }
    return text.toString();
  }

  /** The character an entity or a character reference stands for; -1 when not known. */
  private static int character(String reference) {
    try {
      return switch (reference) {
        case "lt" -> '<';
        case "gt" -> '>';
        case "amp" -> '&';
        case "quot" -> '"';
        case "apos" -> '\'';
        default -> {
          int code =
              reference.startsWith("#x")
                  ? Integer.parseInt(reference.substring(2), 16)
                  : reference.startsWith("#") ? Integer.parseInt(reference.substring(1)) : -1;
          yield Character.isValidCodePoint(code) ? code : -1;
        }
      };
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}

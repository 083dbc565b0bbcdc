package uk.irodispute.core.note;

import java.time.Duration;

/** How the screen and the mapping measure a note's text, and how a limit is said in words. */
public final class NoteText {

  private NoteText() {}

  /** The length of the text in UTF-8, counted without encoding it. */
  public static long utf8Bytes(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  /**
   * Whether the text holds a control character: C0 and C1 controls (line feed, carriage return,
   * tab, NUL, ...), DEL, and the Unicode line and paragraph separators.
   */
  public static boolean hasControlCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  /** Whether XML 1.0 allows the character: no control character but tab and line ends. */
  public static boolean allowedInXml(int codePoint) {
    return codePoint == 0x9
        || codePoint == 0xA
        || codePoint == 0xD
        || (codePoint >= 0x20 && codePoint <= 0xD7FF)
        || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
        || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
  }

  /** A duration as a council would say it: {@code 90 days}, {@code 10 minutes}. */
  static String inWords(Duration d) {
    if (d.isZero()) {
      return "no time";
    }
    if (d.toSeconds() % 86_400 == 0) {
      return plural(d.toDays(), "day");
    }
    if (d.toSeconds() % 3_600 == 0) {
      return plural(d.toHours(), "hour");
    }
    if (d.toSeconds() % 60 == 0) {
      return plural(d.toMinutes(), "minute");
    }
    return plural(d.toSeconds(), "second");
  }

  private static String plural(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }
}

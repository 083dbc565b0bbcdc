package uk.irodispute.mappings;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import uk.irodispute.mappings.PlaceholderResolver.UnresolvedPlaceholderException;

/** The {@code ${NAME:default}} syntax: finding placeholders in a value and filling them. */
final class PlaceholderText {

  private static final String OPEN = "${";

  private PlaceholderText() {}

  /**
   * One placeholder: its name, and its default text (null when it has none).
   *
   * @param name the name before the first ':'
   * @param fallback the text after it, unresolved; null when there is no ':'
   */
  record Placeholder(String name, String fallback) {}

  /** Whether the text holds a placeholder at all. */
  static boolean hasPlaceholder(String text) {
    return text != null && text.contains(OPEN);
  }

  /** The outermost placeholders of the text, in order, and those inside their defaults. */
  static List<Placeholder> all(String text) {
    List<Placeholder> found = new ArrayList<>();
    collect(text, found);
    return found;
  }

  /** Fills every placeholder from {@code lookup}, defaults only when the name has no value. */
  static String fill(String text, Function<String, String> lookup) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int start = text.indexOf(OPEN, i);
      int end = start < 0 ? -1 : closing(text, start);
      if (start < 0 || end < 0) {
        out.append(text, i, text.length());
        break;
      }
      out.append(text, i, start);
      Placeholder p = parse(text.substring(start + OPEN.length(), end));
      String value = lookup.apply(p.name());
      if (value == null && p.fallback() == null) {
        throw new UnresolvedPlaceholderException(p.name());
      }
      out.append(value != null ? value : fill(p.fallback(), lookup));
      i = end + 1;
    }
    return out.toString();
  }

  private static void collect(String text, List<Placeholder> found) {
    int i = 0;
    while (text != null && i < text.length()) {
      int start = text.indexOf(OPEN, i);
      int end = start < 0 ? -1 : closing(text, start);
      if (start < 0 || end < 0) {
        return;
      }
      Placeholder p = parse(text.substring(start + OPEN.length(), end));
      found.add(p);
      collect(p.fallback(), found);
      i = end + 1;
    }
  }

  private static Placeholder parse(String inside) {
    int colon = inside.indexOf(':');
    return colon < 0
        ? new Placeholder(inside.strip(), null)
        : new Placeholder(inside.substring(0, colon).strip(), inside.substring(colon + 1));
  }

  /** The index of the '}' closing the placeholder opened at {@code start}, or -1. */
  private static int closing(String text, int start) {
    int depth = 0;
    for (int i = start; i < text.length(); i++) {
      if (text.startsWith(OPEN, i)) {
        depth++;
        i++;
      } else if (text.charAt(i) == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }
}

package uk.irodispute.delivery;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text with {@code {{name}}} placeholders, as system files and message files write them. Three
 * forms:
 *
 * <ul>
 *   <li>{@code {{name}}}: the value, escaped for where it goes;
 *   <li>{@code {{#name}}...{{/name}}}: the part between, only when the value is not empty;
 *   <li>{@code {{^name}}...{{/name}}}: the part between, only when the value is empty.
 * </ul>
 *
 * Parsed once; rendering never changes the template. A value missing from the map given to {@link
 * #render} is a mistake in the template, not an empty value.
 */
public final class Template {

  private static final Pattern TAG =
      Pattern.compile("\\{\\{\\s*([#^/]?)\\s*([A-Za-z][A-Za-z0-9_.-]*)\\s*}}");

  private sealed interface Part {}

  private record Text(String text) implements Part {}

  private record Value(String name) implements Part {}

  private record Section(String name, boolean whenEmpty, List<Part> parts) implements Part {}

  private final String source;
  private final List<Part> parts;

  private Template(String source, List<Part> parts) {
    this.source = source;
    this.parts = parts;
  }

  /**
   * Reads a template.
   *
   * @throws IllegalArgumentException naming the mistake: a section not closed, closed twice or
   *     closed under another name, or {@code {{} with no valid name after it
   */
  public static Template parse(String source) {
    List<List<Part>> open = new ArrayList<>();
    List<String> openNames = new ArrayList<>();
    List<Boolean> openWhenEmpty = new ArrayList<>();
    open.add(new ArrayList<>());
    Matcher m = TAG.matcher(source);
    int at = 0;
    while (m.find()) {
      addText(open.get(open.size() - 1), source, at, m.start());
      at = m.end();
      String sigil = m.group(1);
      String name = m.group(2);
      switch (sigil) {
        case "#", "^" -> {
          open.add(new ArrayList<>());
          openNames.add(name);
          openWhenEmpty.add(sigil.equals("^"));
        }
        case "/" -> {
          if (openNames.isEmpty() || !openNames.get(openNames.size() - 1).equals(name)) {
            throw new IllegalArgumentException(
                "{{/" + name + "}} closes a section that is not open" + where(source, m.start()));
          }
          List<Part> inner = open.remove(open.size() - 1);
          String closed = openNames.remove(openNames.size() - 1);
          boolean whenEmpty = openWhenEmpty.remove(openWhenEmpty.size() - 1);
          open.get(open.size() - 1).add(new Section(closed, whenEmpty, List.copyOf(inner)));
        }
        default -> open.get(open.size() - 1).add(new Value(name));
      }
    }
    addText(open.get(open.size() - 1), source, at, source.length());
    if (!openNames.isEmpty()) {
      throw new IllegalArgumentException(
          "section {{#" + openNames.get(openNames.size() - 1) + "}} is never closed");
    }
    List<Part> top = open.get(0);
    return new Template(source, List.copyOf(top));
  }

  /** Every name the template uses, in order of first use. */
  public Set<String> names() {
    Set<String> names = new LinkedHashSet<>();
    collectNames(parts, names);
    return names;
  }

  /**
   * Fills the template.
   *
   * @param values every name the template uses; a null value is empty
   * @param escaping how each value is made safe for the text around it
   * @throws IllegalArgumentException when a name the template uses has no entry in {@code values}
   */
  public String render(Map<String, String> values, Escaping escaping) {
    StringBuilder out = new StringBuilder(source.length() + 64);
    renderParts(parts, values, escaping, out);
    return out.toString();
  }

  /** The template as written. */
  public String source() {
    return source;
  }

  @Override
  public String toString() {
    return source;
  }

  private static void renderParts(
      List<Part> parts, Map<String, String> values, Escaping escaping, StringBuilder out) {
    for (Part part : parts) {
      if (part instanceof Text t) {
        out.append(t.text());
      } else if (part instanceof Value v) {
        out.append(escaping.escape(valueOf(v.name(), values)));
      } else if (part instanceof Section s
          && valueOf(s.name(), values).isEmpty() == s.whenEmpty()) {
        renderParts(s.parts(), values, escaping, out);
      }
    }
  }

  private static String valueOf(String name, Map<String, String> values) {
    if (!values.containsKey(name)) {
      throw new IllegalArgumentException(
          "the template uses {{" + name + "}}, which has no value here; known: " + values.keySet());
    }
    String value = values.get(name);
    return value == null ? "" : value;
  }

  private static void collectNames(List<Part> parts, Set<String> names) {
    for (Part part : parts) {
      if (part instanceof Value v) {
        names.add(v.name());
      } else if (part instanceof Section s) {
        names.add(s.name());
        collectNames(s.parts(), names);
      }
    }
  }

  private static void addText(List<Part> parts, String source, int from, int to) {
    String text = source.substring(from, to);
    int stray = text.indexOf("{{");
    if (stray >= 0) {
      throw new IllegalArgumentException(
          "'{{' must be followed by a name, as in {{reference}}" + where(source, from + stray));
    }
    if (!text.isEmpty()) {
      parts.add(new Text(text));
    }
  }

  private static String where(String source, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) {
      if (source.charAt(i) == '\n') {
        line++;
      }
    }
    return " (line " + line + " of the template)";
  }
}

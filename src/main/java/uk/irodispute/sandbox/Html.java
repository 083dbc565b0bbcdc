package uk.irodispute.sandbox;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Writes HTML by hand: every value passes through {@link #text} or {@link #attribute}. */
final class Html {

  private static final DateTimeFormatter LONDON_TIME =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm:ss", Locale.UK)
          .withZone(ReportingDatabase.LONDON);

  private final StringBuilder out = new StringBuilder();

  static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder e = new StringBuilder(s.length() + 16);
    for (char c : s.toCharArray()) {
      switch (c) {
        case '&' -> e.append("&amp;");
        case '<' -> e.append("&lt;");
        case '>' -> e.append("&gt;");
        case '"' -> e.append("&quot;");
        case '\'' -> e.append("&#39;");
        default -> e.append(c);
      }
    }
    return e.toString();
  }

  /** A time in London, in words a person reads: {@code Wed 4 Nov 2026, 10:00:00}. */
  static String london(Instant instant) {
    return instant == null ? "" : LONDON_TIME.format(instant);
  }

  /** Markup written as it is: only ever a literal in the code, never a value. */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** A value, escaped. */
  Html text(String value) {
    out.append(escape(value));
    return this;
  }

  /** An element holding an escaped value: {@code tag} is a literal such as {@code td}. */
  Html element(String tag, String value) {
    return raw("<" + tag + ">").text(value).raw("</" + tag.split(" ")[0] + ">");
  }

  /** A link whose address and words are values. */
  Html link(String href, String words) {
    return raw("<a href=\"").text(href).raw("\">").text(words).raw("</a>");
  }

  /** An {@code option}, selected when {@code value} equals {@code selected}. */
  Html option(String value, String words, String selected) {
    return raw("<option value=\"")
        .text(value)
        .raw(value.equals(selected) ? "\" selected>" : "\">")
        .text(words)
        .raw("</option>");
  }

  /** A text input with a label. */
  Html input(String name, String label, String value) {
    return raw("<label>")
        .text(label)
        .raw(" <input name=\"")
        .text(name)
        .raw("\" value=\"")
        .text(value)
        .raw("\"></label> ");
  }

  @Override
  public String toString() {
    return out.toString();
  }
}

package uk.irodispute.delivery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import uk.irodispute.core.note.NoteText;

/** How a value is made safe for where a template puts it. */
public enum Escaping {
  /** As it is: plain-text mails and integration-table values. */
  PLAIN {
    @Override
    public String escape(String value) {
      return value;
    }
  },
  /** HTML text and quoted attribute values. */
  HTML {
    @Override
    public String escape(String value) {
      return markup(value);
    }
  },
  /**
   * XML text and quoted attribute values: markup characters as entities ({@code ]]>} cannot close a
   * section either), tab and line ends as character references so that an attribute keeps them, and
   * characters XML 1.0 does not allow (NUL, other controls, unpaired surrogates) left out.
   */
  XML {
    @Override
    public String escape(String value) {
      StringBuilder out = new StringBuilder(value.length());
      value
          .codePoints()
          .filter(NoteText::allowedInXml)
          .forEach(
              c -> {
                switch (c) {
                  case '\t' -> out.append("&#9;");
                  case '\n' -> out.append("&#10;");
                  case '\r' -> out.append("&#13;");
                  default -> out.append(markup(Character.toString(c)));
                }
              });
      return out.toString();
    }
  },
  /**
   * The inside of a JSON string (the template gives the quotes): quotes, backslashes and control
   * characters escaped, and unpaired surrogates as {@code \\uXXXX} so the body is valid UTF-8.
   */
  JSON {
    @Override
    public String escape(String value) {
      StringBuilder out = new StringBuilder(value.length() + 8);
      char[] chars = value.toCharArray();
      for (int i = 0; i < chars.length; i++) {
        char c = chars[i];
        if (Character.isSurrogate(c) && !pairedAt(chars, i)) {
          out.append(String.format("\\u%04x", (int) c));
          continue;
        }
        switch (c) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          case '\t' -> out.append("\\t");
          case '\b' -> out.append("\\b");
          case '\f' -> out.append("\\f");
          default -> {
            if (c < 0x20 || c == '\u2028' || c == '\u2029') {
              out.append(String.format("\\u%04x", (int) c));
            } else {
              out.append(c);
            }
          }
        }
      }
      return out.toString();
    }
  },
  /**
   * One URL path segment or query value: every reserved character percent-encoded, and a value of
   * dots alone ({@code ..}) too, so that it cannot climb out of the path it is put in.
   */
  URL {
    @Override
    public String escape(String value) {
      String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
      boolean dotsOnly = !encoded.isEmpty() && encoded.chars().allMatch(c -> c == '.');
      return dotsOnly ? encoded.replace(".", "%2E") : encoded;
    }
  },
  /** A file name: letters, digits, '.', '-' and '_' kept, anything else (such as '/') as '_'. */
  FILE_NAME {
    @Override
    public String escape(String value) {
      String safe = value.replaceAll("[^A-Za-z0-9._-]", "_");
      return safe.startsWith(".") ? "_" + safe.substring(1) : safe;
    }
  };

  /** The value made safe for its place. */
  public abstract String escape(String value);

  /** The escaping a body of this content type takes: JSON, XML, HTML or else plain. */
  public static Escaping forContentType(String contentType) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.contains("json")) {
      return JSON;
    }
    if (type.contains("xml")) {
      return XML;
    }
    if (type.contains("html")) {
      return HTML;
    }
    return PLAIN;
  }

  /** The escaping a file's body takes, by the file name's extension. */
  public static Escaping forFileName(String fileName) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return JSON;
    }
    if (name.endsWith(".xml")) {
      return XML;
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return HTML;
    }
    return PLAIN;
  }

  /** Whether the surrogate at {@code i} is half of a pair (a high one followed by a low one). */
  private static boolean pairedAt(char[] chars, int i) {
    return Character.isHighSurrogate(chars[i])
        ? i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1])
        : i > 0 && Character.isHighSurrogate(chars[i - 1]);
  }

  private static String markup(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    for (char c : value.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}

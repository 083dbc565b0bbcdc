package uk.irodispute.delivery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.irodispute.systems.WriteBack;

/**
 * Renders a system file's write-back target into what the outbox holds: each template filled with
 * the note's values, each value escaped for where it goes (the URL path, a JSON or XML body, a file
 * name, a header, a mail).
 */
final class WriteBackRenderer {

  /** The idempotency key travels in this header, so an API can recognise a retry. */
  static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

  private static final Pattern CONTROL_CHARACTERS =
      Pattern.compile("[\\x00-\\x1F\\x7F-\\x9F\\u2028\\u2029]+");

  private static final Pattern INSERT_PARAMETER = Pattern.compile(":#([A-Za-z][A-Za-z0-9_]*)");

  /**
   * @param systemId the system the note goes to
   * @param writeBack its write-back target
   * @param values the note's values ({@link CaseNoteValues})
   */
  Delivery render(String systemId, WriteBack writeBack, Map<String, String> note) {
    Map<String, String> values = withKeyMarker(writeBack, note);
    String key = values.get("idempotencyKey");
    String reference = values.get("reference");
    if (writeBack instanceof WriteBack.Http http) {
      Map<String, String> headers = new LinkedHashMap<>();
      http.headers().forEach((name, value) -> headers.put(name, oneLine(fill(value, values))));
      headers.put(IDEMPOTENCY_HEADER, key);
      return new Delivery.HttpRequest(
          key,
          reference,
          systemId,
          http.method(),
          Template.parse(http.path()).render(values, Escaping.URL),
          http.contentType(),
          headers,
          Template.parse(http.body()).render(values, Escaping.forContentType(http.contentType())));
    }
    if (writeBack instanceof WriteBack.Table table) {
      return new Delivery.TableRow(key, reference, systemId, insertValues(table.insert(), values));
    }
    if (writeBack instanceof WriteBack.FileDrop drop) {
      String fileName = Template.parse(drop.fileName()).render(values, Escaping.FILE_NAME);
      return new Delivery.FileDrop(
          key,
          reference,
          systemId,
          fileName,
          Template.parse(drop.body()).render(values, Escaping.forFileName(fileName)));
    }
    WriteBack.Mail mail = (WriteBack.Mail) writeBack;
    return new Delivery.Mail(
        key,
        reference,
        systemId,
        mail.to(),
        List.of(),
        oneLine(fill(mail.subject(), values)),
        fill(mail.body(), values),
        null,
        null);
  }

  /**
   * The note's values with the system's key marker as the last line of {@code text}, where it has
   * one: the case system, and whoever reads the note, can then tell a second copy by its key.
   */
  static Map<String, String> withKeyMarker(WriteBack writeBack, Map<String, String> values) {
    String marker = writeBack.keyMarker();
    if (marker == null || marker.isBlank()) {
      return values;
    }
    Map<String, String> marked = new LinkedHashMap<>(values);
    String text = values.get("text");
    String line = oneLine(fill(marker, values));
    marked.put("text", text == null || text.isEmpty() ? line : text + "\n" + line);
    return marked;
  }

  /**
   * The values the insert statement names ({@code :#name}); an absent value is empty text, as the
   * outbox holds no nulls.
   *
   * @throws IllegalArgumentException when the statement names a value notes do not have
   */
  static Map<String, String> insertValues(String insert, Map<String, String> values) {
    Map<String, String> row = new LinkedHashMap<>();
    Matcher m = INSERT_PARAMETER.matcher(insert);
    while (m.find()) {
      String name = m.group(1);
      if (!values.containsKey(name)) {
        throw new IllegalArgumentException(
            "the insert names :#"
                + name
                + ", which notes have no value for; known: "
                + values.keySet());
      }
      String value = values.get(name);
      row.put(name, value == null ? "" : value);
    }
    return row;
  }

  private static String fill(String template, Map<String, String> values) {
    return Template.parse(template).render(values, Escaping.PLAIN);
  }

  /**
   * Line ends in a header or subject would start a new header: they, and every other control
   * character (NUL, tab, the C1 controls, the Unicode line and paragraph separators), become
   * spaces.
   */
  static String oneLine(String text) {
    return CONTROL_CHARACTERS.matcher(text).replaceAll(" ").strip();
  }
}

package uk.irodispute.systems;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where the adapter's query, action and outcome notes go in the case system: one of four kinds.
 * Bodies are templates with {@code {{name}}} placeholders, escaped for the body's format; see
 * {@code docs/SYSTEMS.md} for the names.
 */
public sealed interface WriteBack {

  /**
   * Every {@code {{name}}} a write-back template may use, the one list: the system file loader
   * refuses any other name at start-up, and the renderer fills exactly these ({@code
   * docs/SYSTEMS.md} describes each).
   */
  List<String> TEMPLATE_VALUES =
      List.of(
          "idempotencyKey",
          "noteKey",
          "reference",
          "personId",
          "caseId",
          "kind",
          "kindUpper",
          "kindTitle",
          "authorRole",
          "authorRoleId",
          "stageId",
          "stageName",
          "dueAt",
          "dueInWords",
          "summary",
          "text",
          "caseLink",
          "now",
          "noteId",
          "noteRecordedAt",
          "authorWorkerId",
          "iroWorkerId",
          "effectiveDate",
          "nextDueAt",
          "capDueAt");

  /**
   * The marker line added at the end of the note's {@code {{text}}} where the write-back carries no
   * header for the idempotency key (an integration table, a dropped file, a mail to an inbox), so
   * the case system and the people reading it can recognise a second copy.
   */
  String DEFAULT_KEY_MARKER = "[IRO dispute key: {{idempotencyKey}}]";

  /**
   * The template of the line that ends the note's text with its idempotency key; null or empty for
   * none. By default {@link #DEFAULT_KEY_MARKER} for every kind but {@code http}, whose key goes in
   * the {@code Idempotency-Key} header.
   */
  String keyMarker();

  /**
   * An HTTP request to the system's API, authenticated as the system's {@code auth}.
   *
   * @param baseUrl the API root; the source's base URL when the file gives none
   * @param method POST, PUT or PATCH
   * @param path relative to the base URL; may hold placeholders such as {@code {{caseId}}}
   * @param contentType for example {@code application/json}
   * @param body the body template
   * @param headers extra headers; the idempotency key goes in {@code Idempotency-Key}
   * @param keyMarker the key's line at the end of the text; none by default
   */
  record Http(
      String baseUrl,
      String method,
      String path,
      String contentType,
      String body,
      Map<String, String> headers,
      String keyMarker)
      implements WriteBack {

    public Http {
      headers = Map.copyOf(headers);
    }

    /** With no key marker: the key travels in the header. */
    public Http(
        String baseUrl,
        String method,
        String path,
        String contentType,
        String body,
        Map<String, String> headers) {
      this(baseUrl, method, path, contentType, body, headers, null);
    }
  }

  /**
   * A row in an integration table the case system imports from.
   *
   * @param jdbcUrl the connection; the source's when the file gives none
   * @param username user name
   * @param password from the environment
   * @param insert the insert statement with named parameters ({@code :#reference}, ...)
   * @param keyMarker the key's line at the end of the text
   */
  record Table(String jdbcUrl, String username, Secret password, String insert, String keyMarker)
      implements WriteBack {

    /** With the default key marker. */
    public Table(String jdbcUrl, String username, Secret password, String insert) {
      this(jdbcUrl, username, password, insert, DEFAULT_KEY_MARKER);
    }
  }

  /**
   * A file dropped in a folder the case system imports from.
   *
   * @param folder the folder
   * @param fileName the file name template; must include {{idempotencyKey}} or {{noteKey}}, so a
   *     retry finds its file there and does not write a second one
   * @param body the body template
   * @param keyMarker the key's line at the end of the text
   */
  record FileDrop(Path folder, String fileName, String body, String keyMarker)
      implements WriteBack {

    /** With the default key marker. */
    public FileDrop(Path folder, String fileName, String body) {
      this(folder, fileName, body, DEFAULT_KEY_MARKER);
    }
  }

  /**
   * A mail to a case-system inbox that files mails on the child's record.
   *
   * @param to the inbox addresses
   * @param subject the subject template
   * @param body the body template (plain text)
   * @param keyMarker the key's line at the end of the text
   */
  record Mail(List<String> to, String subject, String body, String keyMarker) implements WriteBack {

    public Mail {
      to = List.copyOf(to);
    }

    /** With the default key marker. */
    public Mail(List<String> to, String subject, String body) {
      this(to, subject, body, DEFAULT_KEY_MARKER);
    }
  }
}

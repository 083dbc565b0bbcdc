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
   * An HTTP request to the system's API, authenticated as the system's {@code auth}.
   *
   * @param baseUrl the API root; the source's base URL when the file gives none
   * @param method POST, PUT or PATCH
   * @param path relative to the base URL; may hold placeholders such as {@code {{caseId}}}
   * @param contentType for example {@code application/json}
   * @param body the body template
   * @param headers extra headers; the idempotency key goes in {@code Idempotency-Key}
   */
  record Http(
      String baseUrl,
      String method,
      String path,
      String contentType,
      String body,
      Map<String, String> headers)
      implements WriteBack {

    public Http {
      headers = Map.copyOf(headers);
    }
  }

  /**
   * A row in an integration table the case system imports from.
   *
   * @param jdbcUrl the connection; the source's when the file gives none
   * @param username user name
   * @param password from the environment
   * @param insert the insert statement with named parameters ({@code :#reference}, ...)
   */
  record Table(String jdbcUrl, String username, Secret password, String insert)
      implements WriteBack {}

  /**
   * A file dropped in a folder the case system imports from.
   *
   * @param folder the folder
   * @param fileName the file name template; must include {{idempotencyKey}} or {{noteKey}} so a
   *     retry replaces rather than adds
   * @param body the body template
   */
  record FileDrop(Path folder, String fileName, String body) implements WriteBack {}

  /**
   * A mail to a case-system inbox that files mails on the child's record.
   *
   * @param to the inbox addresses
   * @param subject the subject template
   * @param body the body template (plain text)
   */
  record Mail(List<String> to, String subject, String body) implements WriteBack {

    public Mail {
      to = List.copyOf(to);
    }
  }
}

package uk.irodispute.mappings;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.irodispute.systems.Secret;
import uk.irodispute.systems.Source;
import uk.irodispute.systems.WriteBack;

/** Reads the {@code writeBack} object of a system file: where the adapter's notes go. */
final class WriteBackReader {

  /** How the file names the kinds of write-back. */
  enum WriteBackKind {
    HTTP,
    TABLE,
    FILE_DROP,
    MAIL
  }

  static final Map<WriteBackKind, Set<String>> FIELDS =
      Map.of(
          WriteBackKind.HTTP,
              Set.of(
                  "kind",
                  "baseUrl",
                  "method",
                  "path",
                  "contentType",
                  "body",
                  "headers",
                  "keyMarker"),
          WriteBackKind.TABLE,
              Set.of("kind", "jdbcUrl", "username", "password", "insert", "keyMarker"),
          WriteBackKind.FILE_DROP, Set.of("kind", "folder", "fileName", "body", "keyMarker"),
          WriteBackKind.MAIL, Set.of("kind", "to", "subject", "body", "keyMarker"));

  static final String DEFAULT_CONTENT_TYPE = "application/json";
  static final List<String> METHODS = List.of("POST", "PUT", "PATCH");
  private static final String WHAT = "write-back template";

  private final EnvironmentValues values;

  WriteBackReader(EnvironmentValues values) {
    this.values = values;
  }

  /**
   * @param source the source already read, whose connection a write-back may share; null when it
   *     had problems
   */
  WriteBack read(YamlField root, Source source) {
    Optional<YamlField> object = root.requiredObject("writeBack");
    if (object.isEmpty()) {
      return null;
    }
    YamlField f = object.get();
    WriteBackKind kind = f.requiredEnum("kind", WriteBackKind.class);
    Set<String> all = new LinkedHashSet<>();
    FIELDS.values().forEach(all::addAll);
    if (kind == null) {
      f.rejectUnknownKeys(all);
      return null;
    }
    for (String key : f.keys()) {
      if (all.contains(key) && !FIELDS.get(kind).contains(key)) {
        f.field(key)
            .orElseThrow()
            .problem("'" + key + "' is not used by " + YamlField.fileName(kind) + " write-back");
      }
    }
    f.rejectUnknownKeys(all);
    return switch (kind) {
      case HTTP -> http(f, source);
      case TABLE -> table(f, source);
      case FILE_DROP -> fileDrop(f);
      case MAIL -> mail(f);
    };
  }

  private WriteBack.Http http(YamlField f, Source source) {
    String baseUrl = Urls.optional(values, f, "baseUrl");
    if (baseUrl == null && !f.has("baseUrl")) {
      if (source instanceof Source.Http http) {
        baseUrl = http.baseUrl();
      } else if (source != null) {
        f.problem(
            "required field 'baseUrl' is missing: the source is not an http one, so there is no"
                + " base URL to share");
      }
    }
    String method = values.optional(f, "method", "POST");
    if (method != null && !METHODS.contains(method.toUpperCase(Locale.ROOT))) {
      f.value("method")
          .orElseThrow()
          .problem("method '" + method + "' is not one of " + String.join(", ", METHODS));
    }
    String path = template(f, "path");
    if (path != null && !path.startsWith("/")) {
      f.value("path").orElseThrow().problem("a path starts with '/', for example /casenotes");
    }
    Map<String, String> headers = Headers.read(values, f, "headers");
    f.value("headers")
        .filter(YamlField::isMapping)
        .ifPresent(
            o ->
                o.keys().stream()
                    .map(o::value)
                    .flatMap(Optional::stream)
                    .filter(YamlField::isScalar)
                    .forEach(v -> Templates.check(v, v.text(), Templates.WRITE_BACK, WHAT)));
    return new WriteBack.Http(
        baseUrl,
        method == null ? "POST" : method.toUpperCase(Locale.ROOT),
        path,
        values.optional(f, "contentType", DEFAULT_CONTENT_TYPE),
        template(f, "body"),
        headers,
        keyMarker(f, null));
  }

  private WriteBack.Table table(YamlField f, Source source) {
    String insert = values.required(f, "insert");
    if (insert != null) {
      YamlField at = f.value("insert").orElseThrow();
      Templates.checkParameters(at, insert, Templates.WRITE_BACK, "insert parameter");
      if (!Templates.used(insert).isEmpty()) {
        at.problem("an insert takes :#name parameters, not {{name}} templates");
      }
    }
    if (f.has("jdbcUrl")) {
      String jdbcUrl = values.required(f, "jdbcUrl");
      if (jdbcUrl != null && !jdbcUrl.startsWith("jdbc:")) {
        f.value("jdbcUrl").orElseThrow().problem("a JDBC URL starts with 'jdbc:'");
      }
      return new WriteBack.Table(
          jdbcUrl,
          values.optional(f, "username"),
          values.secret(f, "password", false),
          insert,
          keyMarker(f, WriteBack.DEFAULT_KEY_MARKER));
    }
    for (String key : List.of("username", "password")) {
      f.value(key)
          .ifPresent(
              v ->
                  v.problem(
                      "'"
                          + key
                          + "' without 'jdbcUrl': give the table's jdbcUrl too, or leave all three"
                          + " out to use the source's connection"));
    }
    if (source instanceof Source.Sql sql) {
      return new WriteBack.Table(
          sql.jdbcUrl(),
          sql.username(),
          sql.password(),
          insert,
          keyMarker(f, WriteBack.DEFAULT_KEY_MARKER));
    }
    if (source != null) {
      f.problem(
          "required field 'jdbcUrl' is missing: the source is not an sql one, so there is no"
              + " connection to share");
    }
    return new WriteBack.Table(
        null, null, (Secret) null, insert, keyMarker(f, WriteBack.DEFAULT_KEY_MARKER));
  }

  private WriteBack.FileDrop fileDrop(YamlField f) {
    String folder = values.required(f, "folder");
    Path path = null;
    if (folder != null) {
      try {
        path = Path.of(folder);
      } catch (InvalidPathException e) {
        f.value("folder").orElseThrow().problem("'" + folder + "' is not a folder name");
      }
    }
    String fileName = template(f, "fileName");
    if (fileName != null) {
      YamlField at = f.value("fileName").orElseThrow();
      Set<String> used = Templates.used(fileName);
      if (!used.contains("idempotencyKey") && !used.contains("noteKey")) {
        at.problem(
            "the file name must include {{idempotencyKey}} or {{noteKey}}, so that a retry"
                + " finds its file there rather than writing a second one");
      }
      String literal = fileName.replaceAll("\\{\\{[^{}]*}}", "");
      if (literal.contains("/") || literal.contains("\\") || literal.contains("..")) {
        at.problem("a file name must not hold '/', '\\' or '..': the folder is set by 'folder'");
      }
    }
    return new WriteBack.FileDrop(
        path, fileName, template(f, "body"), keyMarker(f, WriteBack.DEFAULT_KEY_MARKER));
  }

  private WriteBack.Mail mail(YamlField f) {
    List<String> to = new ArrayList<>();
    if (!f.has("to")) {
      f.missing("to");
    }
    for (YamlField item : f.scalarItems("to")) {
      String address = values.text(item);
      if (address == null) {
        continue;
      }
      if (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
        item.problem("'" + item.text() + "' is not an e-mail address");
      }
      to.add(address);
    }
    f.value("to")
        .filter(YamlField::isEmpty)
        .ifPresent(v -> v.problem("at least one address is needed"));
    return new WriteBack.Mail(
        to,
        template(f, "subject"),
        template(f, "body"),
        keyMarker(f, WriteBack.DEFAULT_KEY_MARKER));
  }

  /**
   * The line that ends the note's text with its idempotency key: the file's {@code keyMarker}, or
   * the kind's default when absent; empty text for none.
   */
  private String keyMarker(YamlField f, String otherwise) {
    if (!f.has("keyMarker")) {
      return otherwise;
    }
    String marker = values.optional(f, "keyMarker");
    if (marker == null || marker.isBlank()) {
      return null;
    }
    YamlField at = f.value("keyMarker").orElseThrow();
    Templates.check(at, at.text(), Templates.WRITE_BACK, WHAT);
    Set<String> used = Templates.used(marker);
    if (!used.contains("idempotencyKey") && !used.contains("noteKey")) {
      at.problem(
          "a key marker must include {{idempotencyKey}} or {{noteKey}}: it is there to carry the"
              + " key (leave it empty for none)");
    }
    return marker;
  }

  /** A required template, checked for unknown {@code {{names}}}. */
  private String template(YamlField f, String key) {
    String text = values.required(f, key);
    f.value(key)
        .filter(YamlField::isScalar)
        .ifPresent(v -> Templates.check(v, v.text(), Templates.WRITE_BACK, WHAT));
    return text;
  }
}

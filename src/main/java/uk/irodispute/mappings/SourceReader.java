package uk.irodispute.mappings;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.quartz.CronExpression;
import uk.irodispute.systems.FieldMappings.WorkerMapping;
import uk.irodispute.systems.Lookup;
import uk.irodispute.systems.Source;
import uk.irodispute.systems.Source.Format;
import uk.irodispute.systems.Source.Paging;
import uk.irodispute.systems.Source.PagingKind;
import uk.irodispute.systems.SqlLookup;

/** Reads the {@code source} object of a system file: one of three kinds. */
final class SourceReader {

  /** How the file names the three kinds of source. */
  enum SourceKind {
    SQL,
    HTTP_JSON,
    HTTP_XML
  }

  static final Set<String> COMMON_FIELDS =
      Set.of("kind", "every", "cron", "pageSize", "initialWatermark");
  static final Set<String> SQL_FIELDS =
      Set.of(
          "jdbcUrl",
          "username",
          "password",
          "notesQuery",
          "watermarkColumn",
          "keyColumn",
          "answersQuery",
          "answerNameColumn",
          "answerValueColumn",
          "allocationQuery",
          "lookups",
          "paging");
  static final Set<String> HTTP_FIELDS =
      Set.of("baseUrl", "path", "query", "headers", "paging", "notesAt", "timeout", "lookups");
  static final Set<String> LOOKUP_FIELDS = Set.of("name", "path", "query", "fields", "allocation");
  static final Set<String> SQL_LOOKUP_FIELDS = Set.of("name", "query", "fields", "allocation");
  static final Set<String> PAGING_FIELDS = Set.of("kind", "nextAt", "firstPage");

  static final Duration DEFAULT_EVERY = Duration.ofMinutes(1);
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  static final int LARGEST_PAGE = 10_000;

  private final EnvironmentValues values;
  private final Locations locations;

  SourceReader(EnvironmentValues values, Locations locations) {
    this.values = values;
    this.locations = locations;
  }

  /** The source, or null when it has problems (all recorded). */
  Source read(YamlField f, SourceKind kind) {
    Set<String> own = new LinkedHashSet<>(COMMON_FIELDS);
    own.addAll(kind == SourceKind.SQL ? SQL_FIELDS : HTTP_FIELDS);
    rejectOtherKindsFields(f, kind, own);
    Source.Schedule schedule = schedule(f);
    int pageSize = pageSize(f);
    Instant initialWatermark = initialWatermark(f);
    return kind == SourceKind.SQL
        ? sql(f, schedule, pageSize, initialWatermark)
        : http(f, kind, schedule, pageSize, initialWatermark);
  }

  private void rejectOtherKindsFields(YamlField f, SourceKind kind, Set<String> own) {
    Set<String> all = new LinkedHashSet<>(COMMON_FIELDS);
    all.addAll(SQL_FIELDS);
    all.addAll(HTTP_FIELDS);
    for (String key : f.keys()) {
      if (all.contains(key) && !own.contains(key)) {
        f.field(key)
            .orElseThrow()
            .problem(
                "'"
                    + key
                    + "' is not used by "
                    + YamlField.fileName(kind)
                    + " sources; it belongs to "
                    + (SQL_FIELDS.contains(key) ? "sql" : "http-json and http-xml")
                    + " sources");
      }
    }
    Set<String> allowed = new LinkedHashSet<>(own);
    allowed.addAll(all);
    f.rejectUnknownKeys(allowed);
  }

  private Source.Schedule schedule(YamlField f) {
    String cron = values.optional(f, "cron");
    if (cron != null && f.has("every")) {
      f.value("cron").orElseThrow().problem("give 'every' or 'cron', not both");
    }
    if (cron != null && !CronExpression.isValidExpression(cron)) {
      f.value("cron")
          .orElseThrow()
          .problem(
              "'"
                  + cron
                  + "' is not a Quartz cron expression (seconds minutes hours day-of-month month"
                  + " day-of-week), for example \"0 */5 7-19 ? * MON-FRI\"");
    }
    Duration every = Durations.optional(f, "every", DEFAULT_EVERY);
    return new Source.Schedule(every, cron);
  }

  private static int pageSize(YamlField f) {
    if (!f.has("pageSize")) {
      f.missing("pageSize");
      return 0;
    }
    return Numbers.between(f.value("pageSize").orElseThrow(), 1, LARGEST_PAGE, 0);
  }

  private Instant initialWatermark(YamlField f) {
    String text = values.required(f, "initialWatermark");
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text.strip()).toInstant();
    } catch (DateTimeParseException e) {
      f.value("initialWatermark")
          .orElseThrow()
          .problem(
              "'"
                  + text
                  + "' is not a time with an offset; write for example \"2026-01-01T00:00:00Z\"");
      return null;
    }
  }

  // ---- SQL ----------------------------------------------------------------------------------

  private Source.Sql sql(YamlField f, Source.Schedule schedule, int pageSize, Instant initial) {
    String jdbcUrl = values.required(f, "jdbcUrl");
    if (jdbcUrl != null && !jdbcUrl.startsWith("jdbc:")) {
      f.value("jdbcUrl").orElseThrow().problem("a JDBC URL starts with 'jdbc:'");
    }
    f.optionalObject("paging").ifPresent(SourceReader::onlyKeyPaging);
    String notesQuery = query(f, "notesQuery", true, List.of("watermark", "afterKey", "pageSize"));
    String answersQuery = query(f, "answersQuery", false, List.of("formId"));
    String allocationQuery = query(f, "allocationQuery", false, List.of("personId"));
    String answerName = null;
    String answerValue = null;
    if (answersQuery != null) {
      answerName = locations.column(f, "answerNameColumn", answersQuery, true);
      answerValue = locations.column(f, "answerValueColumn", answersQuery, true);
    } else {
      for (String key : List.of("answerNameColumn", "answerValueColumn")) {
        f.value(key).ifPresent(v -> v.problem("'" + key + "' is read only with 'answersQuery'"));
      }
    }
    return new Source.Sql(
        schedule,
        pageSize,
        initial,
        jdbcUrl,
        values.optional(f, "username"),
        values.secret(f, "password", false),
        notesQuery,
        locations.column(f, "watermarkColumn", notesQuery, true),
        locations.column(f, "keyColumn", notesQuery, true),
        answersQuery,
        answerName,
        answerValue,
        allocationQuery,
        sqlLookups(f));
  }

  /**
   * Further queries for each dispute note: a name, a query with {@code :#name} parameters from the
   * note, and the columns of its rows for values and allocated workers (one row a worker).
   */
  private List<SqlLookup> sqlLookups(YamlField f) {
    List<SqlLookup> lookups = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (YamlField item : f.objectList("lookups")) {
      item.rejectUnknownKeys(SQL_LOOKUP_FIELDS);
      String name = values.required(item, "name");
      if (name != null && !names.add(name)) {
        item.value("name").orElseThrow().problem("a lookup named '" + name + "' is given twice");
      }
      String sql = values.required(item, "query");
      if (sql != null && Templates.parameters(sql).isEmpty()) {
        item.value("query")
            .orElseThrow()
            .problem(
                "the query names no note value: use a parameter such as :#personId, :#caseId,"
                    + " :#noteId or a form field's name");
      }
      Map<String, String> fields = new LinkedHashMap<>();
      item.optionalObject("fields")
          .ifPresent(
              o -> {
                o.rejectUnknownKeys(o.keys());
                for (String field : o.keys()) {
                  String column = sql == null ? null : locations.column(o, field, sql, true);
                  if (column != null) {
                    fields.put(field, column);
                  }
                }
              });
      WorkerMapping allocation = sqlLookupAllocation(item, sql);
      if (fields.isEmpty() && allocation == null) {
        item.problem("a lookup reads 'fields', 'allocation' or both from its rows");
      }
      lookups.add(new SqlLookup(name, sql, fields, allocation));
    }
    return lookups;
  }

  private WorkerMapping sqlLookupAllocation(YamlField item, String sql) {
    Optional<YamlField> object = item.optionalObject("allocation");
    if (object.isEmpty() || sql == null) {
      return null;
    }
    YamlField o = object.get();
    o.rejectUnknownKeys(FieldMappingsReader.ALLOCATION_FIELDS);
    o.value("items")
        .ifPresent(
            v -> v.problem("a lookup's rows are its workers, one a row: 'items' is not used"));
    String[] keys = {"role", "id", "name", "email", "team"};
    String[] columns = new String[keys.length];
    for (int i = 0; i < keys.length; i++) {
      columns[i] = locations.column(o, keys[i], sql, i < 2);
    }
    return new WorkerMapping(null, columns[0], columns[1], columns[2], columns[3], columns[4]);
  }

  private static void onlyKeyPaging(YamlField paging) {
    paging.rejectUnknownKeys(Set.of("kind"));
    PagingKind kind = paging.requiredEnum("kind", PagingKind.class);
    if (kind != null && kind != PagingKind.KEY) {
      paging
          .value("kind")
          .orElseThrow()
          .problem(
              "paging '"
                  + YamlField.fileName(kind)
                  + "' is not valid for an sql source: a query pages by key (the watermark"
                  + " column, then the key column); write kind: key or leave paging out");
    }
  }

  /** Reads a query, checking its {@code :#name} parameters: every one required must be used. */
  private String query(YamlField f, String key, boolean required, List<String> parameters) {
    String sql = required ? values.required(f, key) : values.optional(f, key);
    if (sql == null) {
      return null;
    }
    YamlField at = f.value(key).orElseThrow();
    Templates.checkParameters(at, sql, parameters, "query parameter");
    Set<String> used = Templates.parameters(sql);
    List<String> unused = parameters.stream().filter(p -> !used.contains(p)).toList();
    if (!unused.isEmpty()) {
      at.problem(
          "the query must use "
              + unused.stream().map(p -> ":#" + p).collect(Collectors.joining(", "))
              + (key.equals("notesQuery")
                  ? " (notes after the watermark, ties broken by the key, at most a page)"
                  : ""));
    }
    return sql;
  }

  // ---- HTTP ---------------------------------------------------------------------------------

  private Source.Http http(
      YamlField f, SourceKind kind, Source.Schedule schedule, int pageSize, Instant initial) {
    Format format = kind == SourceKind.HTTP_XML ? Format.XML : Format.JSON;
    String baseUrl = Urls.required(values, f, "baseUrl");
    String path = Urls.path(values, f, "path");
    Map<String, String> query = textMap(f, "query");
    Map<String, String> headers = Headers.read(values, f, "headers");
    Paging paging = paging(f, format);
    String notesAt = values.required(f, "notesAt");
    if (notesAt != null) {
      locations.check(f.value("notesAt").orElseThrow(), notesAt, format, true);
    }
    checkPollValues(f, paging);
    return new Source.Http(
        schedule,
        pageSize,
        initial,
        format,
        baseUrl,
        path,
        query,
        headers,
        paging,
        notesAt,
        Durations.optional(f, "timeout", DEFAULT_TIMEOUT),
        lookups(f, format));
  }

  /**
   * Further requests for each dispute note: a name, a path and query that may use the note's
   * person, case and id, and where its values and allocated workers are in the answer: JSON
   * Pointers for an http-json source, XPath for an http-xml one.
   */
  private List<Lookup> lookups(YamlField f, Format format) {
    List<YamlField> items = f.objectList("lookups");
    List<Lookup> lookups = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (YamlField item : items) {
      item.rejectUnknownKeys(LOOKUP_FIELDS);
      String name = values.required(item, "name");
      if (name != null && !names.add(name)) {
        item.value("name").orElseThrow().problem("a lookup named '" + name + "' is given twice");
      }
      String path = Urls.path(values, item, "path");
      item.value("path")
          .filter(YamlField::isScalar)
          .ifPresent(v -> Templates.check(v, v.text(), Lookup.VALUES, "lookup value"));
      Map<String, String> query = textMap(item, "query");
      item.value("query")
          .filter(YamlField::isMapping)
          .ifPresent(
              o ->
                  o.keys()
                      .forEach(
                          k ->
                              o.value(k)
                                  .filter(YamlField::isScalar)
                                  .ifPresent(
                                      v ->
                                          Templates.check(
                                              v, v.text(), Lookup.VALUES, "lookup value"))));
      Map<String, String> fields = lookupFields(item, format);
      WorkerMapping allocation = lookupAllocation(item, format);
      if (fields.isEmpty() && allocation == null) {
        item.problem("a lookup reads 'fields', 'allocation' or both from its answer");
      }
      lookups.add(new Lookup(name, path, query, fields, allocation));
    }
    return lookups;
  }

  private Map<String, String> lookupFields(YamlField item, Format format) {
    Map<String, String> fields = new LinkedHashMap<>();
    item.optionalObject("fields")
        .ifPresent(
            o -> {
              o.rejectUnknownKeys(o.keys());
              for (String name : o.keys()) {
                String pointer = values.required(o, name);
                if (pointer != null) {
                  locations.check(o.value(name).orElseThrow(), pointer, format, true);
                  fields.put(name, pointer);
                }
              }
            });
    return fields;
  }

  private WorkerMapping lookupAllocation(YamlField item, Format format) {
    Optional<YamlField> object = item.optionalObject("allocation");
    if (object.isEmpty()) {
      return null;
    }
    YamlField o = object.get();
    o.rejectUnknownKeys(FieldMappingsReader.ALLOCATION_FIELDS);
    String[] pointers = new String[6];
    String[] keys = {"items", "role", "id", "name", "email", "team"};
    for (int i = 0; i < keys.length; i++) {
      boolean required = i < 3;
      pointers[i] = required ? values.required(o, keys[i]) : values.optional(o, keys[i]);
      if (pointers[i] != null) {
        locations.check(o.value(keys[i]).orElseThrow(), pointers[i], format, i == 0);
      }
    }
    return new WorkerMapping(
        pointers[0], pointers[1], pointers[2], pointers[3], pointers[4], pointers[5]);
  }

  private Map<String, String> textMap(YamlField f, String key) {
    Map<String, String> map = new LinkedHashMap<>();
    Optional<YamlField> object = f.optionalObject(key);
    object.ifPresent(
        o -> {
          o.rejectUnknownKeys(o.keys());
          for (String name : o.keys()) {
            String text = values.optional(o, name, "");
            map.put(name, text == null ? "" : text);
          }
        });
    return map;
  }

  private Paging paging(YamlField f, Format format) {
    Optional<YamlField> object = f.optionalObject("paging");
    if (object.isEmpty()) {
      if (!f.has("paging")) {
        f.missing("paging");
      }
      return null;
    }
    YamlField p = object.get();
    p.rejectUnknownKeys(PAGING_FIELDS);
    PagingKind kind = p.requiredEnum("kind", PagingKind.class);
    String nextAt = values.optional(p, "nextAt");
    if (nextAt != null) {
      locations.check(p.value("nextAt").orElseThrow(), nextAt, format, true);
    }
    if (kind == PagingKind.CURSOR && nextAt == null) {
      p.problem("cursor paging needs 'nextAt': where the next cursor is in a page");
    }
    if (kind == PagingKind.KEY && nextAt != null) {
      p.value("nextAt")
          .orElseThrow()
          .problem("key paging asks for the notes after the last one read; 'nextAt' is not used");
    }
    int firstPage = p.value("firstPage").map(v -> Numbers.between(v, 0, 1, 1)).orElse(1);
    if (kind != null && kind != PagingKind.PAGE && p.has("firstPage")) {
      p.value("firstPage").orElseThrow().problem("'firstPage' is used only with page paging");
    }
    return kind == null ? null : new Paging(kind, nextAt, firstPage);
  }

  /**
   * The request's path, query and headers may use the poll values; each paging kind fills its own
   * and the watermark must be sent.
   */
  private static void checkPollValues(YamlField f, Paging paging) {
    Set<String> used = new LinkedHashSet<>();
    for (YamlField at : pollTexts(f)) {
      Templates.check(at, at.text(), Templates.POLL, "request");
      used.addAll(Templates.used(at.text()));
    }
    if (!used.contains("watermark")) {
      f.problem(
          "the request never sends {{watermark}}: put it in 'query' (for example modifiedSince:"
              + " \"{{watermark}}\") so that each poll asks only for notes changed since the last");
    }
    if (paging == null) {
      return;
    }
    String own =
        switch (paging.kind()) {
          case PAGE -> "page";
          case CURSOR -> "cursor";
          case KEY -> "afterKey";
        };
    if (!used.contains(own)) {
      f.problem(
          YamlField.fileName(paging.kind())
              + " paging sends {{"
              + own
              + "}}: put it in 'query' or 'path'");
    }
    for (String other : List.of("page", "cursor", "afterKey")) {
      if (!other.equals(own) && used.contains(other)) {
        f.problem(
            "{{"
                + other
                + "}} is never filled with "
                + YamlField.fileName(paging.kind())
                + " paging; use {{"
                + own
                + "}}");
      }
    }
  }

  private static List<YamlField> pollTexts(YamlField f) {
    List<YamlField> texts = new java.util.ArrayList<>();
    f.value("path").filter(YamlField::isScalar).ifPresent(texts::add);
    for (String map : List.of("query", "headers")) {
      f.value(map)
          .filter(YamlField::isMapping)
          .ifPresent(
              o ->
                  o.keys().stream()
                      .map(k -> o.value(k))
                      .flatMap(Optional::stream)
                      .filter(YamlField::isScalar)
                      .forEach(texts::add));
    }
    return texts;
  }
}

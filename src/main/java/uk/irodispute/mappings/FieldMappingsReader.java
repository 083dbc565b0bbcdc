package uk.irodispute.mappings;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.irodispute.core.protocol.Protocol;
import uk.irodispute.core.protocol.RoleDefinition;
import uk.irodispute.systems.FieldMappings;
import uk.irodispute.systems.FieldMappings.ListMapping;
import uk.irodispute.systems.FieldMappings.WorkerMapping;
import uk.irodispute.systems.Source;

/**
 * Reads the {@code fields} object of a system file: where each canonical note field is, as a column
 * (SQL), a JSON Pointer (JSON) or an XPath (XML), checked for the source's kind.
 */
final class FieldMappingsReader {

  static final Set<String> FIELDS =
      Set.of(
          "noteId",
          "version",
          "modifiedAt",
          "personId",
          "caseId",
          "noteType",
          "authorId",
          "authorName",
          "authorEmail",
          "authorTeam",
          "recordedAt",
          "text",
          "formId",
          "form",
          "allocation",
          "roles",
          "formFields",
          "timeZone");
  static final Set<String> FORM_FIELDS = Set.of("items", "name", "value");
  static final Set<String> ALLOCATION_FIELDS =
      Set.of("items", "role", "id", "name", "email", "team");
  static final String DEFAULT_TIME_ZONE = "Europe/London";

  private final EnvironmentValues values;
  private final Locations locations;

  FieldMappingsReader(EnvironmentValues values, Locations locations) {
    this.values = values;
    this.locations = locations;
  }

  /**
   * @param source the source already read; null when it had problems (then only the shape is
   *     checked)
   * @param protocol the system's protocol, to check role ids; null when unknown
   */
  FieldMappings read(YamlField root, Source source, Protocol protocol) {
    Optional<YamlField> object = root.requiredObject("fields");
    if (object.isEmpty()) {
      return null;
    }
    YamlField f = object.get();
    f.rejectUnknownKeys(FIELDS);
    boolean isSql = source instanceof Source.Sql;
    String formId = formId(f, source);
    ListMapping form = form(f, source);
    WorkerMapping allocation = allocation(f, source);
    return new FieldMappings(
        locations.read(f, "noteId", source, true),
        locations.read(f, "version", source, false),
        locations.read(f, "modifiedAt", source, true),
        locations.read(f, "personId", source, true),
        locations.read(f, "caseId", source, false),
        locations.read(f, "noteType", source, true),
        locations.read(f, "authorId", source, true),
        locations.read(f, "authorName", source, false),
        locations.read(f, "authorEmail", source, false),
        locations.read(f, "authorTeam", source, false),
        locations.read(f, "recordedAt", source, true),
        locations.read(f, "text", source, true),
        isSql ? formId : null,
        form,
        allocation,
        roles(f, protocol),
        textMap(f, "formFields"),
        timeZone(f));
  }

  private String formId(YamlField f, Source source) {
    if (source == null) {
      return values.optional(f, "formId");
    }
    if (!(source instanceof Source.Sql sql)) {
      f.value("formId")
          .ifPresent(
              v ->
                  v.problem(
                      "'formId' is for sql sources; an http source gives the answers with 'form'"));
      return null;
    }
    String formId = locations.column(f, "formId", sql.notesQuery(), false);
    if (formId != null && sql.answersQuery() == null) {
      f.value("formId")
          .orElseThrow()
          .problem("'formId' is read with the source's 'answersQuery', which is missing");
    }
    if (formId == null && sql.answersQuery() != null) {
      f.problem(
          "the source reads form answers with 'answersQuery', so 'fields.formId' must name the"
              + " column holding a note's form id");
    }
    return formId;
  }

  private ListMapping form(YamlField f, Source source) {
    Optional<YamlField> object = f.optionalObject("form");
    if (object.isEmpty()) {
      return null;
    }
    YamlField o = object.get();
    if (source instanceof Source.Sql) {
      o.problem(
          "an sql source reads form answers with 'answersQuery' and 'fields.formId'; 'form' is for"
              + " http sources");
      return null;
    }
    o.rejectUnknownKeys(FORM_FIELDS);
    return new ListMapping(
        locations.read(o, "items", source, true),
        locations.read(o, "name", source, true),
        locations.read(o, "value", source, true));
  }

  private WorkerMapping allocation(YamlField f, Source source) {
    Optional<YamlField> object = f.optionalObject("allocation");
    String allocationQuery = source instanceof Source.Sql sql ? sql.allocationQuery() : null;
    if (object.isEmpty()) {
      if (allocationQuery != null) {
        f.problem(
            "the source reads allocated workers with 'allocationQuery', so 'fields.allocation' must"
                + " name its columns");
      }
      return null;
    }
    YamlField o = object.get();
    o.rejectUnknownKeys(ALLOCATION_FIELDS);
    if (source instanceof Source.Sql) {
      o.value("items")
          .ifPresent(
              v ->
                  v.problem(
                      "'items' is for http sources; an sql source has one row per allocated"
                          + " worker"));
      if (allocationQuery == null) {
        o.problem(
            "'fields.allocation' names the columns of the source's 'allocationQuery', which"
                + " is missing");
      }
      return new WorkerMapping(
          null,
          locations.column(o, "role", allocationQuery, true),
          locations.column(o, "id", allocationQuery, true),
          locations.column(o, "name", allocationQuery, false),
          locations.column(o, "email", allocationQuery, false),
          locations.column(o, "team", allocationQuery, false));
    }
    return new WorkerMapping(
        locations.read(o, "items", source, true),
        locations.read(o, "role", source, true),
        locations.read(o, "id", source, true),
        locations.read(o, "name", source, false),
        locations.read(o, "email", source, false),
        locations.read(o, "team", source, false));
  }

  /** The case system's role codes to protocol roles, each checked against the protocol. */
  private Map<String, String> roles(YamlField f, Protocol protocol) {
    Map<String, String> roles = new LinkedHashMap<>();
    Optional<YamlField> object = f.optionalObject("roles");
    if (object.isEmpty()) {
      return roles;
    }
    YamlField o = object.get();
    o.rejectUnknownKeys(o.keys());
    for (String code : o.keys()) {
      YamlField at = o.field(code).orElseThrow();
      String role = values.required(o, code);
      if (role == null) {
        continue;
      }
      if (protocol != null && protocol.role(role).isEmpty()) {
        List<String> known = protocol.roles().stream().map(RoleDefinition::id).toList();
        at.problem(
            "'"
                + role
                + "' is not a role of protocol '"
                + protocol.id()
                + "'"
                + Suggestions.didYouMean(role, known)
                + "; its roles are: "
                + String.join(", ", known));
        continue;
      }
      roles.put(code, role);
    }
    return roles;
  }

  private Map<String, String> textMap(YamlField f, String key) {
    Map<String, String> map = new LinkedHashMap<>();
    f.optionalObject(key)
        .ifPresent(
            o -> {
              o.rejectUnknownKeys(o.keys());
              for (String name : o.keys()) {
                String text = values.required(o, name);
                if (text != null) {
                  map.put(name, text);
                }
              }
            });
    return map;
  }

  private String timeZone(YamlField f) {
    String zone = values.optional(f, "timeZone", DEFAULT_TIME_ZONE);
    if (zone == null) {
      return DEFAULT_TIME_ZONE;
    }
    try {
      ZoneId.of(zone);
      return zone;
    } catch (DateTimeException e) {
      f.value("timeZone")
          .orElseThrow()
          .problem("'" + zone + "' is not a time zone; write for example Europe/London");
      return DEFAULT_TIME_ZONE;
    }
  }
}

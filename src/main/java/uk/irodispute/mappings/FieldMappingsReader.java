package uk.irodispute.mappings;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
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
          "noteFields",
          "timeZone",
          "timePatterns",
          "dateOnlyAt");
  static final Set<String> FORM_FIELDS = Set.of("items", "name", "value");
  static final Set<String> ALLOCATION_FIELDS =
      Set.of("items", "role", "id", "name", "email", "team");
  static final String DEFAULT_TIME_ZONE = "Europe/London";

  /** The name a rule reads a note field by: a letter, then letters and digits. */
  private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

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
    List<String> recordedAt = recordedAt(f, source);
    Map<String, String> formFields = textMap(f, "formFields");
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
        recordedAt.isEmpty() ? null : recordedAt.get(0),
        recordedAt.isEmpty() ? List.of() : recordedAt.subList(1, recordedAt.size()),
        locations.read(f, "text", source, true),
        isSql ? formId : null,
        form,
        allocation,
        roles(f, protocol),
        formFields,
        noteFields(f, source, formFields),
        timeZone(f),
        timePatterns(f),
        dateOnlyAt(f));
  }

  /**
   * Where the event time is: one location, or a list of them tried in order ({@code
   * [/effective_date, /created_on]}).
   */
  private List<String> recordedAt(YamlField f, Source source) {
    Optional<YamlField> value = f.value("recordedAt");
    if (value.isEmpty() || !value.get().isList()) {
      String one = locations.read(f, "recordedAt", source, true);
      return one == null ? List.of() : List.of(one);
    }
    List<String> all = new ArrayList<>();
    for (YamlField item : f.scalarItems("recordedAt")) {
      Optional.ofNullable(locations.item(item, source)).ifPresent(all::add);
    }
    if (all.isEmpty()) {
      value.get().problem("'recordedAt' needs at least one location");
    }
    return all;
  }

  /**
   * Other values of a note a rule may read, by name: each a location like any field's, under a name
   * no question of {@code formFields} also gives.
   */
  private Map<String, String> noteFields(
      YamlField f, Source source, Map<String, String> formFields) {
    Map<String, String> map = new LinkedHashMap<>();
    Optional<YamlField> object = f.optionalObject("noteFields");
    if (object.isEmpty()) {
      return map;
    }
    YamlField o = object.get();
    o.rejectUnknownKeys(o.keys());
    for (String name : o.keys()) {
      YamlField at = o.field(name).orElseThrow();
      if (!FIELD_NAME.matcher(name).matches()) {
        at.problem(
            "'"
                + name
                + "' is not a field name: a letter, then letters and digits (state, legalStatus)");
        continue;
      }
      if (formFields.containsValue(name)) {
        at.problem(
            "'"
                + name
                + "' is also given by a question in fields.formFields: give each name one place");
        continue;
      }
      String location = locations.read(o, name, source, true);
      if (location != null) {
        map.put(name, location);
      }
    }
    return map;
  }

  /** Patterns of {@link DateTimeFormatter}, each checked. */
  private static List<String> timePatterns(YamlField f) {
    List<String> patterns = new ArrayList<>();
    for (YamlField item : f.scalarItems("timePatterns")) {
      try {
        DateTimeFormatter.ofPattern(item.text());
        patterns.add(item.text());
      } catch (IllegalArgumentException e) {
        item.problem(
            "'"
                + item.text()
                + "' is not a date and time pattern; write for example dd/MM/yyyy HH:mm or"
                + " dd/MM/yyyy");
      }
    }
    return patterns;
  }

  /** The time of day a date alone is read at; midnight unless the file names one. */
  private LocalTime dateOnlyAt(YamlField f) {
    String text = values.optional(f, "dateOnlyAt");
    if (text == null) {
      return LocalTime.MIDNIGHT;
    }
    try {
      return LocalTime.parse(text.strip());
    } catch (DateTimeParseException e) {
      f.value("dateOnlyAt")
          .orElseThrow()
          .problem("'" + text + "' is not a time of day; write for example 09:00 or 17:00");
      return LocalTime.MIDNIGHT;
    }
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

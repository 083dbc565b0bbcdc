package uk.irodispute.mappings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import uk.irodispute.core.note.FormFields;
import uk.irodispute.core.note.NoteRules;
import uk.irodispute.core.protocol.Protocol;
import uk.irodispute.core.protocol.ProtocolRegistry;
import uk.irodispute.core.protocol.StageDefinition;
import uk.irodispute.mappings.SourceReader.SourceKind;
import uk.irodispute.systems.Auth;
import uk.irodispute.systems.FieldMappings;
import uk.irodispute.systems.Lookup;
import uk.irodispute.systems.Source;
import uk.irodispute.systems.SystemDefinition;
import uk.irodispute.systems.WriteBack;

/**
 * Maps the top-level object of a system file (docs/SYSTEMS.md) onto a {@link SystemDefinition},
 * recording every mistake in the file's {@link Problems}.
 */
final class SystemReader {

  static final Set<String> TOP_FIELDS =
      Set.of(
          "id",
          "name",
          "protocol",
          "caseLink",
          "enabled",
          "source",
          "auth",
          "fields",
          "rules",
          "writeBack");

  private static final Pattern SYSTEM_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

  private final ProtocolRegistry protocols;
  private final PlaceholderResolver resolver;
  private final EnvironmentValues values;
  private final Locations locations;

  SystemReader(ProtocolRegistry protocols, PlaceholderResolver resolver) {
    this.protocols = protocols;
    this.resolver = resolver;
    this.values = new EnvironmentValues(resolver);
    this.locations = new Locations(values);
  }

  /**
   * Reads a system.
   *
   * @return the system, or null if the file has problems (all of them recorded)
   */
  SystemDefinition read(YamlField top, Path file) {
    YamlField root = top.withPlaceholders(resolver);
    root.rejectUnknownKeys(TOP_FIELDS);
    String id = values.required(root, "id");
    if (id != null && !SYSTEM_ID.matcher(id).matches()) {
      root.value("id")
          .orElseThrow()
          .problem(
              "system id '"
                  + id
                  + "' may contain only lower-case letters, digits and '-' (it is part of every"
                  + " note's id)");
    }
    String name = values.required(root, "name");
    Protocol protocol = protocol(root);
    String caseLink = caseLink(root);
    boolean enabled = root.optionalBoolean("enabled", true);
    Source source = source(root);
    Auth auth = new AuthReader(values).read(root);
    FieldMappings fields = new FieldMappingsReader(values, locations).read(root, source, protocol);
    NoteRules rules = new NoteRulesReader(values, protocols).read(root, protocol);
    WriteBack writeBack = new WriteBackReader(values).read(root, source);
    checkFormFields(root, source, fields, rules, protocol);
    if (!root.problems().isEmpty()) {
      return null;
    }
    return new SystemDefinition(
        id, name, file, enabled, source, auth, fields, rules, writeBack, caseLink, protocol.id());
  }

  private Protocol protocol(YamlField root) {
    String id = values.required(root, "protocol");
    if (id == null) {
      return null;
    }
    Optional<Protocol> protocol = protocols.latest(id);
    if (protocol.isEmpty()) {
      List<String> known = protocols.latest().stream().map(Protocol::id).toList();
      root.value("protocol")
          .orElseThrow()
          .problem(
              "unknown protocol '"
                  + id
                  + "'"
                  + Suggestions.didYouMean(id, known)
                  + "; protocols under mappings/protocols: "
                  + (known.isEmpty() ? "(none)" : String.join(", ", known)));
    }
    return protocol.orElse(null);
  }

  private String caseLink(YamlField root) {
    String link = Urls.optional(values, root, "caseLink");
    root.value("caseLink")
        .filter(YamlField::isScalar)
        .ifPresent(v -> Templates.check(v, v.text(), Templates.CASE_LINK, "case link"));
    return link;
  }

  private Source source(YamlField root) {
    Optional<YamlField> object = root.requiredObject("source");
    if (object.isEmpty()) {
      return null;
    }
    YamlField f = object.get();
    SourceKind kind = f.requiredEnum("kind", SourceKind.class);
    if (kind == null) {
      Set<String> all = new LinkedHashSet<>(SourceReader.COMMON_FIELDS);
      all.addAll(SourceReader.SQL_FIELDS);
      all.addAll(SourceReader.HTTP_FIELDS);
      f.rejectUnknownKeys(all);
      return null;
    }
    return new SourceReader(values, locations).read(f, kind);
  }

  /**
   * The form field names the rules and {@code fields.formFields} use must agree: each canonical
   * name is one a command reads (or the rules' command or draft field, or what a stage must
   * record), and each field the rules read is given by some question.
   */
  private void checkFormFields(
      YamlField root, Source source, FieldMappings fields, NoteRules rules, Protocol protocol) {
    if (fields == null || rules == null) {
      return;
    }
    Set<String> canonical = new LinkedHashSet<>(FormFields.ALL);
    Optional.ofNullable(rules.commandField()).ifPresent(canonical::add);
    Optional.ofNullable(rules.draftField()).ifPresent(canonical::add);
    Optional.ofNullable(rules.trackFrom())
        .map(NoteRules.TrackFrom::field)
        .ifPresent(canonical::add);
    canonical.addAll(fields.noteFields().keySet());
    Set<String> lookedUp = lookedUp(root, source, fields);
    canonical.addAll(lookedUp);
    for (Protocol p : protocols.latest()) {
      p.tracks().stream()
          .flatMap(t -> t.stages().stream())
          .map(StageDefinition::mustRecord)
          .forEach(canonical::addAll);
    }
    YamlField f = root.value("fields").orElseThrow();
    f.value("formFields").filter(YamlField::isMapping).ifPresent(o -> checkCanonical(o, canonical));
    Set<String> given = new LinkedHashSet<>(fields.formFields().values());
    given.addAll(fields.noteFields().keySet());
    given.addAll(lookedUp);
    YamlField r = root.value("rules").orElseThrow();
    for (String key : List.of("commandField", "draftField")) {
      r.value(key)
          .filter(YamlField::isScalar)
          .filter(v -> !given.contains(v.text()))
          .ifPresent(
              v ->
                  v.problem(
                      "no question gives '"
                          + v.text()
                          + "': map the case system's question to it in fields.formFields, or"
                          + " the note's own field in fields.noteFields"));
    }
    checkLookupParameters(root, source, given);
    r.value("trackFrom")
        .flatMap(t -> t.value("field"))
        .filter(YamlField::isScalar)
        .filter(v -> !given.contains(v.text()))
        .ifPresent(
            v ->
                v.problem(
                    "no question, note field or lookup gives '"
                        + v.text()
                        + "': map it in fields.formFields, fields.noteFields or a lookup's"
                        + " 'fields'"));
    r.value("answerValues")
        .filter(YamlField::isMapping)
        .ifPresent(
            o -> {
              for (String field : o.keys()) {
                YamlField at = o.field(field).orElseThrow();
                if (!canonical.contains(field)) {
                  at.problem(unknownCanonical(field, canonical));
                } else if (!given.contains(field)) {
                  at.problem(
                      "no question gives '"
                          + field
                          + "': map the case system's question to it in fields.formFields, or"
                          + " the note's own field in fields.noteFields");
                }
              }
            });
    boolean readsForm =
        source instanceof Source.Sql sql ? sql.answersQuery() != null : fields.form() != null;
    if (!fields.formFields().isEmpty() && !readsForm && source != null) {
      f.value("formFields")
          .orElseThrow()
          .problem(
              source instanceof Source.Sql
                  ? "form answers are read with the source's 'answersQuery', which is missing"
                  : "form answers are read from where 'fields.form' says, which is missing");
    }
  }

  /**
   * Each {@code :#name} of an sql source's lookup query is a value of the note: its person, case or
   * id, or a field a question, a note field or a lookup gives.
   */
  private static void checkLookupParameters(YamlField root, Source source, Set<String> given) {
    if (!(source instanceof Source.Sql)) {
      return;
    }
    List<String> known = new ArrayList<>(Lookup.VALUES);
    known.addAll(given);
    for (YamlField item : root.value("source").orElseThrow().items("lookups")) {
      item.value("query")
          .filter(YamlField::isScalar)
          .ifPresent(q -> Templates.checkParameters(q, q.text(), known, "note"));
    }
  }

  /**
   * The names of the values the source's lookups read, each reported where a question or a note
   * field also gives it.
   */
  private static Set<String> lookedUp(YamlField root, Source source, FieldMappings fields) {
    Set<String> names = new LinkedHashSet<>();
    if (source instanceof Source.Sql sql) {
      sql.lookups().forEach(l -> names.addAll(l.fields().keySet()));
      return names;
    }
    if (!(source instanceof Source.Http http) || http.lookups().isEmpty()) {
      return names;
    }
    List<YamlField> items = root.value("source").orElseThrow().items("lookups");
    for (int i = 0; i < http.lookups().size(); i++) {
      for (String name : http.lookups().get(i).fields().keySet()) {
        boolean elsewhere =
            fields.formFields().containsValue(name) || fields.noteFields().containsKey(name);
        if (elsewhere || !names.add(name)) {
          String problem =
              "'"
                  + name
                  + "' is also given elsewhere (a question, a note field or another"
                  + " lookup): give each name one place";
          if (i < items.size()) {
            items
                .get(i)
                .value("fields")
                .flatMap(f -> f.field(name))
                .ifPresent(v -> v.problem(problem));
          }
        }
      }
    }
    return names;
  }

  private static void checkCanonical(YamlField formFields, Set<String> canonical) {
    for (String question : formFields.keys()) {
      formFields
          .value(question)
          .filter(YamlField::isScalar)
          .filter(v -> !canonical.contains(v.text()))
          .ifPresent(v -> v.problem(unknownCanonical(v.text(), canonical)));
    }
  }

  private static String unknownCanonical(String name, Set<String> canonical) {
    return "'"
        + name
        + "' is not a form field a command reads"
        + Suggestions.didYouMean(name, canonical)
        + "; known: "
        + String.join(", ", canonical);
  }
}

package uk.irodispute.mappings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.irodispute.systems.WriteBack;

/**
 * Each kind of mistake in a system file is reported with the exact file, line and field, and a
 * message that says what is wrong without printing any value taken from the environment.
 */
class SystemFileErrorsTest {

  /** A valid JSON API file of 40 lines; the tests change one thing each. */
  private static final String VALID =
      """
      id: example-api
      name: Example API
      protocol: day-range-lac-cp
      caseLink: "https://cases.council.example/person/{{personId}}"
      source:
        kind: http-json
        baseUrl: "${EXAMPLE_URL:https://api.council.example}"
        path: /notes
        query: {since: "{{watermark}}", cursor: "{{cursor}}"}
        pageSize: 20
        initialWatermark: "2026-01-01T00:00:00Z"
        paging: {kind: cursor, nextAt: /next}
        notesAt: /items
      auth:
        kind: bearer-token
        token: "${EXAMPLE_TOKEN}"
      fields:
        noteId: /id
        modifiedAt: /modified
        personId: /personId
        noteType: /type
        authorId: /author/id
        recordedAt: /recorded
        text: /body
        form: {items: /answers, name: /q, value: /a}
        allocation: {items: /workers, role: /role, id: /id}
        roles: {SW: social-worker}
        formFields: {act: action, ref: reference, cat: category}
      rules:
        noteTypes: [DRP]
        commandField: action
        commandByAnswer: {raise: raise, respond: respond}
        answerValues:
          category: {"Drift": drift-or-delay}
      writeBack:
        kind: http
        path: /notes
        body: |
          {"ref": "{{reference}}",
           "text": "{{text}}"}
      """;

  private static final String SECRET_VALUE = "invented-token-value";

  @TempDir Path dir;

  private final Map<String, String> environment =
      new HashMap<>(Map.of("EXAMPLE_TOKEN", SECRET_VALUE, "server.port", "8080"));
  private Path file;

  @Test
  void theValidFileLoads() {
    var system = loader().load(write(VALID));
    assertThat(system.id()).isEqualTo("example-api");
    assertThat(system.fields().version()).isNull();
  }

  // ---- fields that are not known, missing or of the wrong kind -------------------------------

  @Test
  void anUnknownTopLevelFieldIsReportedWithASuggestion() {
    List<ConfigurationProblem> problems =
        problemsOf(VALID.replace("protocol: day", "protocl: day"));
    assertThat(problems)
        .extracting(ConfigurationProblem::field)
        .containsExactly("protocl", "protocol");
    var p = problems.get(0);
    assertThat(p.line()).isEqualTo(3);
    assertThat(p.field()).isEqualTo("protocl");
    assertThat(p.message()).contains("unknown field 'protocl'", "did you mean 'protocol'?");
  }

  @Test
  void anUnknownSourceFieldIsReportedWithASuggestion() {
    var p = onlyProblem(VALID.replace("  pageSize: 20", "  pageSize: 20\n  notesAtt: /x"));
    assertThat(p.line()).isEqualTo(11);
    assertThat(p.field()).isEqualTo("source.notesAtt");
    assertThat(p.message()).contains("unknown field 'notesAtt'", "did you mean 'notesAt'?");
  }

  @Test
  void aFieldOfAnotherSourceKindIsNamedAsSuch() {
    var p =
        onlyProblem(VALID.replace("  pageSize: 20", "  pageSize: 20\n  jdbcUrl: jdbc:h2:mem:x"));
    assertThat(p.line()).isEqualTo(11);
    assertThat(p.field()).isEqualTo("source.jdbcUrl");
    assertThat(p.message()).contains("'jdbcUrl' is not used by http-json sources", "sql");
  }

  @Test
  void aMissingRequiredFieldIsReportedAtItsObject() {
    var p = onlyProblem(VALID.replace("  personId: /personId\n", ""));
    assertThat(p.line()).isEqualTo(18);
    assertThat(p.field()).isEqualTo("fields.personId");
    assertThat(p.message()).isEqualTo("required field 'personId' is missing");
  }

  @Test
  void aMissingSectionIsReportedAtTheTop() {
    List<ConfigurationProblem> problems =
        problemsOf(VALID.substring(0, VALID.indexOf("writeBack:")));
    assertThat(problems).extracting(ConfigurationProblem::field).containsExactly("writeBack");
    assertThat(problems.get(0).line()).isEqualTo(1);
  }

  @Test
  void aValueOfTheWrongKindIsReported() {
    var p = onlyProblem(VALID.replace("pageSize: 20", "pageSize: many"));
    assertThat(p.line()).isEqualTo(10);
    assertThat(p.field()).isEqualTo("source.pageSize");
    assertThat(p.message()).contains("expected a whole number from 1 to 10000, found 'many'");
  }

  @Test
  void aListWhereOneValueBelongsIsReported() {
    var p = onlyProblem(VALID.replace("noteId: /id", "noteId: [/id, /key]"));
    assertThat(p.line()).isEqualTo(18);
    assertThat(p.field()).isEqualTo("fields.noteId");
    assertThat(p.message()).contains("expected a single value, found a list");
  }

  @Test
  void anUnknownKindIsReportedWithTheKindsAllowed() {
    var p = onlyProblem(VALID.replace("kind: http-json", "kind: http-jsn"));
    assertThat(p.line()).isEqualTo(6);
    assertThat(p.field()).isEqualTo("source.kind");
    assertThat(p.message())
        .contains(
            "unknown value 'http-jsn'", "did you mean 'http-json'?", "sql, http-json, http-xml");
  }

  @Test
  void aBadDurationIsReported() {
    var p = onlyProblem(VALID.replace("  pageSize: 20", "  pageSize: 20\n  every: soon"));
    assertThat(p.line()).isEqualTo(11);
    assertThat(p.field()).isEqualTo("source.every");
    assertThat(p.message()).contains("'soon' is not a duration");
  }

  @Test
  void aWatermarkWithoutOffsetIsReported() {
    var p = onlyProblem(VALID.replace("2026-01-01T00:00:00Z", "2026-01-01T00:00:00"));
    assertThat(p.line()).isEqualTo(11);
    assertThat(p.field()).isEqualTo("source.initialWatermark");
    assertThat(p.message()).contains("not a time with an offset");
  }

  // ---- names that must be known ------------------------------------------------------------

  @Test
  void anUnknownCommandIsReportedWithASuggestion() {
    var p = onlyProblem(VALID.replace("{raise: raise,", "{raise: rasie,"));
    assertThat(p.line()).isEqualTo(32);
    assertThat(p.field()).isEqualTo("rules.commandByAnswer.raise");
    assertThat(p.message())
        .contains("unknown command 'rasie'", "did you mean 'raise'?", "commands: raise, respond");
  }

  @Test
  void anUnknownProtocolIsReportedWithThoseLoaded() {
    var p = onlyProblem(VALID.replace("protocol: day-range-lac-cp", "protocol: day-range-lac"));
    assertThat(p.line()).isEqualTo(3);
    assertThat(p.field()).isEqualTo("protocol");
    assertThat(p.message())
        .contains("unknown protocol 'day-range-lac'", "harrow-drp", "restorative-iro-cp");
  }

  @Test
  void aRoleThatIsNotTheProtocolsIsReported() {
    var p = onlyProblem(VALID.replace("{SW: social-worker}", "{SW: social-wroker}"));
    assertThat(p.line()).isEqualTo(27);
    assertThat(p.field()).isEqualTo("fields.roles.SW");
    assertThat(p.message())
        .contains(
            "'social-wroker' is not a role of protocol 'day-range-lac-cp'",
            "did you mean 'social-worker'?");
  }

  @Test
  void anAnswerTranslatedToAnUnknownCategoryIsReported() {
    var p = onlyProblem(VALID.replace("drift-or-delay", "drift-or-delya"));
    assertThat(p.line()).isEqualTo(34);
    assertThat(p.field()).isEqualTo("rules.answerValues.category.Drift");
    assertThat(p.message())
        .contains(
            "'drift-or-delya' is not a category of protocol", "did you mean 'drift-or-delay'?");
  }

  @Test
  void aTrackFromAFieldNothingGivesIsReported() {
    var p =
        onlyProblem(
            VALID.replace(
                "  answerValues:\n",
                "  trackFrom: {field: legalStatus, values: {\"Looked after\": LAC}}\n"
                    + "  answerValues:\n"));
    assertThat(p.field()).isEqualTo("rules.trackFrom.field");
    assertThat(p.message()).contains("no question, note field or lookup gives 'legalStatus'");
  }

  @Test
  void aTrackFromValueThatIsNoTrackIsReported() {
    var p =
        onlyProblem(
            VALID
                .replace("cat: category}", "cat: category, status: legalStatus}")
                .replace(
                    "  answerValues:\n",
                    "  trackFrom: {field: legalStatus, values: {\"Looked after\": LAK}}\n"
                        + "  answerValues:\n"));
    assertThat(p.field()).isEqualTo("rules.trackFrom.values.Looked after");
    assertThat(p.message()).contains("'LAK' is not a track of protocol", "did you mean 'LAC'?");
  }

  @Test
  void anSqlLookupParameterTheNoteDoesNotHaveIsReported() throws Exception {
    String shipped = Files.readString(Path.of("mappings/systems/lcs-reporting.yaml"));
    String lookup =
        "  lookups:\n"
            + "    - name: status\n"
            + "      query: SELECT LEGAL_STATUS FROM PERSON_STATUS WHERE PERSON_ID = :#personld\n"
            + "      fields: {legalStatus: LEGAL_STATUS}\n\nfields:\n";
    var p = onlyProblem(shipped.replace("\nfields:\n", "\n" + lookup));
    assertThat(p.field()).isEqualTo("source.lookups[0].query");
    assertThat(p.message()).contains("unknown note value ':#personld'", "did you mean 'personId'?");
  }

  @Test
  void aFormFieldNoCommandReadsIsReported() {
    List<ConfigurationProblem> problems =
        problemsOf(VALID.replace("cat: category}", "cat: catgory}"));
    var p = problems.get(0);
    assertThat(p.line()).isEqualTo(28);
    assertThat(p.field()).isEqualTo("fields.formFields.cat");
    assertThat(p.message())
        .contains("'catgory' is not a form field a command reads", "did you mean 'category'?");
    assertThat(problems.get(1).field()).isEqualTo("rules.answerValues.category");
    assertThat(problems.get(1).message()).contains("no question gives 'category'");
  }

  @Test
  void aCommandFieldNoQuestionGivesIsReported() {
    var p = onlyProblem(VALID.replace("{act: action, ", "{"));
    assertThat(p.line()).isEqualTo(31);
    assertThat(p.field()).isEqualTo("rules.commandField");
    assertThat(p.message()).contains("no question gives 'action'");
  }

  @Test
  void aRuleMayReadTheNotesOwnFieldGivenInNoteFields() {
    var system =
        loader()
            .load(
                write(
                    VALID
                        .replace(
                            "  formFields: {act: action, ",
                            "  noteFields: {state: /state}\n  formFields: {act: action, ")
                        .replace(
                            "  commandField: action",
                            "  commandField: action\n  draftField: state\n  finalAnswers: [COMPLETE]")));
    assertThat(system.fields().noteFields()).containsEntry("state", "/state");
    assertThat(system.rules().draftField()).isEqualTo("state");
  }

  @Test
  void aNoteFieldAQuestionAlsoGivesIsReported() {
    var p =
        onlyProblem(
            VALID.replace(
                "  formFields: {act: action, ",
                "  noteFields: {action: /action}\n  formFields: {act: action, "));
    assertThat(p.line()).isEqualTo(28);
    assertThat(p.field()).isEqualTo("fields.noteFields.action");
    assertThat(p.message()).contains("'action' is also given by a question in fields.formFields");
  }

  @Test
  void aTimePatternOrATimeOfDayThatIsNotOneIsReported() {
    List<ConfigurationProblem> problems =
        problemsOf(
            VALID.replace(
                "  recordedAt: /recorded\n",
                "  recordedAt: [/recorded, created]\n  timePatterns: [\"dd/MM/yyyy qq:{\"]\n  dateOnlyAt: noon\n"));
    assertThat(problems)
        .extracting(ConfigurationProblem::field, ConfigurationProblem::line)
        .containsExactly(
            tuple("fields.recordedAt[1]", 23),
            tuple("fields.timePatterns[0]", 24),
            tuple("fields.dateOnlyAt", 25));
    assertThat(problems.get(0).message()).contains("'created' is not a JSON Pointer");
    assertThat(problems.get(1).message()).contains("is not a date and time pattern");
    assertThat(problems.get(2).message()).contains("'noon' is not a time of day");
  }

  @Test
  void aCommandForANoteTypeNotListedIsReported() {
    var p =
        onlyProblem(
            VALID.replace(
                "  commandField: action",
                "  commandByNoteType: {DPR: raise}\n  commandField: action"));
    assertThat(p.line()).isEqualTo(31);
    assertThat(p.field()).isEqualTo("rules.commandByNoteType.DPR");
    assertThat(p.message())
        .contains("note type 'DPR' is not in 'noteTypes'", "did you mean 'DRP'?");
  }

  @Test
  void noWayToFindTheCommandIsReported() {
    List<ConfigurationProblem> problems =
        problemsOf(
            VALID
                .replace("  commandField: action\n", "")
                .replace("  commandByAnswer: {raise: raise, respond: respond}\n", "")
                .replace("{act: action, ", "{"));
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).line()).isEqualTo(30);
    assertThat(problems.get(0).field()).isEqualTo("rules");
    assertThat(problems.get(0).message()).contains("no command for note type(s) DRP");
  }

  // ---- locations ----------------------------------------------------------------------------

  @Test
  void aJsonLocationThatIsNotAPointerIsReported() {
    var p = onlyProblem(VALID.replace("authorId: /author/id", "authorId: author.id"));
    assertThat(p.line()).isEqualTo(22);
    assertThat(p.field()).isEqualTo("fields.authorId");
    assertThat(p.message()).contains("'author.id' is not a JSON Pointer");
  }

  @Test
  void anXmlLocationThatIsNotAnXPathIsReported() {
    var p =
        onlyProblem(
            VALID
                .replace("kind: http-json", "kind: http-xml")
                .replace("authorId: /author/id", "authorId: \"author[@\""));
    assertThat(p.line()).isEqualTo(22);
    assertThat(p.field()).isEqualTo("fields.authorId");
    assertThat(p.message()).contains("is not an XPath expression");
  }

  @Test
  void anSqlColumnMissingFromTheQueryIsReported() throws IOException {
    String sql =
        shipped("lcs-reporting.yaml")
            .replace("noteId: FACT_CASENOTE_ID", "noteId: FACT_CASENOT_ID");
    var p = onlyProblem(sql);
    assertThat(p.line()).isEqualTo(CopiedMappings.lineIn(sql, "noteId: FACT_CASENOT_ID"));
    assertThat(p.field()).isEqualTo("fields.noteId");
    assertThat(p.message()).contains("column 'FACT_CASENOT_ID' is not in the query's select list");
  }

  // ---- paging -------------------------------------------------------------------------------

  @Test
  void pagingThatIsNotValidForAnSqlSourceIsReported() throws IOException {
    String sql =
        shipped("lcs-reporting.yaml")
            .replace("  every: 30s\n", "  every: 30s\n  paging: {kind: page}\n");
    var p = onlyProblem(sql);
    assertThat(p.line()).isEqualTo(CopiedMappings.lineIn(sql, "paging: {kind: page}"));
    assertThat(p.field()).isEqualTo("source.paging.kind");
    assertThat(p.message()).contains("paging 'page' is not valid for an sql source");
  }

  @Test
  void cursorPagingWithoutWhereTheCursorIsIsReported() {
    var p = onlyProblem(VALID.replace("{kind: cursor, nextAt: /next}", "{kind: cursor}"));
    assertThat(p.line()).isEqualTo(12);
    assertThat(p.field()).isEqualTo("source.paging");
    assertThat(p.message()).contains("cursor paging needs 'nextAt'");
  }

  @Test
  void aRequestValueOfAnotherPagingKindIsReported() {
    List<ConfigurationProblem> problems =
        problemsOf(VALID.replace("{kind: cursor, nextAt: /next}", "{kind: page}"));
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0).message()).contains("page paging sends {{page}}");
    assertThat(problems.get(1).message()).contains("{{cursor}} is never filled with page paging");
    assertThat(problems).allSatisfy(q -> assertThat(q.field()).isEqualTo("source"));
    assertThat(problems).allSatisfy(q -> assertThat(q.line()).isEqualTo(6));
  }

  @Test
  void anSqlQueryWithoutTheWatermarkIsReported() throws IOException {
    String sql =
        shipped("lcs-reporting.yaml")
            .replace(
                "       AND (n.LAST_MODIFIED_DTTM > :#watermark\n",
                "       AND (n.LAST_MODIFIED_DTTM > CURRENT_DATE\n")
            .replace("n.LAST_MODIFIED_DTTM = :#watermark", "n.LAST_MODIFIED_DTTM = CURRENT_DATE");
    var p = onlyProblem(sql);
    assertThat(p.line()).isEqualTo(CopiedMappings.lineIn(sql, "notesQuery:"));
    assertThat(p.field()).isEqualTo("source.notesQuery");
    assertThat(p.message()).contains("the query must use :#watermark");
  }

  // ---- templates ----------------------------------------------------------------------------

  @Test
  void anUnknownTemplateValueIsReportedAtItsLineInTheBody() {
    var p = onlyProblem(VALID.replace("\"{{text}}\"}", "\"{{txet}}\"}"));
    assertThat(p.line()).isEqualTo(40);
    assertThat(p.field()).isEqualTo("writeBack.body");
    assertThat(p.message())
        .contains(
            "unknown write-back template value '{{txet}}'", "did you mean 'text'?", "dueInWords");
  }

  @Test
  void everyValueTheRendererFillsIsAcceptedInAWriteBackTemplate() {
    String values =
        WriteBack.TEMPLATE_VALUES.stream()
            .map(name -> "\"" + name + "\": \"{{" + name + "}}\"")
            .collect(Collectors.joining(", "));
    String file = VALID.replace("\"text\": \"{{text}}\"}", values + "}");

    assertThat(file).contains("{{authorRoleId}}", "{{summary}}");
    assertThat(loader().load(write(file)).writeBack()).isInstanceOf(WriteBack.Http.class);
  }

  @Test
  void anUnknownRequestValueIsReported() {
    var p =
        onlyProblem(
            VALID.replace(
                "since: \"{{watermark}}\"", "since: \"{{watermark}}\", x: \"{{personId}}\""));
    assertThat(p.line()).isEqualTo(9);
    assertThat(p.field()).isEqualTo("source.query.x");
    assertThat(p.message()).contains("unknown request value '{{personId}}'");
  }

  @Test
  void aCaseLinkMayUseOnlyThePersonAndCase() {
    var p = onlyProblem(VALID.replace("/person/{{personId}}", "/person/{{reference}}"));
    assertThat(p.line()).isEqualTo(4);
    assertThat(p.field()).isEqualTo("caseLink");
    assertThat(p.message()).contains("unknown case link value '{{reference}}'", "personId, caseId");
  }

  @Test
  void aFileDropNameWithoutTheIdempotencyKeyIsReported() {
    String drop =
        VALID.substring(0, VALID.indexOf("writeBack:"))
            + """
            writeBack:
              kind: file-drop
              folder: /var/lcs/import
              fileName: "note-{{reference}}.xml"
              body: "<note>{{text}}</note>"
            """;
    var p = onlyProblem(drop);
    assertThat(p.line()).isEqualTo(38);
    assertThat(p.field()).isEqualTo("writeBack.fileName");
    assertThat(p.message()).contains("must include {{idempotencyKey}} or {{noteKey}}");
  }

  @Test
  void aKeyMarkerIsTheFilesOwnOrNoneWhenLeftEmpty() {
    String mail =
        VALID.substring(0, VALID.indexOf("writeBack:"))
            + """
            writeBack:
              kind: mail
              to: [casenotes@lcs.council.example]
              subject: "{{reference}}"
              body: "{{text}}"
              keyMarker: "Adapter reference {{noteKey}}"
            """;
    assertThat(loader().load(write(mail)).writeBack().keyMarker())
        .isEqualTo("Adapter reference {{noteKey}}");
    assertThat(
            loader()
                .load(write(mail.replace("\"Adapter reference {{noteKey}}\"", "\"\"")))
                .writeBack()
                .keyMarker())
        .isNull();
  }

  @Test
  void aKeyMarkerWithoutTheKeyIsReported() {
    var p =
        onlyProblem(
            VALID.replace(
                "  path: /notes\n  body",
                "  path: /notes\n  keyMarker: \"[{{reference}}]\"\n  body"));
    assertThat(p.line()).isEqualTo(38);
    assertThat(p.field()).isEqualTo("writeBack.keyMarker");
    assertThat(p.message()).contains("must include {{idempotencyKey}} or {{noteKey}}");
  }

  @Test
  void aFileOfAnotherWriteBackKindIsNamedAsSuch() {
    var p =
        onlyProblem(VALID.replace("  path: /notes\n  body", "  path: /notes\n  insert: x\n  body"));
    assertThat(p.line()).isEqualTo(38);
    assertThat(p.field()).isEqualTo("writeBack.insert");
    assertThat(p.message()).contains("'insert' is not used by http write-back");
  }

  @Test
  void aMailAddressThatIsNotOneIsReported() {
    String mail =
        VALID.substring(0, VALID.indexOf("writeBack:"))
            + """
            writeBack:
              kind: mail
              to: [casenotes.council.example]
              subject: "{{reference}}"
              body: "{{text}}"
            """;
    var p = onlyProblem(mail);
    assertThat(p.line()).isEqualTo(37);
    assertThat(p.field()).isEqualTo("writeBack.to[0]");
    assertThat(p.message()).contains("is not an e-mail address");
  }

  @Test
  void aTableWriteBackWithoutAConnectionToShareIsReported() {
    String table =
        VALID.substring(0, VALID.indexOf("writeBack:"))
            + """
            writeBack:
              kind: table
              insert: "INSERT INTO T (K) VALUES (:#idempotencyKey, :#stage)"
            """;
    List<ConfigurationProblem> problems = problemsOf(table);
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0).field()).isEqualTo("writeBack.insert");
    assertThat(problems.get(0).message()).contains("unknown insert parameter value ':#stage'");
    assertThat(problems.get(1).field()).isEqualTo("writeBack");
    assertThat(problems.get(1).line()).isEqualTo(36);
    assertThat(problems.get(1).message()).contains("required field 'jdbcUrl' is missing");
  }

  @Test
  void credentialsInHeadersAreRefused() {
    var p =
        onlyProblem(
            VALID.replace(
                "  path: /notes\n  body",
                "  path: /notes\n  headers: {Authorization: \"${EXAMPLE_TOKEN}\"}\n  body"));
    assertThat(p.line()).isEqualTo(38);
    assertThat(p.field()).isEqualTo("writeBack.headers.Authorization");
    assertThat(p.message())
        .contains("carries credentials", "under 'auth'")
        .doesNotContain(SECRET_VALUE);
  }

  // ---- placeholders and secrets -------------------------------------------------------------

  @Test
  void anUnresolvablePlaceholderNamesTheVariable() {
    environment.remove("EXAMPLE_TOKEN");
    var p = onlyProblem(VALID);
    assertThat(p.line()).isEqualTo(16);
    assertThat(p.field()).isEqualTo("auth.token");
    assertThat(p.message())
        .contains("placeholder '${EXAMPLE_TOKEN}' has no value", "set EXAMPLE_TOKEN");
  }

  @Test
  void anUnresolvablePlaceholderIsNamedWhateverTheResolverSays() {
    environment.remove("EXAMPLE_TOKEN");
    PlaceholderResolver standard = PlaceholderResolver.from(environment::get);
    // As Spring does: a plain IllegalArgumentException whose message quotes the whole value.
    PlaceholderResolver springLike =
        text -> {
          try {
            return standard.resolve(text);
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                "Could not resolve placeholder in value \"" + text + "\"");
          }
        };
    var problems =
        catchThrowableOfType(
                () ->
                    new SystemFileLoader(ShippedSystems.protocols(), springLike).load(write(VALID)),
                InvalidConfigurationException.class)
            .problems();
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).field()).isEqualTo("auth.token");
    assertThat(problems.get(0).message())
        .contains("'${EXAMPLE_TOKEN}'")
        .doesNotContain("Could not");
  }

  @Test
  void aPlaceholderInsideADefaultIsFilled() {
    environment.put("PORT", "9000");
    var system =
        loader()
            .load(
                write(
                    VALID.replace(
                        "${EXAMPLE_URL:https://api.council.example}",
                        "${EXAMPLE_URL:http://127.0.0.1:${PORT}/api}")));
    assertThat(((uk.irodispute.systems.Source.Http) system.source()).baseUrl())
        .isEqualTo("http://127.0.0.1:9000/api");
  }

  @Test
  void aResolvedValueThatIsWrongIsReportedWithoutPrintingIt() {
    environment.put("EXAMPLE_URL", "ftp://files.council.example/" + SECRET_VALUE);
    var p = onlyProblem(VALID);
    assertThat(p.line()).isEqualTo(7);
    assertThat(p.field()).isEqualTo("source.baseUrl");
    assertThat(p.message())
        .contains(
            "'${EXAMPLE_URL:https://api.council.example}' is not an http or https URL once its placeholders are filled")
        .doesNotContain(SECRET_VALUE);
  }

  @Test
  void thePollsEveryAndANumberMayBePlaceholdersWithDefaults() {
    String text =
        VALID
            .replace(
                "  pageSize: 20",
                "  every: ${LCS_POLL_EVERY:45s}\n  pageSize: ${EXAMPLE_PAGE_SIZE:50}")
            .replace(
                "protocol: day-range-lac-cp",
                "protocol: day-range-lac-cp\nenabled: ${EXAMPLE_ON:false}");
    var system = loader().load(write(text));
    var source = (uk.irodispute.systems.Source.Http) system.source();
    assertThat(source.schedule().every()).isEqualTo(java.time.Duration.ofSeconds(45));
    assertThat(source.pageSize()).isEqualTo(50);
    assertThat(system.enabled()).isFalse();

    environment.put("LCS_POLL_EVERY", "2m");
    environment.put("EXAMPLE_PAGE_SIZE", "75");
    var set = (uk.irodispute.systems.Source.Http) loader().load(write(text)).source();
    assertThat(set.schedule().every()).isEqualTo(java.time.Duration.ofMinutes(2));
    assertThat(set.pageSize()).isEqualTo(75);
  }

  @Test
  void aNumberPlaceholderWithNoValueAndNoDefaultIsReportedAtItsLine() {
    var p = onlyProblem(VALID.replace("pageSize: 20", "pageSize: ${EXAMPLE_PAGE_SIZE}"));
    assertThat(p.line()).isEqualTo(10);
    assertThat(p.field()).isEqualTo("source.pageSize");
    assertThat(p.message())
        .contains("placeholder '${EXAMPLE_PAGE_SIZE}' has no value", "set EXAMPLE_PAGE_SIZE");
  }

  @Test
  void aFilledValueThatIsNotADurationIsReportedWithoutPrintingIt() {
    environment.put("LCS_POLL_EVERY", SECRET_VALUE);
    var p =
        onlyProblem(
            VALID.replace("  pageSize: 20", "  every: ${LCS_POLL_EVERY:45s}\n  pageSize: 20"));
    assertThat(p.field()).isEqualTo("source.every");
    assertThat(p.message())
        .contains("'${LCS_POLL_EVERY:45s}' is not a duration once its placeholders are filled")
        .doesNotContain(SECRET_VALUE);
  }

  @Test
  void aSecretWrittenInTheFileIsRefusedWithoutPrintingIt() {
    var p = onlyProblem(VALID.replace("token: \"${EXAMPLE_TOKEN}\"", "token: " + SECRET_VALUE));
    assertThat(p.line()).isEqualTo(16);
    assertThat(p.field()).isEqualTo("auth.token");
    assertThat(p.message())
        .contains("a secret must come from the environment")
        .doesNotContain(SECRET_VALUE);
  }

  @Test
  void theWholeMessageNeverHoldsAResolvedSecret() {
    var invalid =
        catchThrowableOfType(
            () -> loader().load(write(VALID.replace("kind: bearer-token", "kind: bearer"))),
            InvalidConfigurationException.class);
    assertThat(invalid.getMessage()).contains("auth.kind").doesNotContain(SECRET_VALUE);
  }

  // ---- across files -------------------------------------------------------------------------

  @Test
  void aSystemIdDeclaredTwiceAcrossFilesIsReported() throws IOException {
    Path systems = Files.createDirectories(dir.resolve("systems"));
    Files.writeString(systems.resolve("a.yaml"), VALID);
    Path second = Files.writeString(systems.resolve("b.yaml"), VALID);
    var invalid =
        catchThrowableOfType(
            () -> loader().loadDirectory(systems), InvalidConfigurationException.class);
    assertThat(invalid.problems()).hasSize(1);
    var p = invalid.problems().get(0);
    assertThat(p.file()).isEqualTo(second.toString());
    assertThat(p.line()).isEqualTo(1);
    assertThat(p.field()).isEqualTo("id");
    assertThat(p.message()).contains("system 'example-api' is already declared in", "a.yaml:1");
  }

  @Test
  void problemsInSeveralFilesAreAllReported() throws IOException {
    Path systems = Files.createDirectories(dir.resolve("systems"));
    Files.writeString(systems.resolve("a.yaml"), VALID.replace("pageSize: 20", "pageSize: 0"));
    Files.writeString(systems.resolve("b.yaml"), "id: [\n");
    var invalid =
        catchThrowableOfType(
            () -> loader().loadDirectory(systems), InvalidConfigurationException.class);
    assertThat(invalid.problems())
        .extracting(q -> Path.of(q.file()).getFileName().toString())
        .containsExactly("a.yaml", "b.yaml");
    assertThat(invalid.problems().get(1).message()).startsWith("not valid YAML");
  }

  // ---- helpers ------------------------------------------------------------------------------

  private SystemFileLoader loader() {
    return new SystemFileLoader(
        ShippedSystems.protocols(), PlaceholderResolver.from(environment::get));
  }

  private static String shipped(String name) throws IOException {
    return Files.readString(Path.of("mappings/systems").resolve(name));
  }

  private Path write(String text) {
    try {
      file = Files.writeString(dir.resolve("example.yaml"), text);
      return file;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<ConfigurationProblem> problemsOf(String text) {
    Path written = write(text);
    try {
      loader().load(written);
    } catch (InvalidConfigurationException e) {
      assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(written.toString()));
      assertThat(e.getMessage()).doesNotContain(SECRET_VALUE);
      return e.problems();
    }
    return fail("expected problems in:\n" + text);
  }

  private ConfigurationProblem onlyProblem(String text) {
    List<ConfigurationProblem> problems = problemsOf(text);
    assertThat(problems).as(problems.toString()).hasSize(1);
    return problems.get(0);
  }
}

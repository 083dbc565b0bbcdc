package uk.irodispute.mappings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.irodispute.core.note.NoteRules.CommandKind;
import uk.irodispute.systems.Auth;
import uk.irodispute.systems.FieldMappings;
import uk.irodispute.systems.Secret;
import uk.irodispute.systems.Source;
import uk.irodispute.systems.SystemDefinition;
import uk.irodispute.systems.SystemRegistry;
import uk.irodispute.systems.WriteBack;

/** The three shipped system files load, with placeholders filled and defaults applied. */
class SystemFileLoaderTest {

  private static final Path SYSTEMS = Path.of("mappings/systems");

  private final SystemFileLoader loader = ShippedSystems.loader();

  @Test
  void theShippedDirectoryLoadsInFileNameOrder() {
    List<SystemDefinition> systems = loader.loadDirectory(SYSTEMS);

    assertThat(systems)
        .extracting(SystemDefinition::id)
        .containsExactly("fwi-api", "lcs-api", "lcs-reporting");
    SystemRegistry registry = new SystemRegistry(systems);
    assertThat(registry.byId("lcs-api")).isPresent();
    assertThat(registry.enabled()).hasSize(3);
  }

  @Test
  void aMissingDirectoryHasNoSystems(@TempDir Path dir) {
    assertThat(loader.loadDirectory(dir.resolve("systems"))).isEmpty();
  }

  @Test
  void theReportingDatabaseFileReadsAnSqlSourceAndWritesToItsTable() {
    SystemDefinition s = loader.load(SYSTEMS.resolve("lcs-reporting.yaml"));

    assertThat(s.name()).isEqualTo("Liquidlogic LCS (reporting database)");
    assertThat(s.protocolId()).isEqualTo("day-range-lac-cp");
    assertThat(s.enabled()).isTrue();
    assertThat(s.caseLink())
        .isEqualTo("http://127.0.0.1:8080/sandbox/lcs-reporting/person/{{personId}}");
    Source.Sql sql = (Source.Sql) s.source();
    assertThat(sql.jdbcUrl()).isEqualTo("jdbc:h2:mem:sandbox-lcs-reporting;DB_CLOSE_DELAY=-1");
    assertThat(sql.username()).isEqualTo("sa");
    assertThat(sql.password()).isEqualTo(new Secret(""));
    assertThat(sql.schedule()).isEqualTo(new Source.Schedule(Duration.ofSeconds(30), null));
    assertThat(sql.pageSize()).isEqualTo(100);
    assertThat(sql.initialWatermark()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(sql.watermarkColumn()).isEqualTo("LAST_MODIFIED_DTTM");
    assertThat(sql.keyColumn()).isEqualTo("FACT_CASENOTE_ID");
    assertThat(sql.notesQuery()).contains(":#watermark", ":#afterKey", ":#pageSize");
    assertThat(sql.answersQuery()).contains(":#formId");
    assertThat(sql.answerNameColumn()).isEqualTo("ANSWER_NO");
    assertThat(sql.answerValueColumn()).isEqualTo("ANSWER");
    assertThat(sql.allocationQuery()).contains(":#personId");
    assertThat(s.auth()).isEqualTo(new Auth.None());

    FieldMappings f = s.fields();
    assertThat(f.timeZone()).isEqualTo("Europe/London");
    assertThat(f.noteId()).isEqualTo("FACT_CASENOTE_ID");
    assertThat(f.version()).isNull();
    assertThat(f.formId()).isEqualTo("FACT_FORM_ID");
    assertThat(f.form()).isNull();
    assertThat(f.allocation())
        .isEqualTo(
            new FieldMappings.WorkerMapping(
                null, "ROLE_CODE", "DIM_WORKER_ID", "WORKER_NAME", "EMAIL_ADDRESS", "TEAM_NAME"));
    assertThat(f.roles()).isEqualTo(Map.of("SW", "social-worker", "TM", "team-manager"));
    assertThat(f.formFields()).containsEntry("1", "action").doesNotContainKey("10");
    assertThat(f.noteFields()).containsEntry("status", "CASENOTE_STATUS");

    assertThat(s.rules().noteTypes()).containsExactly("IRO");
    assertThat(s.rules().commandField()).isEqualTo("action");
    assertThat(s.rules().commandByAnswer())
        .containsEntry("Raise dispute", CommandKind.RAISE)
        .containsEntry("Time out", CommandKind.PAUSE)
        .hasSize(10);
    assertThat(s.rules().draftField()).isEqualTo("status");
    assertThat(s.rules().finalAnswers()).containsExactly("Complete");
    assertThat(s.rules().answerValues())
        .isEqualTo(Map.of("track", Map.of("Looked after", "LAC", "Child protection", "CP")));

    WriteBack.Table table = (WriteBack.Table) s.writeBack();
    assertThat(table.jdbcUrl()).isEqualTo(sql.jdbcUrl());
    assertThat(table.username()).isEqualTo("sa");
    assertThat(table.insert()).contains("INSERT INTO IRO_DRP_NOTES_IMPORT", ":#idempotencyKey");
    assertThat(table.keyMarker())
        .as("a table has no header for the key: it ends the note's text by default")
        .isEqualTo("[IRO dispute key: {{idempotencyKey}}]");
  }

  @Test
  void theJsonApiFileReadsOAuth2AndCursorPaging() {
    SystemDefinition s = loader.load(SYSTEMS.resolve("lcs-api.yaml"));

    Source.Http http = (Source.Http) s.source();
    assertThat(http.format()).isEqualTo(Source.Format.JSON);
    assertThat(http.baseUrl()).isEqualTo("http://127.0.0.1:8080/sandbox/lcs-api/v1");
    assertThat(http.path()).isEqualTo("/casenotes");
    assertThat(http.query())
        .containsEntry("type", "IRO_DRP")
        .containsEntry("modifiedSince", "{{watermark}}")
        .containsEntry("cursor", "{{cursor}}");
    assertThat(http.paging())
        .isEqualTo(new Source.Paging(Source.PagingKind.CURSOR, "/nextCursor", 1));
    assertThat(http.notesAt()).isEqualTo("/items");
    assertThat(http.timeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(s.auth())
        .isEqualTo(
            new Auth.OAuth2ClientCredentials(
                "http://127.0.0.1:8080/sandbox/lcs-api/oauth/token",
                "iro-dispute-adapter",
                new Secret("invented-client-secret"),
                "casenotes",
                Duration.ofSeconds(60)));
    assertThat(s.fields().form())
        .isEqualTo(new FieldMappings.ListMapping("/formAnswers", "/question", "/answer"));
    assertThat(s.fields().allocation()).as("looked up, not on the note").isNull();
    assertThat(http.lookups())
        .singleElement()
        .satisfies(
            lookup -> {
              assertThat(lookup.path()).isEqualTo("/allocations");
              assertThat(lookup.query()).containsEntry("personId", "{{personId}}");
              assertThat(lookup.fields()).containsEntry("legalStatus", "/legalStatus");
              assertThat(lookup.allocation().items()).isEqualTo("/allocations");
            });
    WriteBack.Http writeBack = (WriteBack.Http) s.writeBack();
    assertThat(writeBack.baseUrl()).isEqualTo(http.baseUrl());
    assertThat(writeBack.method()).isEqualTo("POST");
    assertThat(writeBack.contentType()).isEqualTo("application/json");
    assertThat(writeBack.body()).contains("\"externalReference\": \"{{idempotencyKey}}\"");
    assertThat(writeBack.keyMarker()).as("the key goes in the header").isNull();
  }

  @Test
  void theXmlApiFileReadsBasicAuthAndPagePaging() {
    SystemDefinition s = loader.load(SYSTEMS.resolve("fwi-api.yaml"));

    Source.Http http = (Source.Http) s.source();
    assertThat(http.format()).isEqualTo(Source.Format.XML);
    assertThat(http.paging())
        .isEqualTo(new Source.Paging(Source.PagingKind.PAGE, "/observationPage/@morePages", 1));
    assertThat(s.auth())
        .isEqualTo(new Auth.Basic("iro-adapter", new Secret("invented-fwi-password")));
    assertThat(s.protocolId()).isEqualTo("harrow-drp");
    assertThat(s.rules().answerValues().get("seriousness"))
        .containsEntry("Very significant", "very-significant");
    assertThat(((WriteBack.Http) s.writeBack()).path()).isEqualTo("/episodes/{{caseId}}/outcomes");
  }

  @Test
  void theEnvironmentOverridesDefaults() {
    var env = new java.util.HashMap<>(ShippedSystems.ENVIRONMENT);
    env.put("LCS_API_URL", "https://lcs.council.example/api/");
    var custom =
        new SystemFileLoader(ShippedSystems.protocols(), PlaceholderResolver.from(env::get));

    Source.Http http = (Source.Http) custom.load(SYSTEMS.resolve("lcs-api.yaml")).source();

    assertThat(http.baseUrl()).isEqualTo("https://lcs.council.example/api");
  }

  @Test
  void secretsAreNeverPrinted() {
    SystemDefinition s = loader.load(SYSTEMS.resolve("lcs-api.yaml"));

    assertThat(s.toString()).doesNotContain("invented-client-secret");
  }

  @Test
  void aFileMayBeSwitchedOff(@TempDir Path dir) throws IOException {
    String text =
        Files.readString(SYSTEMS.resolve("lcs-api.yaml"))
            .replace("id: lcs-api", "id: lcs-api\nenabled: false");
    Path file = Files.writeString(dir.resolve("off.yaml"), text);

    SystemRegistry registry = new SystemRegistry(List.of(loader.load(file)));

    assertThat(registry.all()).hasSize(1);
    assertThat(registry.enabled()).isEmpty();
  }
}

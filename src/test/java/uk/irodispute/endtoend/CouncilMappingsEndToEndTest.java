package uk.irodispute.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.core.model.DisputeStatus;
import uk.irodispute.core.note.CaseWorker;
import uk.irodispute.sandbox.NoteRequest;
import uk.irodispute.sandbox.SandboxSystem;
import uk.irodispute.store.DisputeContacts;

/**
 * A council's own copy of {@code mappings/}, changed only in its files: the reporting database's
 * vendor renamed a column and the mapping follows it; the JSON API's council runs the flowchart
 * protocol (seed 000), whose time out stops the clock and whose resume moves the due time.
 */
class CouncilMappingsEndToEndTest extends SandboxRun {

  private static final Path IMPORT_FOLDER = temporaryFolder("lcs-import");
  private static final Path MAPPINGS = councilCopyOfMappings();
  private static final int OWN_HTTP_PORT = freePort();
  private static final int OWN_SMTP_PORT = freePort();

  @Autowired DisputeContacts contacts;
  @Autowired NamedParameterJdbcTemplate jdbc;

  @DynamicPropertySource
  static void councilMappings(DynamicPropertyRegistry registry) {
    registry.add("iro.mappings.directory", MAPPINGS::toString);
    ownContext(registry, "council-copy", OWN_HTTP_PORT, OWN_SMTP_PORT);
  }

  /** The vendor's upgrade: the column the council's mapping now names. */
  @BeforeEach
  void vendorRenamesTheTeamColumn() {
    sandbox
        .reportingDatabase()
        .jdbc()
        .getJdbcTemplate()
        .execute(
            "ALTER TABLE DIM_WORKER ALTER COLUMN IF EXISTS TEAM_NAME RENAME TO TEAM_DESCRIPTION");
  }

  @Test
  void aColumnRenamedByTheVendorIsFollowedByEditingOnlyTheMappingFile() {
    clock.set(Instant.parse("2026-11-02T10:00:00Z"));
    sandbox.record(
        NoteRequest.in(SandboxSystem.LCS_REPORTING, "1003")
            .action("raise")
            .answer("track", "LAC")
            .answer("status", "Complete")
            .build());
    poll(SandboxSystem.LCS_REPORTING);

    Dispute dispute = openDisputeOf(SandboxSystem.LCS_REPORTING, "1003");
    assertThat(contacts.of(dispute.reference()).holding("social-worker"))
        .map(CaseWorker::team)
        .contains("Children in Care South");
  }

  @Test
  void notesAreDroppedAsFilesWhereTheCouncilsFileSaysSo() throws IOException {
    clock.set(Instant.parse("2026-11-02T11:00:00Z"));
    sandbox.record(
        NoteRequest.in(SandboxSystem.LCS_REPORTING, "1001")
            .action("raise")
            .answer("track", "LAC")
            .answer("status", "Complete")
            .build());
    pollAndDeliver(SandboxSystem.LCS_REPORTING);
    String ref = openDisputeOf(SandboxSystem.LCS_REPORTING, "1001").reference().value();

    List<Path> dropped;
    try (Stream<Path> files = Files.list(IMPORT_FOLDER)) {
      dropped = files.filter(f -> f.getFileName().toString().endsWith(".txt")).toList();
    }
    assertThat(dropped).hasSize(1);
    assertThat(dropped.get(0).getFileName().toString()).startsWith("DRP-");
    assertThat(Files.readString(dropped.get(0)))
        .startsWith("person 1001 " + ref + " query")
        .contains("Tuesday 3 November 2026 at 17:00")
        .as("a file has no header: the key ends the note")
        .containsPattern("\\[IRO dispute key: " + ref + "/[0-9/]+/note]");

    String imported = "read by the case system's import";
    Files.writeString(dropped.get(0), imported);
    jdbc.update(
        "UPDATE outbox SET status = 'IN_FLIGHT', claimed_until = :past WHERE reference = :ref",
        Map.of("ref", ref, "past", clock.instant().minusSeconds(1).atOffset(ZoneOffset.UTC)));
    deliver();

    assertThat(
            jdbc.queryForList(
                "SELECT status || ' ' || attempts FROM outbox WHERE reference = :ref",
                Map.of("ref", ref),
                String.class))
        .as("sent again after the lease of a sender that stopped before recording it")
        .containsOnly("DELIVERED 2");
    assertThat(Files.readString(dropped.get(0)))
        .as("a file already in the folder is not written again")
        .isEqualTo(imported);
    try (Stream<Path> files = Files.list(IMPORT_FOLDER)) {
      assertThat(files.filter(f -> f.getFileName().toString().endsWith(".txt"))).hasSize(1);
    }
  }

  @Test
  void aTimeOutStopsTheClockAndResumeMovesTheDueTimeByTheWorkingTimePaused() {
    SandboxSystem api = SandboxSystem.LCS_API;
    String child = "2003";
    clock.set(Instant.parse("2026-11-02T10:00:00Z"));
    sandbox.record(NoteRequest.in(api, child).action("raise").answer("track", "LAC").build());
    clock.set(Instant.parse("2026-11-02T14:00:00Z"));
    sandbox.record(NoteRequest.in(api, child).action("escalate").build());
    pollAndDeliver(api);
    Dispute dispute = openDisputeOf(api, child);
    String ref = dispute.reference().value();
    assertThat(dispute.protocolId()).isEqualTo("ir-stages-flowchart");
    assertThat(dispute.currentStageId()).isEqualTo("ir1");
    Instant dueBefore = dispute.currentStage().dueAt();
    assertThat(dueBefore).isEqualTo(Instant.parse("2026-11-06T17:00:00Z"));

    clock.set(Instant.parse("2026-11-03T10:00:00Z"));
    sandbox.record(
        NoteRequest.in(api, child)
            .action("pause")
            .answer("approvedBy", "iro-team-manager")
            .build());
    pollAndDeliver(api);
    assertThat(dispute(dispute).status()).isEqualTo(DisputeStatus.PAUSED);

    clock.set(Instant.parse("2026-11-06T18:00:00Z"));
    tick();
    assertThat(dispute(dispute).currentStageId()).as("no breach while paused").isEqualTo("ir1");

    clock.set(Instant.parse("2026-11-09T10:00:00Z"));
    sandbox.record(NoteRequest.in(api, child).action("resume").build());
    pollAndDeliver(api);

    Dispute resumed = dispute(dispute);
    assertThat(resumed.status()).isEqualTo(DisputeStatus.OPEN);
    assertThat(resumed.currentStage().dueAt())
        .as("four working days paused, Tuesday 10:00 to Monday 10:00")
        .isEqualTo(Instant.parse("2026-11-12T17:00:00Z"));
    assertThat(mailsAbout(ref))
        .extracting(m -> m.subject())
        .anyMatch(s -> s.toLowerCase().contains("time out"))
        .anyMatch(s -> s.toLowerCase().contains("resumed"));

    clock.set(Instant.parse("2026-11-10T10:00:00Z"));
    sandbox.record(NoteRequest.in(api, child).action("satisfied").build());
    pollAndDeliver(api);
    assertThat(dispute(dispute).status()).isEqualTo(DisputeStatus.RESOLVED);
  }

  /** The shipped mappings, copied and edited as a council's IT team would. */
  private static Path councilCopyOfMappings() {
    try {
      Path copy = Files.createTempDirectory("council-mappings");
      Path shipped = Path.of("mappings");
      try (Stream<Path> files = Files.walk(shipped)) {
        for (Path file : files.toList()) {
          Path target = copy.resolve(shipped.relativize(file).toString());
          if (Files.isDirectory(file)) {
            Files.createDirectories(target);
          } else {
            Files.copy(file, target);
          }
        }
      }
      edit(copy.resolve("systems/lcs-reporting.yaml"), "TEAM_NAME", "TEAM_DESCRIPTION");
      Path reporting = copy.resolve("systems/lcs-reporting.yaml");
      String text = Files.readString(reporting);
      Files.writeString(
          reporting,
          text.substring(0, text.indexOf("writeBack:"))
              + "writeBack:\n"
              + "  kind: file-drop\n"
              + "  folder: "
              + IMPORT_FOLDER
              + "\n"
              + "  fileName: \"{{noteKey}}.txt\"\n"
              + "  body: \"person {{personId}} {{reference}} {{kind}} due {{dueInWords}}\\n{{text}}\"\n");
      edit(
          copy.resolve("systems/lcs-api.yaml"),
          "protocol: day-range-lac-cp",
          "protocol: ir-stages-flowchart");
      // Its one track is LAC: the legal status maps onto it alone.
      edit(
          copy.resolve("systems/lcs-api.yaml"),
          "values: {\"Looked after\": LAC, \"Child protection\": CP}",
          "values: {\"Looked after\": LAC}");
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path temporaryFolder(String name) {
    try {
      return Files.createTempDirectory(name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void edit(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to));
  }
}

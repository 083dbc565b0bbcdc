package uk.irodispute.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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

  private static final Path MAPPINGS = councilCopyOfMappings();
  private static final int OWN_HTTP_PORT = freePort();
  private static final int OWN_SMTP_PORT = freePort();

  @Autowired DisputeContacts contacts;

  @DynamicPropertySource
  static void councilMappings(DynamicPropertyRegistry registry) {
    registry.add("iro.mappings.directory", MAPPINGS::toString);
    registry.add("LCS_REPORTING_JDBC_URL", () -> "jdbc:h2:mem:council-copy;DB_CLOSE_DELAY=-1");
    registry.add("server.port", () -> OWN_HTTP_PORT);
    registry.add("iro.sandbox.smtp.port", () -> OWN_SMTP_PORT);
    registry.add("iro.mail.port", () -> OWN_SMTP_PORT);
  }

  @Test
  void aColumnRenamedByTheVendorIsFollowedByEditingOnlyTheMappingFile() {
    sandbox
        .reportingDatabase()
        .jdbc()
        .getJdbcTemplate()
        .execute("ALTER TABLE DIM_WORKER ALTER COLUMN TEAM_NAME RENAME TO TEAM_DESCRIPTION");
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
      edit(
          copy.resolve("systems/lcs-api.yaml"),
          "protocol: day-range-lac-cp",
          "protocol: ir-stages-flowchart");
      return copy;
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

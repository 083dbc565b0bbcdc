package uk.irodispute.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.sandbox.NoteRequest;
import uk.irodispute.sandbox.RecordedNote;
import uk.irodispute.sandbox.SandboxSystem;

/**
 * On every shipped system a dispute note saved as a draft raises nothing, writes nothing back and
 * mails no one; the same note completed (a later version) raises the dispute. Each system marks a
 * draft its own way: a question of the reporting database's form, the JSON API's note state, the
 * XML API's observation flag.
 */
class DraftsNeverActEndToEndTest extends SandboxRun {

  private static final int HTTP_PORT = freePort();
  private static final int SMTP_PORT = freePort();

  @DynamicPropertySource
  static void ports(DynamicPropertyRegistry registry) {
    ownContext(registry, "drafts-never-act", HTTP_PORT, SMTP_PORT);
  }

  @ParameterizedTest
  @EnumSource(SandboxSystem.class)
  void aDraftRaisesNothingAndItsCompletedVersionRaisesTheDispute(SandboxSystem system) {
    String child = childOf(system);
    clock.set(Instant.parse("2026-11-03T09:30:00Z"));
    RecordedNote draft =
        sandbox.record(
            NoteRequest.in(system, child)
                .action("raise")
                .answer(raiseField(system), raiseAnswer(system))
                .draft()
                .build());
    int mailsBefore = mail.receivedMails().size();
    pollAndDeliver(system);

    assertThat(disputes.open())
        .as("a draft raises nothing")
        .noneMatch(d -> d.subject().sourceSystem().equals(system.id()));
    assertThat(writtenBackAbout(system, child)).as("nothing written back").isEmpty();
    assertThat(mail.receivedMails()).as("no one mailed").hasSize(mailsBefore);

    clock.set(Instant.parse("2026-11-03T10:00:00Z"));
    RecordedNote completed =
        sandbox.edit(system, draft.noteId(), Map.of("status", "Complete"), null);
    pollAndDeliver(system);

    assertThat(completed.version()).isGreaterThan(draft.version());
    Dispute dispute = openDisputeOf(system, child);
    assertThat(dispute.reference().value()).startsWith("DRP-");
    assertThat(writtenBackAbout(system, child)).isNotEmpty();
  }

  private static String childOf(SandboxSystem system) {
    return switch (system) {
      case LCS_REPORTING -> "1002";
      case LCS_API -> "2003";
      case FWI_API -> "P300103";
    };
  }

  private static String raiseField(SandboxSystem system) {
    return system == SandboxSystem.FWI_API ? "seriousness" : "track";
  }

  private static String raiseAnswer(SandboxSystem system) {
    return switch (system) {
      case FWI_API -> "very-significant";
      case LCS_API -> "LAC";
      case LCS_REPORTING -> "CP";
    };
  }
}

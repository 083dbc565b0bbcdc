package uk.irodispute.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.core.model.DisputeStatus;
import uk.irodispute.sandbox.NoteRequest;
import uk.irodispute.sandbox.Post;
import uk.irodispute.sandbox.ReceivedMail;
import uk.irodispute.sandbox.RecordedNote;
import uk.irodispute.sandbox.SandboxSystem;
import uk.irodispute.sandbox.WrittenBackNote;

/**
 * The Liquidlogic reporting database read over JDBC, notes written back as rows of the integration
 * table: a draft raise that counts only once completed, a response, escalation, a breach escalated
 * by the clock, and resolution.
 */
class LcsReportingEndToEndTest extends SharedSandboxRun {

  private static final SandboxSystem LCS = SandboxSystem.LCS_REPORTING;
  private static final String CHILD = "1001";

  @Test
  void aDraftRaiseCountsOnceCompletedAndTheDisputeRunsToResolution() {
    clock.set(Instant.parse("2026-11-02T09:30:00Z"));
    RecordedNote draft =
        sandbox.record(
            NoteRequest.in(LCS, CHILD).action("raise").answer("track", "LAC").draft().build());
    pollAndDeliver(LCS);
    assertThat(disputes.open())
        .noneMatch(d -> d.subject().sourceSystem().equals(LCS.id()))
        .as("a draft raises nothing");

    clock.set(Instant.parse("2026-11-02T10:00:00Z"));
    sandbox.edit(LCS, draft.noteId(), Map.of("status", "Complete"), null);
    pollAndDeliver(LCS);

    Dispute dispute = openDisputeOf(LCS, CHILD);
    String ref = dispute.reference().value();
    assertThat(dispute.currentStageId()).isEqualTo("stage-1");
    List<WrittenBackNote> rows = writtenBackAbout(LCS, CHILD);
    assertThat(rows).hasSize(1);
    WrittenBackNote query = rows.get(0);
    assertThat(query.channel()).isEqualTo("IRO_DRP_NOTES_IMPORT");
    assertThat(query.field("NOTE_KIND")).isEqualTo("query");
    assertThat(query.field("AUTHOR_ROLE")).isIn("IRO", "CP Chair");
    assertThat(query.field("DISPUTE_REF")).isEqualTo(ref);
    assertThat(query.field("STAGE_NAME")).startsWith("Stage 1");
    assertThat(query.field("DUE_TEXT")).isEqualTo("Tuesday 3 November 2026 at 17:00");
    assertThat(query.key()).startsWith(ref + "/");
    assertThat(mailsAbout(ref))
        .singleElement()
        .satisfies(m -> assertThat(m.to()).containsExactly("dana.fielding@council.example"));

    clock.set(Instant.parse("2026-11-03T11:00:00Z"));
    sandbox.record(NoteRequest.in(LCS, CHILD).by(Post.SOCIAL_WORKER).action("respond").build());
    clock.set(Instant.parse("2026-11-03T15:00:00Z"));
    sandbox.record(NoteRequest.in(LCS, CHILD).action("escalate").build());
    pollAndDeliver(LCS);
    assertThat(dispute(dispute).currentStageId()).isEqualTo("stage-2");
    ReceivedMail toTeamManager =
        mailsAbout(ref).stream()
            .filter(m -> m.to().contains("hana.ibbotson@council.example"))
            .findFirst()
            .orElseThrow();
    assertThat(toTeamManager.cc()).contains("dana.fielding@council.example");
    assertThat(toTeamManager.plainText()).contains("Thursday 5 November 2026 at 17:00");

    clock.set(Instant.parse("2026-11-05T18:00:00Z"));
    tick();
    deliver();
    assertThat(dispute(dispute).currentStageId()).isEqualTo("stage-3");

    clock.set(Instant.parse("2026-11-06T12:00:00Z"));
    sandbox.record(NoteRequest.in(LCS, CHILD).action("satisfied").build());
    pollAndDeliver(LCS);

    assertThat(dispute(dispute).status()).isEqualTo(DisputeStatus.RESOLVED);
    assertThat(writtenBackAbout(LCS, CHILD))
        .extracting(n -> n.field("NOTE_KIND"))
        .containsExactly("query", "action", "outcome", "query", "outcome", "query", "outcome");
    assertThat(writtenBackAbout(LCS, CHILD))
        .extracting(WrittenBackNote::key)
        .doesNotHaveDuplicates();
  }
}

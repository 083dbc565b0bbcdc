package uk.irodispute.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.core.model.DisputeStatus;
import uk.irodispute.sandbox.NoteRequest;
import uk.irodispute.sandbox.ReceivedMail;
import uk.irodispute.sandbox.SandboxSystem;
import uk.irodispute.sandbox.WrittenBackNote;

/**
 * The Framework-i-style XML API under Harrow's protocol (seed 004): a very significant dispute
 * started at stage 2, its breach put to the chair, escalated by the chair to the Divisional
 * Director, and resolved, with the outcome entered on the episode.
 */
class FrameworkiEndToEndTest extends SharedSandboxRun {

  private static final SandboxSystem FWI = SandboxSystem.FWI_API;
  private static final String CHILD = "P300101";

  @Test
  void aVerySignificantDisputeStartsAtStageTwoAndItsOutcomeIsEnteredOnTheEpisode() {
    clock.set(Instant.parse("2026-11-02T10:00:00Z"));
    sandbox.record(
        NoteRequest.in(FWI, CHILD)
            .action("raise")
            .answer("seriousness", "very-significant")
            .build());
    pollAndDeliver(FWI);

    Dispute dispute = openDisputeOf(FWI, CHILD);
    String ref = dispute.reference().value();
    assertThat(dispute.currentStageId()).isEqualTo("stage-2");
    assertThat(dispute.subject().caseId()).isEqualTo("EP-7001");
    ReceivedMail opened =
        mailsAbout(ref).stream()
            .filter(m -> m.subject().startsWith("Action needed"))
            .findFirst()
            .orElseThrow();
    assertThat(opened.to())
        .containsExactlyInAnyOrder(
            "priya.northfield@council.example", "drew.fenwick@council.example");
    // The raising IRO (Rosa Kemp) is copied into every stage's opening alert (issue 15: the IRO is
    // told when their dispute moves), besides the stage's own copies.
    assertThat(opened.cc())
        .containsExactlyInAnyOrder(
            "ola.bright@council.example",
            "priti.sandhu@council.example",
            "rosa.kemp@council.example");
    assertThat(opened.plainText()).contains("/sandbox/fwi/episode/EP-7001");

    List<WrittenBackNote> notes = writtenBackAbout(FWI, CHILD);
    assertThat(notes).isNotEmpty();
    WrittenBackNote query = notes.get(0);
    assertThat(query.channel()).contains("/episodes/");
    assertThat(query.field("kind")).isEqualTo("query");
    assertThat(query.field("disputeRef")).isEqualTo(ref);
    assertThat(query.field("stage")).startsWith("Stage 2");
    assertThat(query.key()).startsWith(ref + "/");

    clock.set(dispute.currentStage().dueAt().plusSeconds(3600));
    tick();
    deliver();
    assertThat(dispute(dispute).currentStageId()).isEqualTo("stage-2");
    assertThat(mailsAbout(ref))
        .anySatisfy(m -> assertThat(m.to()).contains("rosa.kemp@council.example"));

    clock.set(dispute.currentStage().dueAt().plusSeconds(7200));
    sandbox.record(NoteRequest.in(FWI, CHILD).action("escalate").build());
    pollAndDeliver(FWI);
    assertThat(dispute(dispute).currentStageId()).isEqualTo("stage-3");
    assertThat(mailsAbout(ref))
        .anySatisfy(m -> assertThat(m.to()).contains("sam.whitcombe@council.example"));

    clock.set(dispute.currentStage().dueAt().plusSeconds(10800));
    sandbox.record(NoteRequest.in(FWI, CHILD).action("satisfied").build());
    pollAndDeliver(FWI);
    assertThat(dispute(dispute).status()).isEqualTo(DisputeStatus.RESOLVED);
    WrittenBackNote last =
        writtenBackAbout(FWI, CHILD).get(writtenBackAbout(FWI, CHILD).size() - 1);
    assertThat(last.field("kind")).isEqualTo("outcome");
    assertThat(last.field("stage")).startsWith("Stage 3");
    assertThat(writtenBackAbout(FWI, CHILD))
        .extracting(WrittenBackNote::key)
        .doesNotHaveDuplicates();
  }
}

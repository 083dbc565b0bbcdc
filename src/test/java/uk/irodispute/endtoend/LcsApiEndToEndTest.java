package uk.irodispute.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.core.model.DisputeStatus;
import uk.irodispute.sandbox.NoteRequest;
import uk.irodispute.sandbox.Post;
import uk.irodispute.sandbox.ReceivedMail;
import uk.irodispute.sandbox.SandboxSystem;
import uk.irodispute.sandbox.WrittenBackNote;

/**
 * The Liquidlogic-style JSON API under the day-range protocol (seed 003): a dispute raised,
 * answered, escalated, breached and escalated by the clock, refused a time out the protocol does
 * not have, and resolved; each note written back and each mail checked field by field.
 */
class LcsApiEndToEndTest extends SharedSandboxRun {

  private static final SandboxSystem LCS = SandboxSystem.LCS_API;
  private static final String CHILD = "2001";

  @Test
  void aDisputeGoesFromRaisedToResolvedThroughTheApi() {
    clock.set(Instant.parse("2026-11-02T10:00:00Z"));
    sandbox.record(NoteRequest.in(LCS, CHILD).action("raise").answer("track", "LAC").build());
    pollAndDeliver(LCS);

    Dispute dispute = openDisputeOf(LCS, CHILD);
    String ref = dispute.reference().value();
    assertThat(dispute.currentStageId()).isEqualTo("stage-1");
    assertThat(dispute.currentStage().dueAt()).isEqualTo(Instant.parse("2026-11-03T17:00:00Z"));

    List<WrittenBackNote> notes = writtenBackAbout(LCS, CHILD);
    assertThat(notes).isNotEmpty();
    WrittenBackNote query = notes.get(0);
    assertThat(query.field("type")).isEqualTo("IRO_DRP_QUERY");
    assertThat(query.field("subject.personId")).isEqualTo(CHILD);
    assertThat(query.field("subject.caseId")).isEqualTo("C-20001");
    assertThat(query.field("title")).contains(ref).contains("Stage 1");
    assertThat(query.key()).startsWith(ref + "/");

    List<ReceivedMail> opened = mailsAbout(ref);
    assertThat(opened).hasSize(1);
    ReceivedMail toSocialWorker = opened.get(0);
    assertThat(toSocialWorker.to()).containsExactly("maya.pennant@council.example");
    assertThat(toSocialWorker.plainText())
        .contains(ref)
        .contains("Stage 1")
        .contains("Tuesday 3 November 2026")
        .contains("/sandbox/lcs-api/person/2001");
    assertThat(toSocialWorker.html()).contains(ref);

    clock.set(Instant.parse("2026-11-03T11:00:00Z"));
    sandbox.record(NoteRequest.in(LCS, CHILD).by(Post.SOCIAL_WORKER).action("respond").build());
    clock.set(Instant.parse("2026-11-03T14:00:00Z"));
    sandbox.record(NoteRequest.in(LCS, CHILD).action("escalate").build());
    pollAndDeliver(LCS);

    dispute = dispute(dispute);
    assertThat(dispute.currentStageId()).isEqualTo("stage-2");
    assertThat(dispute.currentStage().dueAt()).isEqualTo(Instant.parse("2026-11-05T17:00:00Z"));
    ReceivedMail toTeamManager = lastMailTo("greta.wilde@council.example", ref);
    assertThat(toTeamManager.cc()).contains("maya.pennant@council.example");
    assertThat(toTeamManager.plainText()).contains("Stage 2").contains("Thursday 5 November 2026");

    clock.set(Instant.parse("2026-11-05T17:30:00Z"));
    tick();
    deliver();

    dispute = dispute(dispute);
    assertThat(dispute.currentStageId()).isEqualTo("stage-3");
    ReceivedMail toStage3 = lastMailTo("alex.marlow@council.example", ref);
    assertThat(toStage3.to()).contains("priya.northfield@council.example");
    assertThat(toStage3.cc())
        .contains(
            "maya.pennant@council.example",
            "greta.wilde@council.example",
            "sqas@council.example",
            "lac-managers@council.example");

    clock.set(Instant.parse("2026-11-06T10:00:00Z"));
    sandbox.record(NoteRequest.in(LCS, CHILD).action("pause").answer("reason", "x").build());
    pollAndDeliver(LCS);
    assertThat(dispute(dispute).status()).isEqualTo(DisputeStatus.OPEN);
    ReceivedMail refused = lastMailTo("ffion.rees@council.example", ref);
    assertThat(refused.subject()).startsWith("Note not applied: " + ref);
    assertThat(refused.plainText()).contains("does not provide for a time out");

    clock.set(Instant.parse("2026-11-06T15:00:00Z"));
    sandbox.record(NoteRequest.in(LCS, CHILD).action("satisfied").build());
    pollAndDeliver(LCS);

    assertThat(dispute(dispute).status()).isEqualTo(DisputeStatus.RESOLVED);
    WrittenBackNote outcome =
        writtenBackAbout(LCS, CHILD).get(writtenBackAbout(LCS, CHILD).size() - 1);
    assertThat(outcome.field("type")).isEqualTo("IRO_DRP_OUTCOME");
    assertThat(outcome.field("body")).contains("was resolved at Stage 3");
    assertThat(writtenBackAbout(LCS, CHILD))
        .extracting(n -> n.field("type"))
        .containsExactly(
            "IRO_DRP_QUERY",
            "IRO_DRP_ACTION",
            "IRO_DRP_OUTCOME",
            "IRO_DRP_QUERY",
            "IRO_DRP_OUTCOME",
            "IRO_DRP_QUERY",
            "IRO_DRP_OUTCOME");
    ReceivedMail resolved = lastMailTo("alex.marlow@council.example", ref);
    assertThat(resolved.subject()).startsWith("Resolved: " + ref);
    assertThat(resolved.plainText()).contains("Nothing more is asked: the IRO is satisfied");
  }

  private ReceivedMail lastMailTo(String address, String ref) {
    List<ReceivedMail> mails =
        mailsAbout(ref).stream().filter(m -> m.to().contains(address)).toList();
    assertThat(mails).as("mails to " + address).isNotEmpty();
    return mails.get(mails.size() - 1);
  }
}

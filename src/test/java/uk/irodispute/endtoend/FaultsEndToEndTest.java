package uk.irodispute.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.irodispute.core.engine.DisputeEvent;
import uk.irodispute.core.engine.EventType;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.polling.SourceHealth;
import uk.irodispute.sandbox.Fault;
import uk.irodispute.sandbox.FaultTarget;
import uk.irodispute.sandbox.NoteRequest;
import uk.irodispute.sandbox.Post;
import uk.irodispute.sandbox.ReceivedMail;
import uk.irodispute.sandbox.SandboxSystem;
import uk.irodispute.sandbox.WrittenBackNote;
import uk.irodispute.store.DisputeEvents;

/**
 * The case system and the mail server misbehave and recover: afterwards every note has been taken
 * exactly once and every note and mail delivered exactly once.
 */
class FaultsEndToEndTest extends SharedSandboxRun {

  @Autowired SourceHealth health;
  @Autowired DisputeEvents events;

  @AfterEach
  void clearFaults() {
    sandbox.clearFaults();
    if (!mail.greenMail().isRunning()) {
      mail.greenMail().start();
    }
  }

  @Test
  void anApiThatFailsSlowsRepeatsAndRateLimitsLosesNothingAndDoublesNothing() {
    SandboxSystem api = SandboxSystem.LCS_API;
    String child = "2002";
    clock.set(Instant.parse("2026-11-09T10:00:00Z"));
    sandbox.record(NoteRequest.in(api, child).action("raise").answer("track", "CP").build());

    sandbox.faults(api).arm(Fault.serverErrors(1));
    poll(api);
    assertThat(disputes.open()).noneMatch(d -> d.subject().personId().equals(child));
    assertThat(health.of(api.id()).orElseThrow().lastReason()).contains("HTTP 500");

    sandbox.faults(api).arm(Fault.malformedBodies(1));
    poll(api);
    assertThat(disputes.open()).noneMatch(d -> d.subject().personId().equals(child));

    sandbox.faults(api).arm(Fault.slow(1, Duration.ofMillis(500)));
    poll(api);
    Dispute dispute = openDisputeOf(api, child);

    clock.set(Instant.parse("2026-11-09T12:00:00Z"));
    sandbox.record(NoteRequest.in(api, child).by(Post.SOCIAL_WORKER).action("respond").build());
    sandbox.faults(api).arm(Fault.duplicateNotes(1));
    poll(api);
    poll(api);

    sandbox.faults(api).arm(Fault.rateLimited(1, Duration.ofSeconds(120)));
    clock.set(Instant.parse("2026-11-09T13:00:00Z"));
    sandbox.record(NoteRequest.in(api, child).action("escalate").build());
    poll(api);
    assertThat(dispute(dispute).currentStageId()).isEqualTo("stage-1");
    poll(api);
    assertThat(dispute(dispute).currentStageId())
        .as("no request while the API asked us to wait")
        .isEqualTo("stage-1");
    clock.set(Instant.parse("2026-11-09T13:03:00Z"));
    poll(api);
    assertThat(dispute(dispute).currentStageId()).isEqualTo("stage-2");

    List<DisputeEvent> history = events.of(dispute.reference());
    assertThat(history).filteredOn(e -> e.type() == EventType.RAISED).hasSize(1);
    assertThat(history).filteredOn(e -> e.type() == EventType.RESPONSE_RECORDED).hasSize(1);
    assertThat(history)
        .filteredOn(e -> e.commandId() != null)
        .extracting(e -> e.commandId() + " " + e.type() + " " + e.stageId())
        .as("each note decided on once")
        .doesNotHaveDuplicates();

    deliver();
    assertDeliveredOnce(api, child, dispute.reference().value());
  }

  @Test
  void writeBacksAndMailsRefusedAtFirstAreDeliveredOnceWhenTheTargetsRecover() {
    SandboxSystem api = SandboxSystem.FWI_API;
    String child = "P300102";
    clock.set(Instant.parse("2026-11-09T10:00:00Z"));
    sandbox.record(NoteRequest.in(api, child).action("raise").build());
    poll(api);
    Dispute dispute = openDisputeOf(api, child);
    String ref = dispute.reference().value();

    sandbox.faults(api).arm(Fault.serverErrors(1).on(FaultTarget.WRITE_BACKS));
    mail.greenMail().stop();
    deliver();
    assertThat(writtenBackAbout(api, child)).isEmpty();

    mail.greenMail().start();
    deliver();
    assertThat(writtenBackAbout(api, child)).as("nothing before the back-off has passed").isEmpty();

    clock.set(Instant.parse("2026-11-09T10:01:00Z"));
    deliver();
    deliver();
    assertThat(writtenBackAbout(api, child)).hasSize(1);
    assertThat(mailsAbout(ref)).hasSize(1);
    assertDeliveredOnce(api, child, ref);
  }

  private void assertDeliveredOnce(SandboxSystem system, String child, String ref) {
    assertThat(writtenBackAbout(system, child)).isNotEmpty();
    assertThat(writtenBackAbout(system, child))
        .extracting(WrittenBackNote::key)
        .doesNotHaveDuplicates();
    List<ReceivedMail> mails = mailsAbout(ref);
    assertThat(mails).isNotEmpty();
    assertThat(mails).extracting(m -> m.subject() + m.to()).doesNotHaveDuplicates();
  }
}

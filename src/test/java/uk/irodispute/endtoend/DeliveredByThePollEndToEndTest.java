package uk.irodispute.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.sandbox.NoteRequest;
import uk.irodispute.sandbox.SandboxSystem;
import uk.irodispute.store.Outbox;
import uk.irodispute.store.OutboxStatus;

/**
 * With {@code iro.outbox.after-poll} on (the default; the other tests turn it off and deliver
 * themselves), a poll run delivers what its notes caused as it ends: the query note is written back
 * and the alert mailed with no run of the outbox schedule.
 */
class DeliveredByThePollEndToEndTest extends SandboxRun {

  private static final int OWN_HTTP_PORT = freePort();
  private static final int OWN_SMTP_PORT = freePort();

  @Autowired Outbox outbox;

  @DynamicPropertySource
  static void drainedByThePoll(DynamicPropertyRegistry registry) {
    registry.add("iro.outbox.after-poll", () -> "true");
    registry.add(
        "LCS_REPORTING_JDBC_URL", () -> "jdbc:h2:mem:after-poll-reporting;DB_CLOSE_DELAY=-1");
    registry.add("server.port", () -> OWN_HTTP_PORT);
    registry.add("iro.sandbox.smtp.port", () -> OWN_SMTP_PORT);
    registry.add("iro.mail.port", () -> OWN_SMTP_PORT);
  }

  @Test
  void aPollRunDeliversWhatItsNotesCausedAsItEnds() {
    clock.set(Instant.parse("2026-11-02T10:00:00Z"));
    sandbox.record(
        NoteRequest.in(SandboxSystem.LCS_API, "2002")
            .action("raise")
            .answer("track", "CP")
            .build());

    poll(SandboxSystem.LCS_API);

    Dispute dispute = openDisputeOf(SandboxSystem.LCS_API, "2002");
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              assertThat(writtenBackAbout(SandboxSystem.LCS_API, "2002")).hasSize(1);
              assertThat(mailsAbout(dispute.reference().value())).isNotEmpty();
              Map<OutboxStatus, Long> counts = outbox.counts();
              assertThat(counts.getOrDefault(OutboxStatus.PENDING, 0L)).isZero();
              assertThat(counts.getOrDefault(OutboxStatus.IN_FLIGHT, 0L)).isZero();
            });
  }
}

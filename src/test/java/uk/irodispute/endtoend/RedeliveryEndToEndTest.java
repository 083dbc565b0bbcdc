package uk.irodispute.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.irodispute.sandbox.Fault;
import uk.irodispute.sandbox.FaultTarget;
import uk.irodispute.sandbox.NoteRequest;
import uk.irodispute.sandbox.SandboxMailServer;
import uk.irodispute.sandbox.SandboxSystem;
import uk.irodispute.sandbox.WrittenBackNote;

/**
 * Deliveries sent again: a node that sent its items and stopped before recording them leaves them
 * to be claimed again after their lease, and every kind of target keeps one copy by the key; a
 * write-back answered 429 is not tried again before its Retry-After. In a context of its own (its
 * own ports and reporting database), so no other test's disputes about the same children share its
 * outbox.
 */
class RedeliveryEndToEndTest extends SandboxRun {

  private static final int OWN_HTTP_PORT = freePort();
  private static final int OWN_SMTP_PORT = freePort();

  @DynamicPropertySource
  static void ownPorts(DynamicPropertyRegistry registry) {
    ownContext(registry, "redelivery-test", OWN_HTTP_PORT, OWN_SMTP_PORT);
  }

  @Autowired NamedParameterJdbcTemplate jdbc;

  @AfterEach
  void clearFaults() {
    sandbox.clearFaults();
  }

  @Test
  void itemsSentByANodeThatStoppedBeforeRecordingThemAreSentAgainAndKeptOnceByEveryTarget() {
    clock.set(Instant.parse("2026-11-16T10:00:00Z"));
    sandbox.record(
        NoteRequest.in(SandboxSystem.LCS_API, "2004")
            .action("raise")
            .answer("track", "CP")
            .build());
    sandbox.record(NoteRequest.in(SandboxSystem.FWI_API, "P300103").action("raise").build());
    sandbox.record(
        NoteRequest.in(SandboxSystem.LCS_REPORTING, "1002")
            .action("raise")
            .answer("track", "CP")
            .build());
    pollAndDeliver(SandboxSystem.LCS_API);
    pollAndDeliver(SandboxSystem.FWI_API);
    pollAndDeliver(SandboxSystem.LCS_REPORTING);
    List<String> refs =
        List.of(
            ref(SandboxSystem.LCS_API, "2004"),
            ref(SandboxSystem.FWI_API, "P300103"),
            ref(SandboxSystem.LCS_REPORTING, "1002"));
    assertThat(statuses(refs)).containsOnly("DELIVERED");
    Map<SandboxSystem, Integer> notesBefore =
        Map.of(
            SandboxSystem.LCS_API, writtenBackAbout(SandboxSystem.LCS_API, "2004").size(),
            SandboxSystem.FWI_API, writtenBackAbout(SandboxSystem.FWI_API, "P300103").size(),
            SandboxSystem.LCS_REPORTING,
                writtenBackAbout(SandboxSystem.LCS_REPORTING, "1002").size());
    assertThat(notesBefore.values())
        .as("each child has its query note, beside any other test's in this shared context")
        .allMatch(n -> n >= 1);
    int lcsRepeats = sandbox.repeatedWriteBacks(SandboxSystem.LCS_API);
    int fwiRepeats = sandbox.repeatedWriteBacks(SandboxSystem.FWI_API);
    Set<String> mailKeys = keys(refs, "MAIL");
    int mailsBefore = mailsWithKeyIn(mailKeys);

    Map<Long, Integer> attemptsBefore = attempts(refs);
    Map<Long, String> errorsBefore = lastErrors(refs);
    int lost =
        jdbc.update(
            "UPDATE outbox SET status = 'IN_FLIGHT', claimed_until = :past, delivered_at = NULL"
                + " WHERE reference IN (:refs)",
            new MapSqlParameterSource("refs", refs)
                .addValue("past", clock.instant().minusSeconds(1).atOffset(ZoneOffset.UTC)));
    deliver();

    assertThat(statuses(refs)).hasSize(lost).containsOnly("DELIVERED");
    Map<Long, Integer> attemptsAfter = attempts(refs);
    assertThat(attemptsAfter.keySet()).isEqualTo(attemptsBefore.keySet());
    attemptsBefore.forEach(
        (id, before) ->
            assertThat(attemptsAfter.get(id))
                .as("item %d sent once more", id)
                .isEqualTo(before + 1));
    assertThat(lastErrors(refs))
        .as("the integration table's unique-key refusal is no failure")
        .isEqualTo(errorsBefore);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM dead_letters WHERE reference IN (:refs)",
                Map.of("refs", refs),
                Integer.class))
        .isZero();
    assertThat(writtenBackAbout(SandboxSystem.LCS_API, "2004"))
        .hasSize(notesBefore.get(SandboxSystem.LCS_API));
    assertThat(writtenBackAbout(SandboxSystem.FWI_API, "P300103"))
        .hasSize(notesBefore.get(SandboxSystem.FWI_API));
    assertThat(writtenBackAbout(SandboxSystem.LCS_REPORTING, "1002"))
        .hasSize(notesBefore.get(SandboxSystem.LCS_REPORTING));
    assertThat(sandbox.repeatedWriteBacks(SandboxSystem.LCS_API))
        .as("the JSON API was sent its note again and kept one")
        .isEqualTo(lcsRepeats + 1);
    assertThat(sandbox.repeatedWriteBacks(SandboxSystem.FWI_API)).isEqualTo(fwiRepeats + 1);
    assertThat(mailsWithKeyIn(mailKeys)).as("every mail sent again").isEqualTo(2 * mailsBefore);
    assertThat(mail.receivedMails())
        .filteredOn(m -> mailKeys.contains(m.key()))
        .as("and listed once")
        .hasSize(mailKeys.size());
  }

  @Test
  void aWriteBackAnsweredTooManyRequestsWaitsForItsRetryAfterWhileMailsGoOn() {
    SandboxSystem api = SandboxSystem.LCS_API;
    clock.set(Instant.parse("2026-11-17T10:00:00Z"));
    sandbox.record(NoteRequest.in(api, "2003").action("raise").answer("track", "LAC").build());
    sandbox
        .faults(api)
        .arm(Fault.rateLimited(1, Duration.ofMinutes(5)).on(FaultTarget.WRITE_BACKS));

    pollAndDeliver(api);
    String ref = ref(api, "2003");
    assertThat(writtenBackAbout(api, "2003")).isEmpty();
    assertThat(mailsAbout(ref))
        .as("the mail channel does not wait for the case system")
        .isNotEmpty();

    clock.advance(Duration.ofMinutes(2));
    deliver();
    assertThat(writtenBackAbout(api, "2003"))
        .as("the back-off has passed, the Retry-After has not")
        .isEmpty();

    clock.advance(Duration.ofMinutes(3));
    deliver();
    assertThat(writtenBackAbout(api, "2003"))
        .extracting(WrittenBackNote::key)
        .singleElement()
        .asString()
        .startsWith(ref + "/");
  }

  private String ref(SandboxSystem system, String child) {
    return openDisputeOf(system, child).reference().value();
  }

  private List<String> statuses(List<String> refs) {
    return jdbc.queryForList(
        "SELECT status FROM outbox WHERE reference IN (:refs)", Map.of("refs", refs), String.class);
  }

  private Set<String> keys(List<String> refs, String channel) {
    return Set.copyOf(
        jdbc.queryForList(
            "SELECT idempotency_key FROM outbox WHERE reference IN (:refs) AND channel = :channel",
            Map.of("refs", refs, "channel", channel),
            String.class));
  }

  /** Mails GreenMail took with one of the keys, every copy counted (one per recipient). */
  private int mailsWithKeyIn(Set<String> keys) {
    return (int)
        Arrays.stream(mail.greenMail().getReceivedMessages())
            .map(
                m -> {
                  try {
                    return m.getHeader(SandboxMailServer.KEY_HEADER, null);
                  } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                  }
                })
            .filter(keys::contains)
            .count();
  }

  private Map<Long, Integer> attempts(List<String> refs) {
    Map<Long, Integer> attempts = new java.util.HashMap<>();
    jdbc.query(
        "SELECT id, attempts FROM outbox WHERE reference IN (:refs)",
        Map.of("refs", refs),
        rs -> {
          attempts.put(rs.getLong("id"), rs.getInt("attempts"));
        });
    return attempts;
  }

  /** Each item's last error, where it has one (other tests in this context may have left some). */
  private Map<Long, String> lastErrors(List<String> refs) {
    Map<Long, String> errors = new java.util.HashMap<>();
    jdbc.query(
        "SELECT id, last_error FROM outbox WHERE reference IN (:refs) AND last_error IS NOT NULL",
        Map.of("refs", refs),
        rs -> {
          errors.put(rs.getLong("id"), rs.getString("last_error"));
        });
    return errors;
  }
}

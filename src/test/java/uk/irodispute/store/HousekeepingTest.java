package uk.irodispute.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import uk.irodispute.testing.MutableClock;

/**
 * Housekeeping on a clock the test moves: each kind of record goes once past its retention and not
 * before, what is still needed stays (disputes, events, pending deliveries, open dead letters, the
 * records of notes about a dispute), and a note's record stays until the watermark is past it.
 */
class HousekeepingTest {

  static final Instant START = Instant.parse("2026-11-04T10:00:00Z");

  private MutableClock clock;
  private TestStore store;

  @BeforeEach
  void store() {
    clock = new MutableClock(START);
    store = TestStore.h2(clock);
  }

  /**
   * Issue 18, finding 6: "Disputes, events and staff names and addresses are never purged". A
   * closed dispute goes with them after its retention; an open one stays however old.
   */
  @Test
  void aClosedDisputeGoesWithItsEventsStaffAndDeliveriesAfterItsRetention() {
    store.intake.take(TestNotes.raise("N-1", "1", START));
    store.intake.take(
        TestNotes.note(
            "N-2", "1", "IRO-SATISFIED", START, Map.of(), TestNotes.IRO, TestNotes.PERSON));
    store.intake.take(
        TestNotes.note(
            "N-3",
            "1",
            "IRO-DISPUTE",
            START,
            Map.of("protocol", "day-range-lac-cp", "track", "CP"),
            TestNotes.IRO,
            "PERSON-2002"));
    assertThat(store.jdbc.queryForList("SELECT status FROM disputes", Map.of(), String.class))
        .containsExactlyInAnyOrder("RESOLVED", "OPEN");
    int openDisputesEvents =
        store.jdbc.queryForObject(
            "SELECT COUNT(*) FROM dispute_events e JOIN disputes d ON d.reference = e.reference"
                + " WHERE d.status = 'OPEN'",
            Map.of(),
            Integer.class);

    clock.advance(Duration.ofDays(1095));
    deliverAllDue();
    assertThat(store.housekeeping.run().closedDisputes()).isZero();
    clock.advance(Duration.ofDays(2));
    Housekeeping.Removed removed = store.housekeeping.run();

    assertThat(removed.closedDisputes()).isEqualTo(1);
    assertThat(store.jdbc.queryForList("SELECT status FROM disputes", Map.of(), String.class))
        .containsExactly("OPEN");
    assertThat(store.count("dispute_events")).isEqualTo(openDisputesEvents);
    assertThat(
            store.jdbc.queryForObject(
                "SELECT COUNT(*) FROM case_contacts c WHERE NOT EXISTS"
                    + " (SELECT 1 FROM disputes d WHERE d.reference = c.reference)",
                Map.of(),
                Integer.class))
        .isZero();
  }

  @Test
  void deliveredItemsGoAfterTheirRetentionAndPendingOnesStay() {
    store.intake.take(TestNotes.raise("N-1", "1", START));
    List<OutboxItem> items = store.outbox.claimDue(100);
    assertThat(items).hasSizeGreaterThanOrEqualTo(2);
    store.outbox.delivered(items.get(0).id());
    store.outbox.failed(items.get(1).id(), "HTTP 503");
    int queued = store.count("outbox");

    clock.advance(Duration.ofDays(89));
    assertThat(store.housekeeping.run().deliveredOutbox()).isZero();
    clock.advance(Duration.ofDays(2));
    Housekeeping.Removed removed = store.housekeeping.run();

    assertThat(removed.deliveredOutbox()).isEqualTo(1);
    assertThat(store.count("outbox")).isEqualTo(queued - 1);
    assertThat(statusOf(items.get(1).id())).isEqualTo("PENDING");
    assertThat(store.count("disputes")).isEqualTo(1);
    assertThat(store.count("dispute_events")).isPositive();
  }

  @Test
  void aDeliveredItemADeadLetterStillNamesStaysUntilTheDeadLetterGoes() {
    store.intake.take(TestNotes.raise("N-1", "1", START));
    OutboxItem item = store.outbox.claimDue(1).get(0);
    store.deadLetters.recordDelivery(item.id(), null, TestNotes.SYSTEM, "failed after 10 attempts");
    resolveDeadLetters("REPLAYED", START);
    store.outbox.delivered(item.id());

    clock.advance(Duration.ofDays(100));
    assertThat(store.housekeeping.run().deliveredOutbox()).isZero();
    assertThat(statusOf(item.id())).isEqualTo("DELIVERED");

    clock.advance(Duration.ofDays(301));
    Housekeeping.Removed removed = store.housekeeping.run();
    assertThat(removed.resolvedDeadLetters()).isEqualTo(1);
    assertThat(removed.deliveredOutbox()).isEqualTo(1);
    assertThat(store.count("dead_letter_actions")).isZero();
  }

  @Test
  void resolvedDeadLettersGoWithTheirActionsAndOpenOnesStay() {
    store.deadLetters.recordNote(
        TestNotes.SYSTEM, "N-9", "1", DeadLetterReason.UNREADABLE_NOTE, "no value for 'noteId'");
    resolveDeadLetters("DISCARDED", START);
    store.deadLetters.recordNote(
        TestNotes.SYSTEM, "N-10", "1", DeadLetterReason.UNREADABLE_NOTE, "no value for 'noteId'");

    clock.advance(Duration.ofDays(399));
    assertThat(store.housekeeping.run().resolvedDeadLetters()).isZero();
    clock.advance(Duration.ofDays(2));
    assertThat(store.housekeeping.run().resolvedDeadLetters()).isEqualTo(1);

    assertThat(store.deadLetters.inStatus(DeadLetter.Status.OPEN))
        .extracting(DeadLetter::noteId)
        .containsExactly("N-10");
    assertThat(store.count("dead_letter_actions")).isZero();
  }

  @Test
  void aNoteRecordGoesOnlyOnceOlderThanItsRetentionAndBehindTheWatermark() {
    store.intake.take(TestNotes.draftRaise("N-1", "1", START));
    store.intake.take(TestNotes.raise("N-2", "1", START));
    assertThat(store.count("processed_notes")).isEqualTo(2);

    clock.advance(Duration.ofDays(401));
    assertThat(store.housekeeping.run().processedNotes())
        .as("no watermark stored: the source may read the note again")
        .isZero();
    store.watermarks.advance(TestNotes.SYSTEM, new Watermark(START.plusSeconds(3600), "N-2", null));
    assertThat(store.housekeeping.run().processedNotes())
        .as("the watermark is not a day past the note yet")
        .isZero();
    store.watermarks.advance(
        TestNotes.SYSTEM, new Watermark(START.plus(Duration.ofDays(2)), "N-7", null));

    assertThat(store.housekeeping.run().processedNotes()).isEqualTo(1);
    assertThat(
            store.jdbc.queryForList("SELECT note_id FROM processed_notes", Map.of(), String.class))
        .as("the record of the note that raised a dispute is kept with it")
        .containsExactly("N-2");
    assertThat(store.intake.take(TestNotes.raise("N-2", "2", clock.instant())).outcome())
        .as("an edit of the note that raised the dispute is still recognised")
        .isEqualTo(NoteOutcome.IGNORED);
  }

  @Test
  void aNoteRecordYoungerThanItsRetentionStaysWhateverTheWatermark() {
    store.intake.take(TestNotes.draftRaise("N-1", "1", START));
    store.watermarks.advance(
        TestNotes.SYSTEM, new Watermark(START.plus(Duration.ofDays(300)), "N-8", null));

    clock.advance(Duration.ofDays(399));

    assertThat(store.housekeeping.run().processedNotes()).isZero();
    assertThat(store.count("processed_notes")).isEqualTo(1);
  }

  private void deliverAllDue() {
    for (List<OutboxItem> due = store.outbox.claimDue(100);
        !due.isEmpty();
        due = store.outbox.claimDue(100)) {
      due.forEach(i -> store.outbox.delivered(i.id()));
    }
  }

  private String statusOf(long outboxId) {
    return store.jdbc.queryForObject(
        "SELECT status FROM outbox WHERE id = :id", Map.of("id", outboxId), String.class);
  }

  /** As operations' replay or discard would leave them: resolved, with the action recorded. */
  private void resolveDeadLetters(String status, Instant at) {
    var values =
        new MapSqlParameterSource("status", status)
            .addValue("at", Times.column(at))
            .addValue("action", status.equals("REPLAYED") ? "REPLAY" : "DISCARD");
    store.jdbc.update(
        "INSERT INTO dead_letter_actions (dead_letter_id, action, actor, reason, acted_at)"
            + " SELECT id, :action, 'ops@council.example', 'invented', :at FROM dead_letters"
            + " WHERE status = 'OPEN'",
        values);
    store.jdbc.update(
        "UPDATE dead_letters SET status = :status, resolved_at = :at WHERE status = 'OPEN'",
        values);
  }
}

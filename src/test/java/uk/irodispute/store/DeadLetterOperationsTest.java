package uk.irodispute.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.irodispute.application.DeadLetterOperations;
import uk.irodispute.application.DeadLetterRefusal;
import uk.irodispute.testing.MutableClock;

/**
 * Operations on dead letters, on H2: list by filter, replay a delivery (its item queued again) or a
 * note (its system read again from the note's time), replay many, discard with a reason; each
 * action logged with who and when, and nothing deleted.
 */
class DeadLetterOperationsTest {

  static final Instant NOW = Instant.parse("2026-11-04T10:00:00Z");
  static final Instant NOTE_MODIFIED = Instant.parse("2026-11-04T09:15:00Z");

  /** One attempt, so a failure makes a dead letter at once. */
  private static final OutboxProperties ONE_ATTEMPT =
      new OutboxProperties(
          1, Duration.ofMinutes(5), Duration.ofSeconds(30), 2, Duration.ofHours(1), 0);

  private final MutableClock clock = new MutableClock(NOW);
  private final TestStore store = TestStore.h2(clock, ONE_ATTEMPT);
  private final DeadLetterOperations operations = store.deadLetterOperations;

  @Test
  void lettersAreListedByAnyMixOfSystemDisputeReasonStatusAndKind() {
    long delivery = deadDelivery("K-1", "DRP-2026-000001", "lcs-api");
    deadDelivery("K-2", "DRP-2026-000002", "fwi-api");
    store.deadLetters.recordNote(
        "lcs-api", "N-7", "2", NOTE_MODIFIED, DeadLetterReason.UNREADABLE_NOTE, "no personId");

    assertThat(operations.list(DeadLetterFilter.ALL)).hasSize(3);
    assertThat(operations.list(filter("lcs-api", null, null, null, null)))
        .extracting(DeadLetter::kind)
        .containsExactly(DeadLetter.Kind.DELIVERY, DeadLetter.Kind.NOTE);
    assertThat(operations.list(filter(null, "DRP-2026-000001", null, null, null)))
        .extracting(DeadLetter::outboxId)
        .containsExactly(delivery);
    assertThat(operations.list(filter(null, null, "UNREADABLE_NOTE", null, null)))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.noteId()).isEqualTo("N-7");
              assertThat(d.noteModifiedAt()).isEqualTo(NOTE_MODIFIED);
            });
    assertThat(operations.list(filter("fwi-api", null, null, null, DeadLetter.Kind.DELIVERY)))
        .hasSize(1);
    assertThat(operations.list(filter(null, null, null, DeadLetter.Status.DISCARDED, null)))
        .isEmpty();
  }

  @Test
  void replayingADeliveryQueuesItsItemAgainWithItsAttemptsAfreshAndLogsWhoAndWhen() {
    long item = deadDelivery("K-1", "DRP-2026-000001", "lcs-api");
    DeadLetter letter = onlyOpen();
    clock.advance(Duration.ofMinutes(3));

    DeadLetter replayed = operations.replay(letter.id(), " ops.alex ", "the API is back");

    assertThat(replayed.status()).isEqualTo(DeadLetter.Status.REPLAYED);
    assertThat(replayed.resolvedAt()).isEqualTo(clock.instant());
    assertThat(operations.actions(letter.id()))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.action()).isEqualTo(DeadLetterAction.Kind.REPLAY);
              assertThat(a.actor()).isEqualTo("ops.alex");
              assertThat(a.reason()).isEqualTo("the API is back");
              assertThat(a.actedAt()).isEqualTo(clock.instant());
            });
    assertThat(store.outbox.claimDue(10))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.id()).isEqualTo(item);
              assertThat(i.attempts()).isEqualTo(1);
            });
  }

  @Test
  void aDeliveryThatFailsAgainAfterItsReplayIsANewLetter() {
    long item = deadDelivery("K-1", "DRP-2026-000001", "lcs-api");
    long first = onlyOpen().id();
    operations.replay(first, "ops.alex", null);

    store.outbox.failed(store.outbox.claimDue(10).get(0).id(), "HTTP 500");

    assertThat(operations.list(DeadLetterFilter.ALL))
        .extracting(DeadLetter::id, DeadLetter::outboxId, DeadLetter::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(first, item, DeadLetter.Status.REPLAYED),
            org.assertj.core.groups.Tuple.tuple(first + 1, item, DeadLetter.Status.OPEN));
  }

  @Test
  void replayingANoteMovesItsSystemsWatermarkBackToTheNote() {
    store.watermarks.advance("lcs-api", new Watermark(NOW, "N-9", "cursor-4"));
    store.deadLetters.recordNote(
        "lcs-api", "N-7", "2", NOTE_MODIFIED, DeadLetterReason.UNREADABLE_NOTE, "no personId");

    operations.replay(onlyOpen().id(), "ops.alex", null);

    assertThat(store.watermarks.get("lcs-api")).isEqualTo(new Watermark(NOTE_MODIFIED, null, null));
    assertThat(operations.list(filter(null, null, null, DeadLetter.Status.REPLAYED, null)))
        .hasSize(1);
  }

  @Test
  void aNoteWhoseTimeIsNotKnownIsNotReplayedAndStaysOpen() {
    store.watermarks.advance("lcs-api", new Watermark(NOW, "N-9", null));
    store.deadLetters.recordNote(
        "lcs-api", "position 3", null, DeadLetterReason.UNREADABLE_NOTE, "no id");
    long id = onlyOpen().id();

    assertThatThrownBy(() -> operations.replay(id, "ops.alex", null))
        .isInstanceOfSatisfying(
            DeadLetterRefusal.class,
            r -> assertThat(r.why()).isEqualTo(DeadLetterRefusal.Why.NOT_REPLAYABLE))
        .hasMessageContaining("modification time could not be read");

    assertThat(onlyOpen().id()).isEqualTo(id);
    assertThat(operations.actions(id)).isEmpty();
    assertThat(store.watermarks.get("lcs-api")).isEqualTo(new Watermark(NOW, "N-9", null));
  }

  @Test
  void replayingEveryMatchingLetterReplaysWhatItCanAndSaysWhyNotForTheRest() {
    long lcsItem = deadDelivery("K-1", "DRP-2026-000001", "lcs-api");
    deadDelivery("K-2", "DRP-2026-000002", "fwi-api");
    store.deadLetters.recordNote(
        "lcs-api", "position 3", null, DeadLetterReason.UNREADABLE_NOTE, "no id");
    List<DeadLetter> lcs = operations.list(filter("lcs-api", null, null, null, null));

    DeadLetterOperations.ReplayReport report =
        operations.replayAll(filter("lcs-api", null, null, null, null), "ops.alex", null);

    assertThat(report.replayed()).containsExactly(lcs.get(0).id());
    assertThat(report.refused())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.id()).isEqualTo(lcs.get(1).id());
              assertThat(r.reason()).contains("modification time could not be read");
            });
    assertThat(store.outbox.claimDue(10)).extracting(OutboxItem::id).containsExactly(lcsItem);
    assertThat(operations.list(filter("fwi-api", null, null, DeadLetter.Status.OPEN, null)))
        .as("another system's letter left alone")
        .hasSize(1);
  }

  @Test
  void discardingNeedsAReasonKeepsTheLetterAndLogsIt() {
    long item = deadDelivery("K-1", "DRP-2026-000001", "lcs-api");
    long id = onlyOpen().id();

    assertThatThrownBy(() -> operations.discard(id, "ops.alex", " "))
        .isInstanceOfSatisfying(
            DeadLetterRefusal.class,
            r -> {
              assertThat(r.why()).isEqualTo(DeadLetterRefusal.Why.INCOMPLETE);
              assertThat(r.field()).isEqualTo("reason");
            });
    DeadLetter discarded = operations.discard(id, "ops.sam", "written into the case by hand");

    assertThat(discarded.status()).isEqualTo(DeadLetter.Status.DISCARDED);
    assertThat(operations.list(DeadLetterFilter.ALL)).hasSize(1);
    assertThat(operations.actions(id))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.action()).isEqualTo(DeadLetterAction.Kind.DISCARD);
              assertThat(a.actor()).isEqualTo("ops.sam");
              assertThat(a.reason()).isEqualTo("written into the case by hand");
            });
    assertThat(status(item)).as("the item stays dead").isEqualTo("DEAD");
    assertThatThrownBy(() -> operations.replay(id, "ops.alex", null))
        .isInstanceOfSatisfying(
            DeadLetterRefusal.class,
            r -> assertThat(r.why()).isEqualTo(DeadLetterRefusal.Why.NOT_OPEN))
        .hasMessageContaining("DISCARDED");
  }

  @Test
  void aDiscardedNoteReadAgainUnchangedIsNotRecordedAgainButAChangedOneIs() {
    store.deadLetters.recordNote(
        "lcs-api", "N-7", null, NOTE_MODIFIED, DeadLetterReason.UNREADABLE_NOTE, "no personId");
    operations.discard(onlyOpen().id(), "ops.sam", "a test note, deleted in the case system");

    assertThat(
            store.deadLetters.recordNote(
                "lcs-api",
                "N-7",
                null,
                NOTE_MODIFIED,
                DeadLetterReason.UNREADABLE_NOTE,
                "no personId"))
        .as("the same note read again at the next poll")
        .isFalse();
    assertThat(
            store.deadLetters.recordNote(
                "lcs-api",
                "N-7",
                null,
                NOTE_MODIFIED.plusSeconds(60),
                DeadLetterReason.UNREADABLE_NOTE,
                "no personId"))
        .as("edited since, and still unreadable")
        .isTrue();
  }

  @Test
  void aNoteThatFailsAgainAfterItsReplayIsANewLetter() {
    store.deadLetters.recordNote(
        "lcs-api", "N-7", null, NOTE_MODIFIED, DeadLetterReason.UNREADABLE_NOTE, "no personId");
    operations.replay(onlyOpen().id(), "ops.alex", null);

    assertThat(
            store.deadLetters.recordNote(
                "lcs-api",
                "N-7",
                null,
                NOTE_MODIFIED,
                DeadLetterReason.UNREADABLE_NOTE,
                "no personId"))
        .isTrue();
  }

  @Test
  void everyActionNamesItsOperatorAndAnUnknownLetterIsSaidToBeUnknown() {
    deadDelivery("K-1", "DRP-2026-000001", "lcs-api");
    long id = onlyOpen().id();

    assertThatThrownBy(() -> operations.replay(id, null, null))
        .isInstanceOfSatisfying(
            DeadLetterRefusal.class, r -> assertThat(r.field()).isEqualTo("actor"));
    assertThatThrownBy(() -> operations.discard(id, "", "duplicate"))
        .isInstanceOfSatisfying(
            DeadLetterRefusal.class, r -> assertThat(r.field()).isEqualTo("actor"));
    assertThatThrownBy(() -> operations.replay(id + 100, "ops.alex", null))
        .isInstanceOfSatisfying(
            DeadLetterRefusal.class,
            r -> assertThat(r.why()).isEqualTo(DeadLetterRefusal.Why.UNKNOWN));
    assertThat(onlyOpen().id()).isEqualTo(id);
  }

  @Test
  void aDeliveryWhoseItemWasQueuedAgainAnotherWayIsNotReplayedTwice() {
    long item = deadDelivery("K-1", "DRP-2026-000001", "lcs-api");
    long id = onlyOpen().id();
    store.outbox.replay(item);

    assertThatThrownBy(() -> operations.replay(id, "ops.alex", null))
        .isInstanceOfSatisfying(
            DeadLetterRefusal.class,
            r -> assertThat(r.why()).isEqualTo(DeadLetterRefusal.Why.NOT_REPLAYABLE));
    assertThat(onlyOpen().id()).as("left open, nothing half done").isEqualTo(id);
    assertThat(operations.actions(id)).isEmpty();
  }

  /** Queues a delivery and fails its only attempt: a dead item and an open dead letter. */
  private long deadDelivery(String key, String reference, String system) {
    store.inTransaction(
        () -> store.outbox.add(OutboxTest.mailFrom(key, reference, system), clock.instant()));
    long id =
        store.outbox.claimDue(10).stream()
            .filter(i -> i.idempotencyKey().equals(key))
            .findFirst()
            .orElseThrow()
            .id();
    store.outbox.failed(id, "HTTP 500");
    return id;
  }

  private DeadLetter onlyOpen() {
    List<DeadLetter> open = store.deadLetters.inStatus(DeadLetter.Status.OPEN);
    assertThat(open).hasSize(1);
    return open.get(0);
  }

  private String status(long id) {
    return store
        .jdbc
        .getJdbcTemplate()
        .queryForObject("SELECT status FROM outbox WHERE id = ?", String.class, id);
  }

  private static DeadLetterFilter filter(
      String system,
      String reference,
      String reasonCode,
      DeadLetter.Status status,
      DeadLetter.Kind kind) {
    return new DeadLetterFilter(system, reference, reasonCode, status, kind);
  }
}

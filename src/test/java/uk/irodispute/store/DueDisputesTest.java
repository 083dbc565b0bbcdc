package uk.irodispute.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import uk.irodispute.core.engine.DisputeEvent;
import uk.irodispute.core.engine.EventType;
import uk.irodispute.core.model.DisputeReference;
import uk.irodispute.testing.MutableClock;

/**
 * Disputes whose due time has passed are ticked once. The day-range protocol's child protection
 * stage 1, raised on Wednesday 4 November 2026, is due at 17:00 on Thursday 5 November and
 * escalates to stage 2 when it passes.
 */
class DueDisputesTest {

  static final Instant RAISED = Instant.parse("2026-11-04T10:00:00Z");
  static final Instant STAGE_1_DUE = Instant.parse("2026-11-05T17:00:00Z");
  static final DisputeReference FIRST = new DisputeReference("DRP-2026-000001");

  private final MutableClock clock = new MutableClock(RAISED);
  private final TestStore store = TestStore.h2(clock);

  @Test
  void nothingIsTickedBeforeItIsDue() {
    store.intake.take(TestNotes.raise("N-1", "1", RAISED));
    int events = store.count("dispute_events");
    clock.set(STAGE_1_DUE.minusSeconds(1));

    assertThat(store.due.tickDue(10)).isZero();

    assertThat(store.count("dispute_events")).isEqualTo(events);
  }

  @Test
  void aRunTakesBatchesUntilABatchLeavesNothingDue() {
    for (int i = 1; i <= 5; i++) {
      store.intake.take(TestNotes.raise("N-" + i, Integer.toString(i), RAISED));
    }
    clock.set(STAGE_1_DUE);

    assertThat(store.due.tickAllDue(2, 10)).isEqualTo(5);

    assertThat(store.due.tickDue(10)).isZero();
  }

  @Test
  void aRunStopsAfterItsMostBatches() {
    for (int i = 1; i <= 5; i++) {
      store.intake.take(TestNotes.raise("N-" + i, Integer.toString(i), RAISED));
    }
    clock.set(STAGE_1_DUE);

    assertThat(store.due.tickAllDue(2, 2)).isEqualTo(4);

    assertThat(store.due.tickDue(10)).isEqualTo(1);
  }

  @Test
  void aBreachedDisputeMovesOnAndItsDeliveriesAreQueuedOnceWhenTickedTwice() {
    store.intake.take(TestNotes.raise("N-1", "1", RAISED));
    int outboxAfterRaise = store.count("outbox");
    clock.set(STAGE_1_DUE);

    assertThat(store.due.tickDue(10)).isEqualTo(1);

    assertThat(store.disputes.find(FIRST).orElseThrow().currentStageId()).isEqualTo("stage-2");
    List<DisputeEvent> events = store.events.of(FIRST);
    assertThat(events)
        .extracting(DisputeEvent::type)
        .contains(EventType.STAGE_BREACHED, EventType.ESCALATED);
    int outboxAfterTick = store.count("outbox");
    assertThat(outboxAfterTick).isGreaterThan(outboxAfterRaise);
    assertThat(
            store
                .jdbc
                .getJdbcTemplate()
                .queryForObject("SELECT next_due_at FROM disputes", OffsetDateTime.class)
                .toInstant())
        .isEqualTo(Instant.parse("2026-11-09T17:00:00Z"));

    assertThat(store.due.tickDue(10)).isZero();

    assertThat(store.events.of(FIRST)).isEqualTo(events);
    assertThat(store.count("outbox")).isEqualTo(outboxAfterTick);
  }

  @Test
  void twoNodesTickingAtOnceFireTheDueTimeOnce() throws Exception {
    store.intake.take(TestNotes.raise("N-1", "1", RAISED));
    TestStore alone = TestStore.h2(new MutableClock(RAISED));
    alone.intake.take(TestNotes.raise("N-1", "1", RAISED));
    alone.clock.set(STAGE_1_DUE);
    alone.due.tickDue(10);
    clock.set(STAGE_1_DUE);

    AtomicReference<Thread> second = new AtomicReference<>();
    CountDownLatch firstIsPlanning = new CountDownLatch(1);
    AtomicBoolean held = new AtomicBoolean();
    store.planner.beforePlanning =
        () -> {
          if (held.compareAndSet(false, true)) {
            firstIsPlanning.countDown();
            await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> second.get() != null && waitsForALock(second.get()));
          }
        };
    CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> store.due.tickDue(10));
    assertThat(firstIsPlanning.await(10, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<Integer> other = new CompletableFuture<>();
    Thread otherNode =
        new Thread(
            () -> {
              try {
                other.complete(store.due.tickDue(10));
              } catch (RuntimeException e) {
                other.completeExceptionally(e);
              }
            },
            "other-node");
    second.set(otherNode);
    otherNode.start();

    assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(1);
    assertThat(other.get(30, TimeUnit.SECONDS)).isZero();
    assertThat(store.count("dispute_events")).isEqualTo(alone.count("dispute_events"));
    assertThat(store.count("outbox")).isEqualTo(alone.count("outbox"));
    assertThat(
            store
                .jdbc
                .getJdbcTemplate()
                .queryForObject("SELECT row_version FROM disputes", Long.class))
        .isEqualTo(2L);
  }

  @Test
  void aDisputeThatCannotBeTickedDoesNotHoldUpTheOthers() {
    store.intake.take(TestNotes.raise("N-1", "1", RAISED));
    store
        .jdbc
        .getJdbcTemplate()
        .update(
            "INSERT INTO disputes (reference, system_id, person_id, protocol_id,"
                + " current_stage_id, status, raised_at, next_due_at, state, row_version,"
                + " updated_at) VALUES ('DRP-2026-000099', 'test-lcs', 'PERSON-2002',"
                + " 'day-range-lac-cp', 'stage-1', 'OPEN', ?, ?, '{}', 1, ?)",
            Times.column(RAISED),
            Times.column(RAISED),
            Times.column(RAISED));
    clock.set(STAGE_1_DUE);

    assertThat(store.due.tickDue(10)).isEqualTo(1);

    assertThat(store.disputes.find(FIRST).orElseThrow().currentStageId()).isEqualTo("stage-2");
  }

  private static boolean waitsForALock(Thread t) {
    return t.getState() == Thread.State.WAITING || t.getState() == Thread.State.TIMED_WAITING;
  }
}

package uk.irodispute.store;

import static java.util.concurrent.TimeUnit.SECONDS;
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

    CountDownLatch firstIsPlanning = new CountDownLatch(1);
    CountDownLatch otherNodeIsDone = new CountDownLatch(1);
    AtomicBoolean held = new AtomicBoolean();
    store.planner.beforePlanning =
        () -> {
          if (held.compareAndSet(false, true)) {
            firstIsPlanning.countDown();
            await().atMost(Duration.ofSeconds(10)).until(() -> otherNodeIsDone.getCount() == 0);
          }
        };
    CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> store.due.tickDue(10));
    assertThat(firstIsPlanning.await(10, TimeUnit.SECONDS)).isTrue();

    int otherNode = CompletableFuture.supplyAsync(() -> store.due.tickDue(10)).get(30, SECONDS);
    otherNodeIsDone.countDown();

    assertThat(otherNode).as("the locked dispute is left to the node that locked it").isZero();
    assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(1);
    assertThat(store.due.tickDue(10)).isZero();
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
  void aDueTimeTickedElsewhereSinceTheDueQueryIsNotFiredAgain() {
    store.intake.take(TestNotes.raise("N-1", "1", RAISED));
    clock.set(STAGE_1_DUE);
    List<DisputeReference> due = store.disputes.dueBy(STAGE_1_DUE, 10);
    assertThat(store.due.tickDue(10)).isEqualTo(1);
    int events = store.count("dispute_events");

    List<StoredDispute> locked = store.inTransaction(() -> store.disputes.lockUnlocked(due));

    assertThat(locked).singleElement().satisfies(d -> assertThat(d.rowVersion()).isEqualTo(2L));
    assertThat(locked.get(0).dispute().nextDueAt())
        .hasValueSatisfying(next -> assertThat(next).isAfter(STAGE_1_DUE));
    assertThat(store.due.tickDue(10)).isZero();
    assertThat(store.count("dispute_events")).isEqualTo(events);
  }

  @Test
  void aBatchOfDueDisputesIsTickedInOneTransaction() {
    for (int i = 1; i <= 5; i++) {
      store.intake.take(TestNotes.raise("N-" + i, Integer.toString(i), RAISED));
    }
    clock.set(STAGE_1_DUE);
    int commits = store.commits.get();

    assertThat(store.due.tickDue(10)).isEqualTo(5);

    assertThat(store.commits.get() - commits).isEqualTo(1);
    for (int i = 1; i <= 5; i++) {
      DisputeReference reference = reference(i);
      assertThat(store.disputes.find(reference).orElseThrow().currentStageId())
          .isEqualTo("stage-2");
      assertThat(store.events.of(reference))
          .extracting(DisputeEvent::type)
          .containsSubsequence(EventType.STAGE_BREACHED, EventType.ESCALATED);
    }
  }

  @Test
  void aBatchTicksAsEachDisputeAloneWould() {
    TestStore alone = TestStore.h2(new MutableClock(RAISED));
    for (int i = 1; i <= 3; i++) {
      store.intake.take(TestNotes.raise("N-" + i, Integer.toString(i), RAISED));
      alone.intake.take(TestNotes.raise("N-" + i, Integer.toString(i), RAISED));
    }
    clock.set(STAGE_1_DUE);
    alone.clock.set(STAGE_1_DUE);

    assertThat(store.due.tickDue(10)).isEqualTo(3);
    for (int i = 0; i < 3; i++) {
      assertThat(alone.due.tickDue(1)).isEqualTo(1);
    }

    for (int i = 1; i <= 3; i++) {
      assertThat(store.disputes.find(reference(i))).isEqualTo(alone.disputes.find(reference(i)));
      assertThat(store.events.of(reference(i))).isEqualTo(alone.events.of(reference(i)));
    }
    String outbox =
        "SELECT idempotency_key, reference, kind, channel, payload FROM outbox ORDER BY id";
    assertThat(store.jdbc.getJdbcTemplate().queryForList(outbox))
        .isEqualTo(alone.jdbc.getJdbcTemplate().queryForList(outbox));
  }

  @Test
  void aDisputeWhoseWriteFailsIsTickedAloneAndItsBatchMatesStillAre() {
    for (int i = 1; i <= 3; i++) {
      store.intake.take(TestNotes.raise("N-" + i, Integer.toString(i), RAISED));
    }
    DisputeReference failing = reference(2);
    int failingEvents = store.events.of(failing).size();
    int failingItems = outboxItems(failing);
    AtomicBoolean refuse = new AtomicBoolean(true);
    store.planner.beforePlanning =
        () -> {
          if (refuse.get() && store.planner.planning.get().equals(failing.value())) {
            throw new IllegalStateException("the planner refuses");
          }
        };
    clock.set(STAGE_1_DUE);
    int commits = store.commits.get();

    assertThat(store.due.tickDue(10)).isEqualTo(2);

    assertThat(store.commits.get() - commits).as("the two batch-mates, each alone").isEqualTo(2);
    for (int i : new int[] {1, 3}) {
      assertThat(store.disputes.find(reference(i)).orElseThrow().currentStageId())
          .isEqualTo("stage-2");
      assertThat(store.events.of(reference(i)))
          .extracting(DisputeEvent::type)
          .containsOnlyOnce(EventType.STAGE_BREACHED, EventType.ESCALATED);
    }
    assertThat(store.disputes.find(failing).orElseThrow().currentStageId()).isEqualTo("stage-1");
    assertThat(store.events.of(failing)).hasSize(failingEvents);
    assertThat(outboxItems(failing)).isEqualTo(failingItems);

    refuse.set(false);
    assertThat(store.due.tickDue(10)).isEqualTo(1);
    assertThat(store.disputes.find(failing).orElseThrow().currentStageId()).isEqualTo("stage-2");
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

  private static DisputeReference reference(int i) {
    return new DisputeReference(String.format("DRP-2026-%06d", i));
  }

  private int outboxItems(DisputeReference reference) {
    Integer items =
        store
            .jdbc
            .getJdbcTemplate()
            .queryForObject(
                "SELECT COUNT(*) FROM outbox WHERE reference = ?",
                Integer.class,
                reference.value());
    return items == null ? 0 : items;
  }
}

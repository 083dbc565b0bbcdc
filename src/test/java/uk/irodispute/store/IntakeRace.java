package uk.irodispute.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.core.model.DisputeReference;
import uk.irodispute.core.note.Classification;
import uk.irodispute.core.note.NoteClassifier;

/**
 * Two notes about one dispute, taken at once on two threads: both are classified before either
 * locks the dispute, so the row lock alone keeps them apart. Run on H2 and on PostgreSQL.
 */
final class IntakeRace {

  static final Instant RAISED = Instant.parse("2026-11-04T10:00:00Z");
  static final DisputeReference FIRST = new DisputeReference("DRP-2026-000001");

  private IntakeRace() {}

  static void twoNotesAtOnce(TestStore store) throws Exception {
    store.intake.take(TestNotes.raise("N-1", "1", RAISED));
    AtomicInteger classified = new AtomicInteger();
    TestStore racing = store.withClassifier(waitingForEachOther(classified));

    CompletableFuture<IntakeResult> comment =
        CompletableFuture.supplyAsync(
            () -> racing.intake.take(TestNotes.comment("N-2", RAISED.plusSeconds(60))));
    CompletableFuture<IntakeResult> response =
        CompletableFuture.supplyAsync(
            () -> racing.intake.take(TestNotes.response("N-3", RAISED.plusSeconds(120))));

    assertThat(comment.get(30, TimeUnit.SECONDS).outcome()).isEqualTo(NoteOutcome.APPLIED);
    assertThat(response.get(30, TimeUnit.SECONDS).outcome()).isEqualTo(NoteOutcome.APPLIED);
    assertThat(classified)
        .as("each note classified once: the lock, not a retry, kept them apart")
        .hasValue(2);
    Dispute dispute = store.disputes.find(FIRST).orElseThrow();
    assertThat(dispute.appliedCommands())
        .containsExactlyInAnyOrder("test-lcs:N-1@1", "test-lcs:N-2@1", "test-lcs:N-3@1");
    assertThat(store.events.of(FIRST))
        .extracting(e -> e.sequence())
        .isEqualTo(LongStream.rangeClosed(1, dispute.lastSequence()).boxed().toList());
    assertThat(
            store
                .jdbc
                .getJdbcTemplate()
                .queryForObject("SELECT row_version FROM disputes", Long.class))
        .isEqualTo(3L);
  }

  /**
   * The same note on two nodes at once: both find it new and classify it; one applies it, the
   * other, after the lock, fails on the note's key and is taken again, as a duplicate.
   */
  static void sameNoteTwiceAtOnce(TestStore store) throws Exception {
    store.intake.take(TestNotes.raise("N-1", "1", RAISED));
    AtomicInteger classified = new AtomicInteger();
    TestStore racing = store.withClassifier(waitingForEachOther(classified));
    int eventsBefore = store.count("dispute_events");

    CompletableFuture<IntakeResult> one =
        CompletableFuture.supplyAsync(
            () -> racing.intake.take(TestNotes.comment("N-2", RAISED.plusSeconds(60))));
    CompletableFuture<IntakeResult> other =
        CompletableFuture.supplyAsync(
            () -> racing.intake.take(TestNotes.comment("N-2", RAISED.plusSeconds(60))));

    assertThat(List.of(one.get(30, TimeUnit.SECONDS), other.get(30, TimeUnit.SECONDS)))
        .extracting(IntakeResult::outcome)
        .containsExactlyInAnyOrder(NoteOutcome.APPLIED, NoteOutcome.DUPLICATE);
    assertThat(store.count("dispute_events")).isEqualTo(eventsBefore + 1);
    assertThat(store.count("processed_notes")).isEqualTo(2);
  }

  /** The test classifier, each of the first two notes waiting until the other is classified. */
  private static NoteClassifier waitingForEachOther(AtomicInteger classified) {
    CyclicBarrier bothClassified = new CyclicBarrier(2);
    return (note, open, newReference) -> {
      Classification c = TestNotes.CLASSIFIER.classify(note, open, newReference);
      if (classified.incrementAndGet() <= 2) {
        try {
          bothClassified.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
          throw new IllegalStateException("the other note never came", e);
        }
      }
      return c;
    };
  }
}

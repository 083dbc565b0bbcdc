package uk.irodispute.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import uk.irodispute.application.NoteIntake;
import uk.irodispute.core.model.DisputeReference;
import uk.irodispute.core.note.CaseNote;
import uk.irodispute.core.note.Classification;
import uk.irodispute.core.note.NoteClassifier;
import uk.irodispute.core.note.OpenDisputes;
import uk.irodispute.testing.MutableClock;

/**
 * Notes that concern no dispute by their type are ignored with their classifier's reason and leave
 * no record, whether a page's or taken by themselves; a note that acted keeps its record, so its
 * edits are not re-applied.
 */
class RoutineNoteIntakeTest {

  static final Instant AT = Instant.parse("2026-11-04T10:00:00Z");

  /** Dispute notes are those whose type starts IRO-; every other note is ignored by its type. */
  static final NoteClassifier BY_TYPE =
      new NoteClassifier() {
        @Override
        public Classification classify(
            CaseNote note, OpenDisputes open, Supplier<DisputeReference> newReference) {
          return mayConcernDisputes(note)
              ? TestNotes.CLASSIFIER.classify(note, open, newReference)
              : new Classification.Ignored("the note type is not one of the dispute note types");
        }

        @Override
        public boolean mayConcernDisputes(CaseNote note) {
          return note.noteType().startsWith("IRO-");
        }
      };

  private final MutableClock clock = new MutableClock(AT);
  private final TestStore store = TestStore.h2(clock).withClassifier(BY_TYPE);

  @Test
  void otherTypesAreIgnoredWithoutARecordAndTheDisputeNotesGivenBackInOrder() {
    CaseNote raise = TestNotes.raise("N-2", "1", AT);
    CaseNote comment = TestNotes.comment("N-4", AT);

    List<CaseNote> left =
        store.intake.takeRoutine(List.of(visit("N-1"), raise, visit("N-3"), comment));

    assertThat(left).containsExactly(raise, comment);
    assertThat(store.count("processed_notes")).isZero();
  }

  @Test
  void aRoutineNoteTakenByItselfIsIgnoredWithItsClassifiersReasonAndLeavesNoRecord() {
    IntakeResult result = store.intake.take(visit("N-1"));

    assertThat(result.outcome()).isEqualTo(NoteOutcome.IGNORED);
    assertThat(result.reason()).isEqualTo("the note type is not one of the dispute note types");
    assertThat(store.count("processed_notes")).isZero();
  }

  @Test
  void aRoutineNoteReadAgainOrTwiceInAPageIsIgnoredAgain() {
    store.intake.takePage(List.of(visit("N-1")));

    store.intake.takePage(List.of(visit("N-1"), visit("N-2"), visit("N-2")));

    assertThat(store.count("processed_notes")).isZero();
    assertThat(store.count("disputes")).isZero();
  }

  @Test
  void aNoteThatActedKeepsItsRecordSoItsEditsAreNotReAppliedWhateverTheirTypeMeanwhile() {
    store.intake.take(TestNotes.raise("N-1", "1", AT));
    CaseNote retyped =
        TestNotes.note(
            "N-1", "2", "VISIT", AT, Map.of(), TestNotes.SOCIAL_WORKER, TestNotes.PERSON);
    assertThat(store.intake.takeRoutine(List.of(retyped))).isEmpty();

    IntakeResult again = store.intake.take(TestNotes.raise("N-1", "3", AT));

    assertThat(again.outcome()).isEqualTo(NoteOutcome.IGNORED);
    assertThat(again.reason()).isEqualTo(NoteIntake.EDIT_OF_APPLIED_NOTE);
    assertThat(again.reference()).isEqualTo("DRP-2026-000001");
    assertThat(store.count("disputes")).isEqualTo(1);
  }

  private static CaseNote visit(String noteId) {
    return TestNotes.note(
        noteId, "1", "VISIT", AT, Map.of(), TestNotes.SOCIAL_WORKER, TestNotes.PERSON);
  }
}

package uk.irodispute.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import uk.irodispute.core.model.DisputeReference;
import uk.irodispute.core.note.CaseNote;
import uk.irodispute.core.note.Classification;
import uk.irodispute.core.note.NoteClassifier;
import uk.irodispute.core.note.OpenDisputes;
import uk.irodispute.testing.MutableClock;

/**
 * A page's notes that concern no dispute by their type are taken together, each with the outcome a
 * note taken by itself would have: ignored with the classifier's reason, a duplicate when taken
 * before (once only, if a page repeats it), an edit of a note that acted ignored as such.
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
  void otherTypesAreRecordedTogetherAndTheDisputeNotesGivenBackInOrder() {
    CaseNote raise = TestNotes.raise("N-2", "1", AT);
    CaseNote comment = TestNotes.comment("N-4", AT);

    List<CaseNote> left =
        store.intake.takeRoutine(List.of(visit("N-1"), raise, visit("N-3"), comment));

    assertThat(left).containsExactly(raise, comment);
    assertThat(outcomes())
        .containsExactly(
            Map.entry("N-1", "IGNORED: the note type is not one of the dispute note types"),
            Map.entry("N-3", "IGNORED: the note type is not one of the dispute note types"));
  }

  @Test
  void aRoutineNoteIsRecordedAsTakingItByItselfWould() {
    TestStore alone = TestStore.h2(clock).withClassifier(BY_TYPE);
    alone.intake.take(visit("N-1"));

    store.intake.takeRoutine(List.of(visit("N-1")));

    assertThat(outcomes()).isEqualTo(outcomes(alone));
  }

  @Test
  void aNoteTakenBeforeOrTwiceInAPageIsRecordedOnce() {
    store.intake.takeRoutine(List.of(visit("N-1")));

    store.intake.takeRoutine(List.of(visit("N-1"), visit("N-2"), visit("N-2")));

    assertThat(outcomes()).containsOnlyKeys("N-1", "N-2");
    assertThat(store.count("processed_notes")).isEqualTo(2);
  }

  @Test
  void anEditOfANoteThatActedIsIgnoredAsAnEditWhateverItsTypeNow() {
    store.intake.take(TestNotes.raise("N-1", "1", AT));
    CaseNote retyped =
        TestNotes.note(
            "N-1", "2", "VISIT", AT, Map.of(), TestNotes.SOCIAL_WORKER, TestNotes.PERSON);

    assertThat(store.intake.takeRoutine(List.of(retyped))).isEmpty();

    assertThat(
            store
                .jdbc
                .getJdbcTemplate()
                .queryForMap(
                    "SELECT outcome, reason, reference FROM processed_notes WHERE note_version = '2'"))
        .containsEntry("OUTCOME", "IGNORED")
        .containsEntry("REASON", NoteIntake.EDIT_OF_APPLIED_NOTE)
        .containsEntry("REFERENCE", "DRP-2026-000001");
  }

  private static CaseNote visit(String noteId) {
    return TestNotes.note(
        noteId, "1", "VISIT", AT, Map.of(), TestNotes.SOCIAL_WORKER, TestNotes.PERSON);
  }

  private Map<String, String> outcomes() {
    return outcomes(store);
  }

  /** Each note's outcome and reason, by note id. */
  private static Map<String, String> outcomes(TestStore in) {
    Map<String, String> outcomes = new java.util.TreeMap<>();
    in.jdbc
        .getJdbcTemplate()
        .query(
            "SELECT note_id, outcome, reason FROM processed_notes",
            row -> {
              outcomes.put(row.getString(1), row.getString(2) + ": " + row.getString(3));
            });
    return outcomes;
  }
}

package uk.irodispute.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import uk.irodispute.core.model.DisputeReference;
import uk.irodispute.core.note.CaseNote;
import uk.irodispute.core.note.Classification;
import uk.irodispute.core.note.NoteClassifier;
import uk.irodispute.core.note.OpenDisputes;
import uk.irodispute.testing.MutableClock;

/**
 * A page's notes are taken in one transaction with the outcomes taking them one by one gives; a
 * page with a note that cannot be taken is taken one by one, as before, so the notes before that
 * note are kept and it fails by itself.
 */
class PageIntakeTest {

  static final Instant AT = RoutineNoteIntakeTest.AT;

  private final MutableClock clock = new MutableClock(AT);

  @Test
  void aPageGivesEachNoteTheOutcomeTakingItByItselfGives() {
    List<CaseNote> page =
        List.of(
            visit("N-1"),
            TestNotes.raise("N-2", "1", AT),
            visit("N-3"),
            TestNotes.comment("N-4", AT),
            TestNotes.draftRaise("N-5", "1", AT),
            visit("N-1"));
    TestStore oneByOne = TestStore.h2(clock).withClassifier(RoutineNoteIntakeTest.BY_TYPE);
    page.forEach(oneByOne.intake::take);
    TestStore together = TestStore.h2(clock).withClassifier(RoutineNoteIntakeTest.BY_TYPE);

    together.intake.takePage(page);

    assertThat(outcomes(together))
        .as("the dispute notes' records; the visits leave none")
        .isEqualTo(outcomes(oneByOne))
        .containsOnlyKeys("N-2", "N-4", "N-5");
    assertThat(together.count("disputes")).isEqualTo(1);
    assertThat(together.count("dispute_events")).isEqualTo(oneByOne.count("dispute_events"));
    assertThat(together.count("outbox")).isEqualTo(oneByOne.count("outbox")).isPositive();
  }

  @Test
  void aNoteThatCannotBeTakenFailsByItselfAfterTheNotesBeforeItAreTaken() {
    TestStore store = TestStore.h2(clock).withClassifier(failingOn("N-3"));
    List<CaseNote> page =
        List.of(
            visit("N-1"),
            TestNotes.raise("N-2", "1", AT),
            TestNotes.comment("N-3", AT),
            TestNotes.comment("N-4", AT),
            visit("N-5"));

    assertThatThrownBy(() -> store.intake.takePage(page))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("this note cannot be classified");

    assertThat(outcomes(store)).containsOnlyKeys("N-2");
    assertThat(store.count("disputes")).isEqualTo(1);
  }

  /** Classifies by type, but fails on one note, as a bug or a broken rule would. */
  private static NoteClassifier failingOn(String noteId) {
    NoteClassifier byType = RoutineNoteIntakeTest.BY_TYPE;
    return new NoteClassifier() {
      @Override
      public Classification classify(
          CaseNote note, OpenDisputes open, Supplier<DisputeReference> newReference) {
        if (note.noteId().equals(noteId)) {
          throw new IllegalStateException("this note cannot be classified");
        }
        return byType.classify(note, open, newReference);
      }

      @Override
      public boolean mayConcernDisputes(CaseNote note) {
        return byType.mayConcernDisputes(note);
      }
    };
  }

  private static CaseNote visit(String noteId) {
    return TestNotes.note(
        noteId, "1", "VISIT", AT, Map.of(), TestNotes.SOCIAL_WORKER, TestNotes.PERSON);
  }

  /** Each note's outcome, reason and dispute, by note id. */
  private static Map<String, String> outcomes(TestStore in) {
    Map<String, String> outcomes = new TreeMap<>();
    in.jdbc
        .getJdbcTemplate()
        .query(
            "SELECT note_id, outcome, reason, reference FROM processed_notes",
            row -> {
              outcomes.put(
                  row.getString(1),
                  row.getString(2) + ": " + row.getString(3) + " / " + row.getString(4));
            });
    return outcomes;
  }
}

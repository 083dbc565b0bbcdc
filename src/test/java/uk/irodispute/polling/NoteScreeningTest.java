package uk.irodispute.polling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.irodispute.core.note.CaseNote;
import uk.irodispute.core.note.CaseWorker;
import uk.irodispute.mappings.ShippedSystems;
import uk.irodispute.store.DeadLetterReason;
import uk.irodispute.store.DeadLetters;
import uk.irodispute.systems.SystemDefinition;
import uk.irodispute.systems.SystemRegistry;
import uk.irodispute.systems.mapping.NotePage;
import uk.irodispute.systems.mapping.UnreadableNote;
import uk.irodispute.testing.MutableClock;

/**
 * The screen between a mapped page and the intake: each note that must not be acted on is kept as a
 * dead letter with its reason code, the rest of the page is taken, and the watermark may pass every
 * note but one modified ahead of the adapter's time. Every person is invented.
 */
class NoteScreeningTest {

  private static final SystemDefinition LCS_API =
      ShippedSystems.loader().load(Path.of("mappings/systems/lcs-api.yaml"));
  private static final Instant NOW = Instant.parse("2026-11-04T10:00:00Z");
  private static final CaseWorker IRO =
      new CaseWorker(null, "w-iro", "Ira Reviewer", "ira.reviewer@council.example", "IRO service");

  private final MutableClock clock = new MutableClock(NOW);
  private final RecordingDeadLetters deadLetters = new RecordingDeadLetters(clock);
  private final Set<String> taken = new HashSet<>();
  private final List<CaseNote> refused = new ArrayList<>();
  private final NoteScreening screening =
      new NoteScreening(
          new SystemRegistry(List.of(LCS_API)),
          ScreenSettingsTest.defaults(),
          deadLetters,
          (note, code, reason) -> {
            refused.add(note);
            return deadLetters.recordNote(
                note.systemId(), note.noteId(), note.version(), note.modifiedAt(), code, reason);
          },
          note -> taken.contains(note.noteId()),
          clock,
          PollEvents.NONE);

  @Test
  void badNotesAreKeptAsDeadLettersAndTheGoodOnesAroundThemAreTaken() {
    CaseNote good = note("N-1", "P-1", NOW.minusSeconds(60), "text");
    CaseNote tooLarge = note("N-2", "P-2", NOW.minusSeconds(50), "x".repeat(70_000));
    CaseNote noChild = note("N-3", null, NOW.minusSeconds(40), "text");
    CaseNote future = note("N-4", "P-4", NOW.plus(Duration.ofDays(2)), "text");
    CaseNote old = note("N-5", "P-5", NOW.minus(Duration.ofDays(400)), "text");
    CaseNote visit = visit("N-6");
    CaseNote alsoGood = note("N-7", "P-7", NOW.minusSeconds(10), "text");
    NotePage page =
        new NotePage(
            List.of(good, tooLarge, noChild, future, old, visit, alsoGood),
            List.of(new UnreadableNote("position 8", "no value for 'noteId' (at /id)")),
            null,
            false);

    ScreenedPage screened = screening.screen(LCS_API, page);

    assertThat(screened.notes()).extracting(CaseNote::noteId).containsExactly("N-1", "N-6", "N-7");
    assertThat(deadLetters.recorded)
        .extracting(r -> r.noteId, r -> r.version, r -> r.code)
        .containsExactly(
            tuple("position 8", null, DeadLetterReason.UNREADABLE_NOTE),
            tuple("N-2", "1", DeadLetterReason.NOTE_TOO_LARGE),
            tuple("N-3", "1", DeadLetterReason.MISSING_SUBJECT),
            tuple("N-4", "1", DeadLetterReason.DATE_OUT_OF_RANGE),
            tuple("N-5", "1", DeadLetterReason.DATE_OUT_OF_RANGE));
    assertThat(deadLetters.recorded)
        .allSatisfy(r -> assertThat(r.reason).doesNotContain("P-2", "P-4", "xxxx"));
    assertThat(screened.watermarkNotes())
        .as("every note read moves the watermark, kept or taken")
        .extracting(CaseNote::noteId)
        .containsExactly("N-1", "N-2", "N-3", "N-4", "N-5", "N-6", "N-7");
  }

  @Test
  void
      aNoteCutOutIsKeptByTheIdItGaveBeforeItsPoisonPartElseByItsPositionAndBothReplayFromThePage() {
    Instant from = NOW.minus(Duration.ofHours(1));
    NotePage page =
        new NotePage(
            List.of(),
            List.of(
                new UnreadableNote("position 3", "the note is too deep", null, "cn-1009"),
                new UnreadableNote("position 4", "the note is too deep")),
            null,
            false);

    screening.screen(LCS_API, page, new PagePlace(from, "2", null));

    String place = ", from " + from + ", page 2";
    assertThat(deadLetters.recorded)
        .extracting(r -> r.noteId, r -> r.reason, r -> r.modifiedAt)
        .containsExactly(
            tuple(
                "cn-1009",
                "the note is too deep; it was at position 3" + place + NoteScreening.UNREAD,
                from),
            tuple("position 4" + place, "the note is too deep" + NoteScreening.UNREAD, from));
  }

  @Test
  void aNoteRefusedWholeGoesToBeKeptWithItsAuthorAndOneCutOutUnreadSaysNobodyIsTold() {
    CaseNote tooLarge = note("N-2", "P-2", NOW.minusSeconds(50), "x".repeat(70_000));
    NotePage page =
        new NotePage(
            List.of(tooLarge),
            List.of(new UnreadableNote("position 8", "no value for 'noteId' (at /id)")),
            null,
            false);

    screening.screen(LCS_API, page);

    assertThat(refused)
        .as("the note itself, so that its author can be told")
        .singleElement()
        .satisfies(n -> assertThat(n.author()).isEqualTo(IRO));
    assertThat(deadLetters.recorded)
        .filteredOn(r -> r.code == DeadLetterReason.UNREADABLE_NOTE)
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.reason)
                    .isEqualTo(
                        "no value for 'noteId' (at /id); the note could not be read, so its"
                            + " author is not known and nobody is told"));
  }

  @Test
  void aNoteModifiedAheadOfTheAdaptersTimeIsTakenButTheWatermarkWaitsForIt() {
    CaseNote ahead =
        new CaseNote(
            "lcs-api",
            "N-1",
            "1",
            NOW.plus(Duration.ofHours(1)),
            "P-1",
            "C-1",
            "IRO_DRP",
            IRO,
            NOW.minusSeconds(30),
            "text",
            Map.of("action", "raise"),
            List.of());
    CaseNote now = note("N-2", "P-2", NOW, "text");

    ScreenedPage screened =
        screening.screen(LCS_API, new NotePage(List.of(now, ahead), List.of(), null, false));

    assertThat(screened.notes()).extracting(CaseNote::noteId).containsExactly("N-2", "N-1");
    assertThat(screened.watermarkNotes()).extracting(CaseNote::noteId).containsExactly("N-2");
    assertThat(deadLetters.recorded).isEmpty();
  }

  @Test
  void aNoteVersionHeldByADeadLetterIsNotTakenWhenReadAgainEvenOnceItPassesTheScreen() {
    CaseNote future = note("N-1", "P-1", NOW.plus(Duration.ofDays(1)), "text");
    NotePage page = new NotePage(List.of(future), List.of(), null, false);
    assertThat(screening.screen(LCS_API, page).notes()).isEmpty();

    clock.set(NOW.plus(Duration.ofDays(2)));

    assertThat(screening.screen(LCS_API, page).notes())
        .as("its time has come, but its dead letter is still open")
        .isEmpty();
    assertThat(deadLetters.recorded).hasSize(1);
  }

  @Test
  void aNoteVersionTakenBeforeGoesToTheIntakeUnscreenedWhenReadAgain() {
    CaseNote raised = note("N-1", "P-1", NOW.minusSeconds(60), "text");
    taken.add("N-1");
    clock.set(NOW.plus(Duration.ofDays(200)));

    ScreenedPage screened =
        screening.screen(LCS_API, new NotePage(List.of(raised), List.of(), null, false));

    assertThat(screened.notes()).containsExactly(raised);
    assertThat(deadLetters.recorded).as("no dead letter for a note already taken").isEmpty();
  }

  private static CaseNote note(String id, String person, Instant recordedAt, String text) {
    Instant modified = recordedAt.isAfter(NOW) ? NOW : recordedAt;
    return new CaseNote(
        "lcs-api",
        id,
        "1",
        modified,
        person,
        "C-1",
        "IRO_DRP",
        IRO,
        recordedAt,
        text,
        Map.of("action", "raise"),
        List.of());
  }

  private static CaseNote visit(String id) {
    return new CaseNote(
        "lcs-api",
        id,
        "1",
        NOW.minusSeconds(20),
        null,
        null,
        "STATUTORY_VISIT",
        IRO,
        NOW.minus(Duration.ofDays(500)),
        "y".repeat(100_000),
        Map.of(),
        List.of());
  }

  /** Dead letters kept in memory: recorded once while open, as the store does. */
  private static final class RecordingDeadLetters extends DeadLetters {

    record Recorded(
        String noteId, String version, DeadLetterReason code, String reason, Instant modifiedAt) {}

    final List<Recorded> recorded = new ArrayList<>();
    private final Set<String> open = new HashSet<>();

    RecordingDeadLetters(MutableClock clock) {
      super(null, clock);
    }

    @Override
    public boolean recordNote(
        String systemId,
        String noteId,
        String version,
        Instant modifiedAt,
        DeadLetterReason code,
        String reason) {
      if (!open.add(systemId + ":" + noteId + "@" + version + "/" + code)) {
        return false;
      }
      recorded.add(new Recorded(noteId, version, code, reason, modifiedAt));
      return true;
    }

    @Override
    public boolean holds(String systemId, String noteId, String version) {
      return recorded.stream().anyMatch(r -> r.noteId.equals(noteId) && version.equals(r.version));
    }
  }
}

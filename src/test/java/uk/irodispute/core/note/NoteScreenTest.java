package uk.irodispute.core.note;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.irodispute.core.note.NoteScreen.Problem;
import uk.irodispute.core.note.NoteScreen.Refusal;

/**
 * The screen keeps out dispute notes that must not be acted on, each with a reason that names the
 * field and the limit but never the note's text or the child's id. Every person is invented.
 */
class NoteScreenTest {

  private static final Instant NOW = Instant.parse("2026-11-04T10:00:00Z");
  private static final String CHILD = "PERSON-4711";
  private static final CaseWorker AUTHOR =
      new CaseWorker(null, "IRO-7", "Iris Example", "iris.example@council.example", "IRO service");

  private final NoteScreen screen =
      new NoteScreen(NoteScreen.Limits.DEFAULT, List.of("IRO_DRP"), true);

  @Test
  void anOrdinaryDisputeNotePasses() {
    assertThat(screen.check(note().build(), NOW)).isEmpty();
  }

  @Test
  void notesOfOtherTypesAreNotScreenedWhateverTheyHold() {
    CaseNote visit = note().type("STATUTORY_VISIT").person(null).text("x".repeat(200_000)).build();

    assertThat(screen.applies(visit)).isFalse();
    assertThat(screen.check(visit, NOW)).isEmpty();
  }

  @Test
  void aNoteWithoutTheChildOrTheCaseIsMissingItsSubject() {
    assertThat(screen.check(note().person(null).build(), NOW))
        .contains(
            new Refusal(
                Problem.MISSING_SUBJECT, "the note names no child: 'personId' has no value"));
    assertThat(screen.check(note().person("  ").build(), NOW))
        .map(Refusal::problem)
        .contains(Problem.MISSING_SUBJECT);
    assertThat(screen.check(note().caseId(null).build(), NOW))
        .map(Refusal::reason)
        .contains("the note names no case: 'caseId' has no value, and the system file maps one");
  }

  @Test
  void aSystemThatMapsNoCaseTakesNotesWithoutOne() {
    NoteScreen noCases = new NoteScreen(NoteScreen.Limits.DEFAULT, List.of("IRO_DRP"), false);

    assertThat(noCases.check(note().caseId(null).build(), NOW)).isEmpty();
  }

  @Test
  void textOverTheLimitIsTooLargeCountedInUtf8Bytes() {
    NoteScreen small =
        new NoteScreen(
            new NoteScreen.Limits(10, 1000, Duration.ofMinutes(10), Duration.ZERO, null),
            List.of("IRO_DRP"),
            true);

    assertThat(small.check(note().text("0123456789").build(), NOW)).isEmpty();
    assertThat(small.check(note().text("012345678é").build(), NOW))
        .contains(
            new Refusal(
                Problem.TOO_LARGE, "the note's text is 11 bytes, over the limit of 10 bytes"));
  }

  @Test
  void theDefaultTextLimitIs64KiB() {
    assertThat(screen.check(note().text("a".repeat(64 * 1024)).build(), NOW)).isEmpty();
    Optional<Refusal> over = screen.check(note().text("a".repeat(64 * 1024 + 1)).build(), NOW);

    assertThat(over).map(Refusal::problem).contains(Problem.TOO_LARGE);
    assertThat(over.orElseThrow().reason())
        .isEqualTo("the note's text is 65537 bytes, over the limit of 65536 bytes")
        .doesNotContain("aaa");
  }

  @Test
  void formAnswersOverTheLimitTogetherAreTooLarge() {
    CaseNote big =
        note().form(Map.of("reason", "r".repeat(40_000), "category", "c".repeat(30_000))).build();

    assertThat(screen.check(big, NOW))
        .contains(
            new Refusal(
                Problem.TOO_LARGE,
                "the form answers are 70014 bytes together, over the limit of 65536 bytes"));
  }

  @Test
  void idsAndNamesLongerThanTheStoreKeepsAreTooLarge() {
    assertThat(screen.check(note().person("9".repeat(101)).build(), NOW))
        .contains(
            new Refusal(
                Problem.TOO_LARGE, "'personId' is 101 characters long, over the limit of 100"));
    CaseWorker longName =
        new CaseWorker(null, "IRO-7", "N".repeat(301), "iris.example@council.example", null);
    assertThat(screen.check(note().author(longName).build(), NOW))
        .map(Refusal::reason)
        .contains("'authorName' is 301 characters long, over the limit of 300");
    CaseWorker longTeam = new CaseWorker("social-worker", "SW-1", "Sam", null, "T".repeat(201));
    assertThat(screen.check(note().allocated(List.of(AUTHOR, longTeam)).build(), NOW))
        .map(Refusal::reason)
        .contains("allocated worker 2's 'team' is 201 characters long, over the limit of 200");
  }

  @Test
  void lineBreaksAndControlCharactersInIdsOrNamesAreRefusedButSurroundingSpaceIsNot() {
    CaseWorker injected =
        new CaseWorker(null, "IRO-7", "Iris\r\nBcc: someone@elsewhere.example", null, null);

    Optional<Refusal> refused = screen.check(note().author(injected).build(), NOW);

    assertThat(refused).map(Refusal::problem).contains(Problem.UNREADABLE);
    assertThat(refused.orElseThrow().reason())
        .isEqualTo(
            "'authorName' holds a line break or another control character, which no name or id"
                + " may hold")
        .doesNotContain("Bcc");
    assertThat(screen.check(note().caseId("C-1\u0000").build(), NOW))
        .map(Refusal::problem)
        .contains(Problem.UNREADABLE);
    assertThat(screen.check(note().caseId("C-\u20281").build(), NOW))
        .map(Refusal::problem)
        .contains(Problem.UNREADABLE);
    CaseWorker trailing = new CaseWorker(null, "IRO-7", "Iris Example\r\n", null, "Team\t");
    assertThat(screen.check(note().author(trailing).build(), NOW)).isEmpty();
  }

  @Test
  void aNoteRecordedInTheFutureIsOutOfRange() {
    assertThat(screen.check(note().recordedAt(NOW.plus(Duration.ofMinutes(10))).build(), NOW))
        .as("within the tolerance")
        .isEmpty();

    Optional<Refusal> ahead =
        screen.check(note().recordedAt(Instant.parse("2027-01-01T00:00:00Z")).build(), NOW);

    assertThat(ahead)
        .contains(
            new Refusal(
                Problem.DATE_OUT_OF_RANGE,
                "'recordedAt' (2027-01-01T00:00:00Z) is in the future: more than 10 minutes"
                    + " after the adapter's time (2026-11-04T10:00:00Z)"));
  }

  @Test
  void aNoteModifiedInTheFutureButRecordedNowPassesAndIsMarkedAsFutureForTheWatermark() {
    Instant ahead = NOW.plus(Duration.ofHours(2));
    CaseNote note = note().modifiedAt(ahead).build();

    assertThat(screen.check(note, NOW)).isEmpty();
    assertThat(screen.isInTheFuture(ahead, NOW)).isTrue();
    assertThat(screen.isInTheFuture(NOW.plus(Duration.ofMinutes(10)), NOW)).isFalse();
  }

  @Test
  void aNoteRecordedMoreThanTheOldestAgeAgoIsOutOfRange() {
    assertThat(screen.check(note().recordedAt(NOW.minus(Duration.ofDays(90))).build(), NOW))
        .isEmpty();

    Optional<Refusal> old =
        screen.check(note().recordedAt(Instant.parse("2026-01-05T09:00:00Z")).build(), NOW);

    assertThat(old)
        .contains(
            new Refusal(
                Problem.DATE_OUT_OF_RANGE,
                "'recordedAt' (2026-01-05T09:00:00Z) is more than 90 days before the adapter's"
                    + " time (2026-11-04T10:00:00Z): every due time it would set has long"
                    + " passed"));
  }

  @Test
  void anEarliestDateKeepsOutWhatCameBeforeItAndAZeroAgeSetsNoAgeLimit() {
    Instant goLive = Instant.parse("2026-10-01T00:00:00Z");
    NoteScreen fromGoLive =
        new NoteScreen(
            new NoteScreen.Limits(
                64 * 1024, 64 * 1024, Duration.ofMinutes(10), Duration.ZERO, goLive),
            List.of("IRO_DRP"),
            true);

    assertThat(fromGoLive.check(note().recordedAt(goLive).build(), NOW)).isEmpty();
    assertThat(fromGoLive.check(note().recordedAt(goLive.minusSeconds(1)).build(), NOW))
        .map(Refusal::reason)
        .contains(
            "'recordedAt' (2026-09-30T23:59:59Z) is before the earliest date notes are taken"
                + " from (2026-10-01T00:00:00Z)");
  }

  @Test
  void noReasonEverQuotesTheChildOrTheText() {
    List<CaseNote> refused =
        List.of(
            note().caseId(null).build(),
            note().text("secret ".repeat(20_000)).build(),
            note().recordedAt(NOW.plus(Duration.ofDays(3))).build(),
            note().recordedAt(NOW.minus(Duration.ofDays(300))).build(),
            note().person(CHILD + "\n2").build());

    for (CaseNote n : refused) {
      assertThat(screen.check(n, NOW))
          .hasValueSatisfying(r -> assertThat(r.reason()).doesNotContain(CHILD, "secret"));
    }
  }

  @Test
  void utf8BytesAreCountedAsTheyWouldBeEncoded() {
    for (String text : List.of("", "abc", "é", "€", "😀", "a😀b€")) {
      assertThat(NoteText.utf8Bytes(text))
          .as(text)
          .isEqualTo(text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }
  }

  private static Builder note() {
    return new Builder();
  }

  /** An invented dispute note, changed one field at a time. */
  private static final class Builder {
    private String type = "IRO_DRP";
    private String person = CHILD;
    private String caseId = "CASE-2001";
    private CaseWorker author = AUTHOR;
    private Instant recordedAt = NOW.minus(Duration.ofHours(1));
    private Instant modifiedAt = NOW.minus(Duration.ofMinutes(30));
    private String text = "Invented concern about a care plan.";
    private Map<String, String> form = Map.of("action", "raise");
    private List<CaseWorker> allocated = List.of();

    Builder type(String t) {
      type = t;
      return this;
    }

    Builder person(String p) {
      person = p;
      return this;
    }

    Builder caseId(String c) {
      caseId = c;
      return this;
    }

    Builder author(CaseWorker a) {
      author = a;
      return this;
    }

    Builder recordedAt(Instant at) {
      recordedAt = at;
      return this;
    }

    Builder modifiedAt(Instant at) {
      modifiedAt = at;
      return this;
    }

    Builder text(String t) {
      text = t;
      return this;
    }

    Builder form(Map<String, String> f) {
      form = f;
      return this;
    }

    Builder allocated(List<CaseWorker> a) {
      allocated = a;
      return this;
    }

    CaseNote build() {
      return new CaseNote(
          "lcs-api",
          "N-1",
          "1",
          modifiedAt,
          person,
          caseId,
          type,
          author,
          recordedAt,
          text,
          form,
          allocated);
    }
  }
}

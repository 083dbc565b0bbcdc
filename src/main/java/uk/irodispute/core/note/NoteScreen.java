package uk.irodispute.core.note;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The checks a dispute note passes before anything acts on it: it names the child (and the case,
 * where the system file maps one), its identifiers and names are single lines of a sensible length,
 * its text and form answers are within the limits, and it is dated neither in the future nor so far
 * in the past that every due time it would set has long gone.
 *
 * <p>Only notes of the system's dispute note types are screened: any other note is ignored by the
 * classifier whatever it holds. Reasons name the field and the limit, never a value of the note
 * other than its dates.
 */
public final class NoteScreen {

  /** The longest note id taken; the mapping refuses a longer one (it keys the note's records). */
  public static final int MOST_NOTE_ID_CHARACTERS = 120;

  /** The longest note version taken; the mapping refuses a longer one. */
  public static final int MOST_VERSION_CHARACTERS = 60;

  /** The longest person or case id taken. */
  public static final int MOST_SUBJECT_ID_CHARACTERS = 100;

  /** The longest worker id taken. */
  public static final int MOST_WORKER_ID_CHARACTERS = 200;

  /** The longest worker name taken. */
  public static final int MOST_NAME_CHARACTERS = 300;

  /** The longest e-mail address taken (RFC 5321's limit on a path). */
  public static final int MOST_EMAIL_CHARACTERS = 320;

  /** The longest team name taken. */
  public static final int MOST_TEAM_CHARACTERS = 200;

  /** Why a note is not acted on, as operations file it. */
  public enum Problem {
    /** Its text, its form answers or one of its fields is over a limit. */
    TOO_LARGE,
    /** It names no child, or no case where the system file maps one. */
    MISSING_SUBJECT,
    /** It is dated in the future, or too far in the past. */
    DATE_OUT_OF_RANGE,
    /** An identifier or a name holds a line break or another control character. */
    UNREADABLE
  }

  /**
   * A note the screen keeps out.
   *
   * @param problem what kind of problem
   * @param reason in plain words: the field and the limit, never the note's text or the child's id
   */
  public record Refusal(Problem problem, String reason) {}

  /**
   * The limits, set by the council's IT team.
   *
   * @param mostTextBytes the longest note text, in bytes of UTF-8
   * @param mostAnswersBytes the most all of a note's form answers may hold together, questions and
   *     answers, in bytes of UTF-8
   * @param futureTolerance how far after the adapter's time a note may be recorded or modified
   *     (clocks differ a little)
   * @param oldestAge how long ago a note may have been recorded; zero for no limit
   * @param earliest the earliest time a note may have been recorded; null for none
   */
  public record Limits(
      long mostTextBytes,
      long mostAnswersBytes,
      Duration futureTolerance,
      Duration oldestAge,
      Instant earliest) {

    /** 64 KiB of text, 64 KiB of answers, 10 minutes ahead, 90 days back. */
    public static final Limits DEFAULT =
        new Limits(64 * 1024, 64 * 1024, Duration.ofMinutes(10), Duration.ofDays(90), null);

    public Limits {
      Objects.requireNonNull(futureTolerance, "futureTolerance");
      Objects.requireNonNull(oldestAge, "oldestAge");
      if (mostTextBytes < 1 || mostAnswersBytes < 1) {
        throw new IllegalArgumentException("the text and answer limits must be at least 1 byte");
      }
      if (futureTolerance.isNegative() || oldestAge.isNegative()) {
        throw new IllegalArgumentException("the date limits cannot be negative");
      }
    }
  }

  private final Limits limits;
  private final Set<String> disputeNoteTypes;
  private final boolean casesMapped;

  /**
   * @param limits the limits
   * @param disputeNoteTypes the system's dispute note types: only these are screened
   * @param casesMapped whether the system file maps a case id, which dispute notes must then have
   */
  public NoteScreen(Limits limits, Collection<String> disputeNoteTypes, boolean casesMapped) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.disputeNoteTypes = Set.copyOf(disputeNoteTypes);
    this.casesMapped = casesMapped;
  }

  /** Whether the screen looks at this note: a dispute note type; other notes pass untouched. */
  public boolean applies(CaseNote note) {
    return note.noteType() != null && disputeNoteTypes.contains(note.noteType());
  }

  /**
   * Screens a note.
   *
   * @param now the adapter's time now
   * @return the first problem found, or empty when the note may be taken
   */
  public Optional<Refusal> check(CaseNote note, Instant now) {
    if (!applies(note)) {
      return Optional.empty();
    }
    return subject(note).or(() -> fields(note)).or(() -> sizes(note)).or(() -> dates(note, now));
  }

  private Optional<Refusal> subject(CaseNote note) {
    if (isBlank(note.personId())) {
      return refuse(Problem.MISSING_SUBJECT, "the note names no child: 'personId' has no value");
    }
    if (casesMapped && isBlank(note.caseId())) {
      return refuse(
          Problem.MISSING_SUBJECT,
          "the note names no case: 'caseId' has no value, and the system file maps one");
    }
    return Optional.empty();
  }

  private Optional<Refusal> fields(CaseNote note) {
    Optional<Refusal> found =
        field("'personId'", note.personId(), MOST_SUBJECT_ID_CHARACTERS)
            .or(() -> field("'caseId'", note.caseId(), MOST_SUBJECT_ID_CHARACTERS));
    if (found.isEmpty() && note.author() != null) {
      found = worker(note.author(), part -> "'author" + part + "'");
    }
    List<CaseWorker> allocated = note.allocated();
    for (int i = 0; found.isEmpty() && i < allocated.size(); i++) {
      int n = i + 1;
      found =
          worker(
              allocated.get(i),
              part -> "allocated worker " + n + "'s '" + part.toLowerCase(Locale.ROOT) + "'");
    }
    return found;
  }

  /** A worker's id, name, e-mail and team, each named by {@code label("Id")} and so on. */
  private static Optional<Refusal> worker(CaseWorker w, UnaryOperator<String> label) {
    return field(label.apply("Id"), w.id(), MOST_WORKER_ID_CHARACTERS)
        .or(() -> field(label.apply("Name"), w.name(), MOST_NAME_CHARACTERS))
        .or(() -> field(label.apply("Email"), w.email(), MOST_EMAIL_CHARACTERS))
        .or(() -> field(label.apply("Team"), w.team(), MOST_TEAM_CHARACTERS));
  }

  private static Optional<Refusal> field(String label, String value, int most) {
    if (value == null) {
      return Optional.empty();
    }
    if (value.length() > most) {
      return refuse(
          Problem.TOO_LARGE,
          label + " is " + value.length() + " characters long, over the limit of " + most);
    }
    if (NoteText.hasControlCharacter(value.strip())) {
      return refuse(
          Problem.UNREADABLE,
          label + " holds a line break or another control character, which no name or id may hold");
    }
    return Optional.empty();
  }

  private Optional<Refusal> sizes(CaseNote note) {
    long text = note.text() == null ? 0 : NoteText.utf8Bytes(note.text());
    if (text > limits.mostTextBytes()) {
      return refuse(
          Problem.TOO_LARGE,
          "the note's text is "
              + text
              + " bytes, over the limit of "
              + limits.mostTextBytes()
              + " bytes");
    }
    long answers = 0;
    for (Map.Entry<String, String> answer : note.form().entrySet()) {
      answers += NoteText.utf8Bytes(answer.getKey()) + NoteText.utf8Bytes(answer.getValue());
    }
    if (answers > limits.mostAnswersBytes()) {
      return refuse(
          Problem.TOO_LARGE,
          "the form answers are "
              + answers
              + " bytes together, over the limit of "
              + limits.mostAnswersBytes()
              + " bytes");
    }
    return Optional.empty();
  }

  /**
   * The note's recording time, which the engine acts at. Its modification time is the case system's
   * clock, not the note's: a note modified ahead of the adapter's time is taken, and only the
   * watermark waits for it ({@link #isInTheFuture}).
   */
  private Optional<Refusal> dates(CaseNote note, Instant now) {
    Instant recorded = orNow(note.recordedAt(), now);
    if (recorded.isAfter(now.plus(limits.futureTolerance()))) {
      return refuse(
          Problem.DATE_OUT_OF_RANGE,
          "'recordedAt' ("
              + recorded
              + ") is in the future: more than "
              + NoteText.inWords(limits.futureTolerance())
              + " after the adapter's time ("
              + now
              + ")");
    }
    if (limits.earliest() != null && recorded.isBefore(limits.earliest())) {
      return refuse(
          Problem.DATE_OUT_OF_RANGE,
          "'recordedAt' ("
              + recorded
              + ") is before the earliest date notes are taken from ("
              + limits.earliest()
              + ")");
    }
    if (!limits.oldestAge().isZero() && recorded.isBefore(now.minus(limits.oldestAge()))) {
      return refuse(
          Problem.DATE_OUT_OF_RANGE,
          "'recordedAt' ("
              + recorded
              + ") is more than "
              + NoteText.inWords(limits.oldestAge())
              + " before the adapter's time ("
              + now
              + "): every due time it would set has long passed");
    }
    return Optional.empty();
  }

  /** Whether a note modified at this time is in the future for the screen. */
  public boolean isInTheFuture(Instant modifiedAt, Instant now) {
    return modifiedAt != null && modifiedAt.isAfter(now.plus(limits.futureTolerance()));
  }

  private static Instant orNow(Instant instant, Instant now) {
    return instant == null ? now : instant;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static Optional<Refusal> refuse(Problem problem, String reason) {
    return Optional.of(new Refusal(problem, reason));
  }
}

package uk.irodispute.polling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import uk.irodispute.core.calendar.WorkingCalendar;
import uk.irodispute.core.note.NoteScreen;

/**
 * The limits on what a case system sends ({@code iro.screen}): a dispute note over them is kept as
 * a dead letter rather than acted on. An HTTP answer is read note by note: a note over its size or
 * depth is cut out of its page and kept as a dead letter, and a page over its size is read again in
 * pages of one note.
 *
 * @param mostTextSize the longest note text
 * @param mostAnswersSize the most a note's form answers may hold together
 * @param futureTolerance how far after the adapter's time a note may be recorded
 * @param oldestAge how long ago a note may have been recorded; {@code 0} for no limit
 * @param earliest the earliest date or time a note may have been recorded ({@code 2026-04-01} is
 *     that day's start in London); empty for none
 * @param mostPageSize the most an HTTP page may hold once its poison notes are cut out
 * @param mostNoteSize the largest note an HTTP source may answer, all its fields together
 * @param mostNoteDepth the deepest an HTTP source's note may nest (objects and lists, or elements)
 * @param mostAnswerSize the most read of one HTTP answer, notes cut out included
 */
@ConfigurationProperties("iro.screen")
public record ScreenSettings(
    @DefaultValue("64KB") DataSize mostTextSize,
    @DefaultValue("64KB") DataSize mostAnswersSize,
    @DefaultValue("10m") Duration futureTolerance,
    @DefaultValue("90d") Duration oldestAge,
    String earliest,
    @DefaultValue("10MB") DataSize mostPageSize,
    @DefaultValue("1MB") DataSize mostNoteSize,
    @DefaultValue("64") int mostNoteDepth,
    @DefaultValue("200MB") DataSize mostAnswerSize) {

  public ScreenSettings {
    if (mostPageSize.toBytes() < 1) {
      throw new IllegalArgumentException("iro.screen.most-page-size must be at least 1 byte");
    }
    if (mostNoteSize.toBytes() < 1 || mostNoteSize.toBytes() > mostPageSize.toBytes()) {
      throw new IllegalArgumentException(
          "iro.screen.most-note-size must be at least 1 byte and at most iro.screen.most-page-size");
    }
    if (mostNoteDepth < 2) {
      throw new IllegalArgumentException("iro.screen.most-note-depth must be at least 2");
    }
    if (mostAnswerSize.toBytes() < mostPageSize.toBytes()) {
      throw new IllegalArgumentException(
          "iro.screen.most-answer-size must be at least iro.screen.most-page-size");
    }
    earliestInstant(earliest);
  }

  /** The limits an HTTP answer is read within. */
  NoteLimits noteLimits() {
    return new NoteLimits(
        mostNoteSize.toBytes(), mostNoteDepth, mostPageSize.toBytes(), mostAnswerSize.toBytes());
  }

  /** The core's limits. */
  public NoteScreen.Limits limits() {
    return new NoteScreen.Limits(
        mostTextSize.toBytes(),
        mostAnswersSize.toBytes(),
        futureTolerance,
        oldestAge,
        earliestInstant(earliest));
  }

  private static Instant earliestInstant(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    try {
      return t.length() == 10
          ? LocalDate.parse(t).atStartOfDay(WorkingCalendar.ZONE).toInstant()
          : Instant.parse(t);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "iro.screen.earliest '"
              + t
              + "' is neither a date such as 2026-04-01 nor an instant such as"
              + " 2026-04-01T00:00:00Z");
    }
  }
}

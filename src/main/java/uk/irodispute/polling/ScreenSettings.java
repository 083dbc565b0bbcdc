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
 * a dead letter rather than acted on, and an HTTP page over its size stops the run.
 *
 * @param mostTextSize the longest note text
 * @param mostAnswersSize the most a note's form answers may hold together
 * @param futureTolerance how far after the adapter's time a note may be recorded
 * @param oldestAge how long ago a note may have been recorded; {@code 0} for no limit
 * @param earliest the earliest date or time a note may have been recorded ({@code 2026-04-01} is
 *     that day's start in London); empty for none
 * @param mostPageSize the largest page an HTTP source may answer
 */
@ConfigurationProperties("iro.screen")
public record ScreenSettings(
    @DefaultValue("64KB") DataSize mostTextSize,
    @DefaultValue("64KB") DataSize mostAnswersSize,
    @DefaultValue("10m") Duration futureTolerance,
    @DefaultValue("90d") Duration oldestAge,
    String earliest,
    @DefaultValue("10MB") DataSize mostPageSize) {

  public ScreenSettings {
    if (mostPageSize.toBytes() < 1) {
      throw new IllegalArgumentException("iro.screen.most-page-size must be at least 1 byte");
    }
    earliestInstant(earliest);
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

package uk.irodispute.core.note;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import uk.irodispute.core.calendar.WorkingCalendar;

/**
 * Reads a date or time a chair wrote in a form: a date ({@code 2026-11-13}) means that day's close
 * of business; a time with an offset is taken as it is; a time without one is London time.
 */
final class FormTimes {

  private FormTimes() {}

  /**
   * @param close the protocol's close of business
   * @return the instant, or empty when the text is not a date or time
   */
  static Optional<Instant> parse(String text, LocalTime close) {
    String t = text.strip();
    try {
      return Optional.of(LocalDate.parse(t).atTime(close).atZone(WorkingCalendar.ZONE).toInstant());
    } catch (DateTimeException e) {
      // not a date alone
    }
    try {
      return Optional.of(OffsetDateTime.parse(t).toInstant());
    } catch (DateTimeException e) {
      // no offset
    }
    try {
      return Optional.of(
          ZonedDateTime.of(LocalDateTime.parse(t), WorkingCalendar.ZONE).toInstant());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}

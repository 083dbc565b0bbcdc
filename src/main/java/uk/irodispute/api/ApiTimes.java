package uk.irodispute.api;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import uk.irodispute.core.calendar.WorkingCalendar;

/** Times in the API: ISO-8601 with the Europe/London offset written out, for example +01:00. */
final class ApiTimes {

  private static final DateTimeFormatter WITH_OFFSET =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

  private ApiTimes() {}

  static String format(Instant instant) {
    return instant == null ? null : WITH_OFFSET.format(instant.atZone(WorkingCalendar.ZONE));
  }

  /**
   * Reads a start time: with an offset or Z, or a local date-time taken as Europe/London.
   *
   * @throws IllegalArgumentException when it is neither
   */
  static Instant parse(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeException withOffset) {
      try {
        return LocalDateTime.parse(text).atZone(WorkingCalendar.ZONE).toInstant();
      } catch (DateTimeException local) {
        throw new IllegalArgumentException(
            "start '"
                + text
                + "' is not an ISO-8601 date and time, for example 2026-12-18T10:00:00Z");
      }
    }
  }
}

package uk.irodispute.reports;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import uk.irodispute.core.calendar.WorkingCalendar;

/** Times in reports: ISO-8601 with the Europe/London offset written out, as the API gives them. */
public final class ReportTimes {

  private static final DateTimeFormatter WITH_OFFSET =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

  private ReportTimes() {}

  /** The instant in London time with its offset; null stays null. */
  public static String format(Instant instant) {
    return instant == null ? null : WITH_OFFSET.format(instant.atZone(WorkingCalendar.ZONE));
  }
}

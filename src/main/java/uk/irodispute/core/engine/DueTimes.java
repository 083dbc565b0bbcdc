package uk.irodispute.core.engine;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.irodispute.core.calendar.WorkingCalendar;

/** Due times in words, as alerts and notes give them: "Tuesday 29 December 2026 at 17:00". */
public final class DueTimes {

  private static final DateTimeFormatter IN_WORDS =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK);

  private DueTimes() {}

  public static String inWords(Instant instant) {
    return instant == null
        ? "no fixed time"
        : IN_WORDS.format(instant.atZone(WorkingCalendar.ZONE));
  }
}

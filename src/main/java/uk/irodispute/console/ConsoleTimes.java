package uk.irodispute.console;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as the console shows them: London time, and ages in hours and minutes. */
final class ConsoleTimes {

  static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static final DateTimeFormatter LONDON_TIME =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK).withZone(LONDON);

  private ConsoleTimes() {}

  /** {@code Mon 9 Nov 2026, 16:00}, or a dash for none. */
  static String london(Instant instant) {
    return instant == null ? "-" : LONDON_TIME.format(instant);
  }

  /** How long from one time to another: {@code 3 d 4 h}, {@code 2 h 5 min}, {@code 40 s}. */
  static String age(Instant since, Instant now) {
    if (since == null) {
      return "-";
    }
    Duration d = Duration.between(since, now);
    if (d.isNegative()) {
      return "in the future";
    }
    if (d.toDays() > 0) {
      return d.toDays() + " d " + d.toHoursPart() + " h";
    }
    if (d.toHours() > 0) {
      return d.toHours() + " h " + d.toMinutesPart() + " min";
    }
    if (d.toMinutes() > 0) {
      return d.toMinutes() + " min";
    }
    return d.toSeconds() + " s";
  }

  /** A time followed by its age: {@code Mon 9 Nov 2026, 16:00 (2 h 5 min ago)}. */
  static String londonAgo(Instant instant, Instant now) {
    return instant == null ? "never" : london(instant) + " (" + age(instant, now) + " ago)";
  }
}

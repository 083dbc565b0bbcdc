package uk.irodispute.systems.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import uk.irodispute.systems.FieldMappings;

/**
 * How one system's times are read, beside ISO-8601: its time zone, its own patterns, and the time
 * of day a date alone stands for.
 *
 * @param zone the zone of times written without an offset
 * @param patterns the system's own ways of writing a time, tried in order
 * @param dateOnlyAt the time of day a date alone is read at
 * @param now the poll's time: a date alone that is today is read no later than this
 */
record TimeReading(
    ZoneId zone, List<DateTimeFormatter> patterns, LocalTime dateOnlyAt, Instant now) {

  TimeReading {
    patterns = List.copyOf(patterns);
  }

  /** The reading a system file's fields give, at the poll's time {@code now}. */
  static TimeReading of(FieldMappings fields, Instant now) {
    return new TimeReading(
        ZoneId.of(fields.timeZone()),
        fields.timePatterns().stream().map(p -> DateTimeFormatter.ofPattern(p, Locale.UK)).toList(),
        fields.dateOnlyAt(),
        now);
  }

  /**
   * A date alone as an instant: at {@code dateOnlyAt} that day in the zone; when the day is today
   * and that time is still to come, the poll's time instead, as a note cannot be recorded later
   * than it is read.
   */
  Instant onDate(LocalDate date) {
    Instant at = ZonedDateTime.ofLocal(LocalDateTime.of(date, dateOnlyAt), zone, null).toInstant();
    boolean today = date.equals(LocalDate.ofInstant(now, zone));
    return today && at.isAfter(now) ? now : at;
  }
}

package uk.irodispute.systems.mapping;

import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.regex.Pattern;

/**
 * Reads a note's times: ISO-8601 with an offset as they are, and times without one (ISO text, SQL
 * timestamps) as local times in the system file's {@code timeZone}; a date alone (a DATE column) as
 * the start of that day there, and a time of day alone as no time at all. In the hour the clocks go
 * back, a local time is read as the earlier of its two instants; in the hour they go forward, as
 * the same wall-clock time after the change.
 */
final class NoteTimes {

  /** A date, a space, then a time: SQL's way of writing a timestamp, read as ISO's T. */
  private static final Pattern SPACED = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d.*");

  private NoteTimes() {}

  /** The instant, or null when the value is not a time. */
  static Instant instant(Object value, ZoneId zone) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof ZonedDateTime z) {
      return z.toInstant();
    }
    if (value instanceof LocalDateTime l) {
      return ZonedDateTime.ofLocal(l, zone, null).toInstant();
    }
    if (value instanceof Timestamp t) {
      // The database's wall-clock time, as the driver read it.
      return ZonedDateTime.ofLocal(t.toLocalDateTime(), zone, null).toInstant();
    }
    if (value instanceof java.sql.Date d) {
      // A DATE column: the day's start there (java.sql.Date has no instant of its own).
      return d.toLocalDate().atStartOfDay(zone).toInstant();
    }
    if (value instanceof LocalDate d) {
      return d.atStartOfDay(zone).toInstant();
    }
    if (value instanceof java.sql.Time) {
      return null;
    }
    if (value instanceof Date d) {
      return d.toInstant();
    }
    if (value instanceof String s) {
      return parse(s.strip(), zone);
    }
    return null;
  }

  private static Instant parse(String text, ZoneId zone) {
    String iso = SPACED.matcher(text).matches() ? text.replaceFirst(" ", "T") : text;
    try {
      TemporalAccessor parsed =
          DateTimeFormatter.ISO_DATE_TIME.parseBest(iso, ZonedDateTime::from, LocalDateTime::from);
      return parsed instanceof ZonedDateTime z
          ? z.toInstant()
          : ZonedDateTime.ofLocal((LocalDateTime) parsed, zone, null).toInstant();
    } catch (DateTimeException e) {
      return null;
    }
  }
}

package uk.irodispute.systems.mapping;

import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
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

  /** A date alone, ISO-8601: {@code 2026-03-02}. */
  private static final Pattern DATE_ONLY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private NoteTimes() {}

  /**
   * The instant as a system file reads it, or null when the value is not a time: a date alone (ISO
   * text, a DATE column, or one of the file's patterns without a time) at the file's time of day;
   * text in one of the file's patterns when it is not ISO-8601.
   */
  static Instant instant(Object value, TimeReading reading) {
    if (value instanceof java.sql.Date d) {
      return reading.onDate(d.toLocalDate());
    }
    if (value instanceof LocalDate d) {
      return reading.onDate(d);
    }
    if (!(value instanceof String s)) {
      return instant(value, reading.zone());
    }
    String text = s.strip();
    if (DATE_ONLY.matcher(text).matches()) {
      try {
        return reading.onDate(LocalDate.parse(text));
      } catch (DateTimeException e) {
        return null;
      }
    }
    Instant iso = parse(text, reading.zone());
    return iso != null ? iso : patterned(text, reading);
  }

  /** Text in the first of the file's patterns that reads it whole. */
  private static Instant patterned(String text, TimeReading reading) {
    for (DateTimeFormatter pattern : reading.patterns()) {
      try {
        TemporalAccessor parsed =
            pattern.parseBest(
                text,
                ZonedDateTime::from,
                OffsetDateTime::from,
                LocalDateTime::from,
                LocalDate::from);
        if (parsed instanceof ZonedDateTime z) {
          return z.toInstant();
        }
        if (parsed instanceof OffsetDateTime o) {
          return o.toInstant();
        }
        if (parsed instanceof LocalDateTime l) {
          return ZonedDateTime.ofLocal(l, reading.zone(), null).toInstant();
        }
        return reading.onDate((LocalDate) parsed);
      } catch (DateTimeException notThisOne) {
        // The next pattern may read it.
      }
    }
    return null;
  }

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
    Instant common = parseCommon(text, zone);
    return common != null ? common : parseAny(text, zone);
  }

  /**
   * The times case systems write, read without a formatter (a back-fill reads millions, and the
   * formatter was a twentieth of its time): {@code yyyy-MM-dd}, {@code T} or a space, {@code
   * HH:mm}, optionally {@code :ss} and a fraction of one to nine digits, then nothing (a local
   * time), {@code Z} or an offset {@code ±HH:MM}. Null for any other text or a field out of range;
   * {@link #parseAny} then reads it, as it reads all of these alike.
   */
  static Instant parseCommon(String text, ZoneId zone) {
    int n = text.length();
    if (n < 16
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || (text.charAt(10) != 'T' && text.charAt(10) != ' ')
        || text.charAt(13) != ':') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = 0;
    int nano = 0;
    int i = 16;
    if (i < n && text.charAt(i) == ':') {
      second = digits(text, 17, 2);
      i = 19;
      if (i < n && text.charAt(i) == '.') {
        int start = ++i;
        while (i < n && i - start < 9 && isDigit(text.charAt(i))) {
          nano = nano * 10 + (text.charAt(i++) - '0');
        }
        if (i == start) {
          return null;
        }
        for (int scale = i - start; scale < 9; scale++) {
          nano *= 10;
        }
      }
    }
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    try {
      LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second, nano);
      if (i == n) {
        return ZonedDateTime.ofLocal(local, zone, null).toInstant();
      }
      if (text.charAt(i) == 'Z' && i + 1 == n) {
        return local.toInstant(ZoneOffset.UTC);
      }
      char sign = text.charAt(i);
      if ((sign == '+' || sign == '-') && i + 6 == n && text.charAt(i + 3) == ':') {
        int offsetHours = digits(text, i + 1, 2);
        int offsetMinutes = digits(text, i + 4, 2);
        if ((offsetHours | offsetMinutes) < 0) {
          return null;
        }
        int signed = sign == '+' ? 1 : -1;
        return local.toInstant(
            ZoneOffset.ofHoursMinutes(signed * offsetHours, signed * offsetMinutes));
      }
      return null;
    } catch (DateTimeException outOfRange) {
      return null;
    }
  }

  /** The number the {@code count} characters from {@code start} write, or -1 if not all digits. */
  private static int digits(String text, int start, int count) {
    if (start + count > text.length()) {
      return -1;
    }
    int value = 0;
    for (int i = start; i < start + count; i++) {
      char c = text.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Any ISO-8601 date and time, with or without an offset or zone, by the JDK's formatter. */
  static Instant parseAny(String text, ZoneId zone) {
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

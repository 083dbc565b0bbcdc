package uk.irodispute.core.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * Working days and working time for one region and council, in Europe/London. Working days are
 * Monday to Friday less the region's bank holidays and the council's closure days; working time is
 * {@link WorkingHours} on a working day. Daylight saving is handled by converting local times in
 * {@link #ZONE}.
 */
public final class WorkingCalendar {

  public static final ZoneId ZONE = ZoneId.of("Europe/London");

  /** How far to look for a working day before deciding the calendar has none: about ten years. */
  static final int SEARCH_LIMIT_DAYS = 3660;

  private final Region region;
  private final WorkingHours hours;
  private final Set<LocalDate> closureDays;
  private final BankHolidays bankHolidays;

  public WorkingCalendar(
      Region region,
      WorkingHours hours,
      Collection<LocalDate> closureDays,
      BankHolidays bankHolidays) {
    this.region = Objects.requireNonNull(region, "region");
    this.hours = Objects.requireNonNull(hours, "hours");
    this.closureDays = Set.copyOf(closureDays);
    this.bankHolidays = Objects.requireNonNull(bankHolidays, "bankHolidays");
  }

  public Region region() {
    return region;
  }

  public WorkingHours hours() {
    return hours;
  }

  /** Monday to Friday, not a bank holiday in this region and not a council closure day. */
  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY
        && day != DayOfWeek.SUNDAY
        && !closureDays.contains(date)
        && bankHolidays.holiday(region, date).isEmpty();
  }

  /** The date itself when it is a working day, otherwise the next working day. */
  public LocalDate workingDayOnOrAfter(LocalDate date) {
    return nextWorkingDayFrom(date, 1);
  }

  /** The Nth working day after the date (n >= 1); the date itself never counts. */
  public LocalDate nthWorkingDayAfter(LocalDate date, int n) {
    requireAtLeastOne(n);
    LocalDate day = date;
    for (int i = 0; i < n; i++) {
      day = nextWorkingDayFrom(day.plusDays(1), 1);
    }
    return day;
  }

  /** The Nth working day before the date (n >= 1); the date itself never counts. */
  public LocalDate nthWorkingDayBefore(LocalDate date, int n) {
    requireAtLeastOne(n);
    LocalDate day = date;
    for (int i = 0; i < n; i++) {
      day = nextWorkingDayFrom(day.minusDays(1), -1);
    }
    return day;
  }

  /** The local date of an instant in Europe/London. */
  public LocalDate dateOf(Instant instant) {
    return instant.atZone(ZONE).toLocalDate();
  }

  /** Opening time (start of working hours) on the date, as an instant. */
  public Instant openingOf(LocalDate date) {
    return date.atTime(hours.start()).atZone(ZONE).toInstant();
  }

  /** Close of business on the date, as an instant. */
  public Instant closeOf(LocalDate date) {
    return date.atTime(hours.close()).atZone(ZONE).toInstant();
  }

  /**
   * The instant reached after the given amount of working time has passed, counting only working
   * time. A result that lands exactly on a close of business stays there (it does not move to the
   * next opening). Zero minutes returns the start unchanged.
   *
   * @throws IllegalArgumentException when minutes is negative
   */
  public Instant plusWorkingMinutes(Instant start, long minutes) {
    requireNotNegative(minutes);
    if (minutes == 0) {
      return start;
    }
    Duration remaining = Duration.ofMinutes(minutes);
    LocalDate day = workingDayOnOrAfter(dateOf(start));
    Instant from = max(start, openingOf(day));
    while (true) {
      Instant close = closeOf(day);
      if (from.isBefore(close)) {
        Duration available = Duration.between(from, close);
        if (remaining.compareTo(available) <= 0) {
          return from.plus(remaining);
        }
        remaining = remaining.minus(available);
      }
      day = nthWorkingDayAfter(day, 1);
      from = openingOf(day);
    }
  }

  /**
   * The instant the given amount of working time before the end; a result that lands exactly on an
   * opening stays there. Zero minutes returns the end unchanged.
   *
   * @throws IllegalArgumentException when minutes is negative
   */
  public Instant minusWorkingMinutes(Instant end, long minutes) {
    requireNotNegative(minutes);
    if (minutes == 0) {
      return end;
    }
    Duration remaining = Duration.ofMinutes(minutes);
    LocalDate day = nextWorkingDayFrom(dateOf(end), -1);
    Instant to = min(end, closeOf(day));
    while (true) {
      Instant opening = openingOf(day);
      if (to.isAfter(opening)) {
        Duration available = Duration.between(opening, to);
        if (remaining.compareTo(available) <= 0) {
          return to.minus(remaining);
        }
        remaining = remaining.minus(available);
      }
      day = nthWorkingDayBefore(day, 1);
      to = closeOf(day);
    }
  }

  /** The working time between two instants, in minutes; zero when {@code to} is not after. */
  public long workingMinutesBetween(Instant from, Instant to) {
    if (!to.isAfter(from)) {
      return 0;
    }
    Duration total = Duration.ZERO;
    LocalDate last = dateOf(to);
    for (LocalDate day = dateOf(from); !day.isAfter(last); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        Instant start = max(from, openingOf(day));
        Instant end = min(to, closeOf(day));
        if (end.isAfter(start)) {
          total = total.plus(Duration.between(start, end));
        }
      }
    }
    return total.toMinutes();
  }

  /**
   * The first working day from the date (inclusive) in the direction given (1 forward, -1 back).
   *
   * @throws IllegalStateException when no working day is found within {@link #SEARCH_LIMIT_DAYS}
   */
  private LocalDate nextWorkingDayFrom(LocalDate date, int direction) {
    LocalDate day = date;
    for (int searched = 0; searched < SEARCH_LIMIT_DAYS; searched++) {
      if (isWorkingDay(day)) {
        return day;
      }
      day = day.plusDays(direction);
    }
    throw new IllegalStateException(
        "no working day within "
            + SEARCH_LIMIT_DAYS
            + " days "
            + (direction > 0 ? "after " : "before ")
            + date
            + " in "
            + region.id()
            + ": check the council's closure days and the bank holidays");
  }

  private static void requireAtLeastOne(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("number of working days must be at least 1, got " + n);
    }
  }

  private static void requireNotNegative(long minutes) {
    if (minutes < 0) {
      throw new IllegalArgumentException("working minutes must not be negative, got " + minutes);
    }
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}

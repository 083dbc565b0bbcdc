package uk.irodispute.core.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Set;

/**
 * Working days and working time for one region and council, in Europe/London. Working days are
 * Monday to Friday less the region's bank holidays and the council's closure days; working time is
 * {@link WorkingHours} on a working day. Daylight saving is handled by converting local times in
 * {@link #ZONE}.
 */
public final class WorkingCalendar {

  public static final ZoneId ZONE = ZoneId.of("Europe/London");

  private final Region region;
  private final WorkingHours hours;
  private final Set<LocalDate> closureDays;
  private final BankHolidays bankHolidays;

  public WorkingCalendar(
      Region region,
      WorkingHours hours,
      Collection<LocalDate> closureDays,
      BankHolidays bankHolidays) {
    this.region = region;
    this.hours = hours;
    this.closureDays = Set.copyOf(closureDays);
    this.bankHolidays = bankHolidays;
  }

  public Region region() {
    return region;
  }

  public WorkingHours hours() {
    return hours;
  }

  /** Monday to Friday, not a bank holiday in this region and not a council closure day. */
  public boolean isWorkingDay(LocalDate date) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** The date itself when it is a working day, otherwise the next working day. */
  public LocalDate workingDayOnOrAfter(LocalDate date) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** The Nth working day after the date (n >= 1); the date itself never counts. */
  public LocalDate nthWorkingDayAfter(LocalDate date, int n) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** The Nth working day before the date (n >= 1); the date itself never counts. */
  public LocalDate nthWorkingDayBefore(LocalDate date, int n) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** The local date of an instant in Europe/London. */
  public LocalDate dateOf(Instant instant) {
    return instant.atZone(ZONE).toLocalDate();
  }

  /** Opening time (start of working hours) on the date, as an instant. */
  public Instant openingOf(LocalDate date) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Close of business on the date, as an instant. */
  public Instant closeOf(LocalDate date) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /**
   * The instant reached after the given amount of working time has passed, counting only working
   * time. A result that lands exactly on a close of business stays there (it does not move to the
   * next opening). Zero minutes returns the start unchanged.
   */
  public Instant plusWorkingMinutes(Instant start, long minutes) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /**
   * The instant the given amount of working time before the end; a result that lands exactly on an
   * opening stays there.
   */
  public Instant minusWorkingMinutes(Instant end, long minutes) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** The working time between two instants, in minutes; zero when {@code to} is not after. */
  public long workingMinutesBetween(Instant from, Instant to) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}

package uk.irodispute.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import uk.irodispute.core.calendar.WorkingCalendar;

/**
 * A reporting year: twelve months from the first day of its start month, in Europe/London. With
 * April, the financial year councils report on, 2026 is 1 April 2026 to 31 March 2027.
 *
 * @param startYear the year its first day falls in
 * @param startMonth the month it starts
 */
public record ReportingYear(int startYear, Month startMonth) {

  public LocalDate firstDay() {
    return LocalDate.of(startYear, startMonth, 1);
  }

  public LocalDate lastDay() {
    return firstDay().plusYears(1).minusDays(1);
  }

  /** The first moment of the year. */
  public Instant start() {
    return firstDay().atStartOfDay(WorkingCalendar.ZONE).toInstant();
  }

  /** The first moment after the year. */
  public Instant end() {
    return firstDay().plusYears(1).atStartOfDay(WorkingCalendar.ZONE).toInstant();
  }

  /** {@code 2026-27} for a year across two calendar years, {@code 2026} for a calendar year. */
  public String label() {
    return startMonth == Month.JANUARY
        ? String.valueOf(startYear)
        : startYear + "-" + String.format("%02d", (startYear + 1) % 100);
  }
}

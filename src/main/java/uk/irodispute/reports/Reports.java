package uk.irodispute.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import uk.irodispute.core.calendar.WorkingCalendar;

/** The register and the annual figures, read from the store as they stand now. */
public class Reports {

  private final StoredHistories histories;
  private final DisputeRegister register;
  private final AnnualReport annual;
  private final Month yearStart;
  private final Clock clock;

  /**
   * @param yearStart the month a reporting year starts (April for the financial year)
   */
  public Reports(
      StoredHistories histories,
      DisputeRegister register,
      AnnualReport annual,
      Month yearStart,
      Clock clock) {
    this.histories = histories;
    this.register = register;
    this.annual = annual;
    this.yearStart = yearStart;
    this.clock = clock;
  }

  /**
   * The disputes raised on the days from {@code from} to {@code to}, both included (London dates),
   * each as it stands now.
   */
  public List<RegisterRow> register(LocalDate from, LocalDate to) {
    return register.rows(
        histories.raisedBetween(startOf(from), startOf(to.plusDays(1))), clock.instant());
  }

  /** The figures of the reporting year that starts in {@code startYear}. */
  public AnnualFigures annual(int startYear) {
    ReportingYear year = new ReportingYear(startYear, yearStart);
    Instant now = clock.instant();
    return annual.figures(year, histories.activeBetween(year.start(), year.end()), now);
  }

  /** The reporting year today falls in. */
  public ReportingYear currentYear() {
    LocalDate today = today();
    int startYear =
        today.getMonthValue() >= yearStart.getValue() ? today.getYear() : today.getYear() - 1;
    return new ReportingYear(startYear, yearStart);
  }

  /** Today's date in London. */
  public LocalDate today() {
    return clock.instant().atZone(WorkingCalendar.ZONE).toLocalDate();
  }

  /** Now, for the register's "as at". */
  public Instant now() {
    return clock.instant();
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(WorkingCalendar.ZONE).toInstant();
  }
}

package uk.irodispute.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reporting years in London time, and the averages of the annual figures. */
class ReportingYearTest {

  @Test
  void theFinancialYearRunsFromAprilToMarchInLondonTime() {
    ReportingYear year = new ReportingYear(2026, Month.APRIL);

    assertThat(year.label()).isEqualTo("2026-27");
    assertThat(year.firstDay()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(year.lastDay()).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(year.start()).as("midnight BST").isEqualTo(Instant.parse("2026-03-31T23:00:00Z"));
    assertThat(year.end()).isEqualTo(Instant.parse("2027-03-31T23:00:00Z"));
  }

  @Test
  void aCalendarYearIsNamedByItsYear() {
    ReportingYear year = new ReportingYear(2026, Month.JANUARY);

    assertThat(year.label()).isEqualTo("2026");
    assertThat(year.lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(new ReportingYear(2099, Month.SEPTEMBER).label()).isEqualTo("2099-00");
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwoAndNoneGivesNull() {
    assertThat(AnnualReport.median(List.of(3, 4, 8, 20)))
        .isEqualByComparingTo(new BigDecimal("6.0"));
    assertThat(AnnualReport.median(List.of(3, 4, 20))).isEqualByComparingTo(new BigDecimal("4.0"));
    assertThat(AnnualReport.median(List.of(3, 4))).isEqualByComparingTo(new BigDecimal("3.5"));
    assertThat(AnnualReport.median(List.of())).isNull();
    assertThat(AnnualReport.mean(List.of(1, 2, 2))).isEqualByComparingTo(new BigDecimal("1.7"));
    assertThat(AnnualReport.mean(List.of())).isNull();
  }
}

package uk.irodispute.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.irodispute.core.calendar.TestCalendars.england;
import static uk.irodispute.core.calendar.TestCalendars.london;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

  private final WorkingCalendar cal = england();

  // working days

  @Test
  void weekdaysAreWorkingDaysButWeekendsAndBankHolidaysAreNot() {
    assertThat(cal.isWorkingDay(LocalDate.of(2026, 12, 18))).as("Friday").isTrue();
    assertThat(cal.isWorkingDay(LocalDate.of(2026, 12, 19))).as("Saturday").isFalse();
    assertThat(cal.isWorkingDay(LocalDate.of(2026, 12, 20))).as("Sunday").isFalse();
    assertThat(cal.isWorkingDay(LocalDate.of(2026, 12, 25))).as("Christmas Day").isFalse();
    assertThat(cal.isWorkingDay(LocalDate.of(2026, 12, 28))).as("Boxing Day sub").isFalse();
    assertThat(cal.isWorkingDay(LocalDate.of(2026, 12, 29))).as("Tuesday 29th").isTrue();
  }

  @Test
  void councilClosureDaysAreNotWorkingDays() {
    WorkingCalendar closed = england(List.of(LocalDate.of(2026, 12, 24)));

    assertThat(closed.isWorkingDay(LocalDate.of(2026, 12, 24))).isFalse();
    assertThat(cal.isWorkingDay(LocalDate.of(2026, 12, 24))).isTrue();
    assertThat(closed.nthWorkingDayAfter(LocalDate.of(2026, 12, 18), 5))
        .as("Mon 21, Tue 22, Wed 23, (closed 24, Christmas, weekend, Boxing Day) Tue 29, Wed 30")
        .isEqualTo(LocalDate.of(2026, 12, 30));
    assertThat(closed.plusWorkingMinutes(london(2026, 12, 23, 16, 0), 120))
        .isEqualTo(london(2026, 12, 29, 10, 0));
  }

  @Test
  void workingDayOnOrAfterKeepsAWorkingDayAndSkipsOthers() {
    assertThat(cal.workingDayOnOrAfter(LocalDate.of(2026, 12, 24)))
        .isEqualTo(LocalDate.of(2026, 12, 24));
    assertThat(cal.workingDayOnOrAfter(LocalDate.of(2026, 12, 25)))
        .isEqualTo(LocalDate.of(2026, 12, 29));
  }

  @Test
  void nthWorkingDayAfterNeverCountsTheDateItself() {
    assertThat(cal.nthWorkingDayAfter(LocalDate.of(2026, 12, 21), 1))
        .isEqualTo(LocalDate.of(2026, 12, 22));
    assertThat(cal.nthWorkingDayAfter(LocalDate.of(2026, 12, 19), 1))
        .as("from a Saturday")
        .isEqualTo(LocalDate.of(2026, 12, 21));
    assertThat(cal.nthWorkingDayAfter(LocalDate.of(2026, 12, 24), 1))
        .isEqualTo(LocalDate.of(2026, 12, 29));
  }

  @Test
  void nthWorkingDayBeforeMirrorsAfter() {
    assertThat(cal.nthWorkingDayBefore(LocalDate.of(2026, 12, 29), 1))
        .isEqualTo(LocalDate.of(2026, 12, 24));
    assertThat(cal.nthWorkingDayBefore(LocalDate.of(2026, 12, 29), 5))
        .isEqualTo(LocalDate.of(2026, 12, 18));
    assertThat(cal.nthWorkingDayBefore(LocalDate.of(2026, 12, 27), 1))
        .as("from a Sunday")
        .isEqualTo(LocalDate.of(2026, 12, 24));
  }

  @Test
  void countsBelowOneAreRefused() {
    assertThatThrownBy(() -> cal.nthWorkingDayAfter(LocalDate.of(2026, 1, 5), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
    assertThatThrownBy(() -> cal.nthWorkingDayBefore(LocalDate.of(2026, 1, 5), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCalendarWithoutWorkingDaysFailsClearlyInsteadOfLoopingForever() {
    BankHolidays everyDay = (region, date) -> Optional.of("closed");
    WorkingCalendar never =
        new WorkingCalendar(Region.SCOTLAND, WorkingHours.DEFAULT, List.of(), everyDay);

    assertThatThrownBy(() -> never.workingDayOnOrAfter(LocalDate.of(2026, 1, 1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no working day within 3660 days after 2026-01-01 in scotland");
    assertThatThrownBy(() -> never.nthWorkingDayBefore(LocalDate.of(2026, 1, 1), 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("before 2025-12-31");
    assertThatThrownBy(() -> never.plusWorkingMinutes(london(2026, 1, 1, 10, 0), 60))
        .isInstanceOf(IllegalStateException.class);
  }

  // opening and close

  @Test
  void followTheClockInWinterAndSummer() {
    assertThat(cal.openingOf(LocalDate.of(2026, 1, 5))).isEqualTo("2026-01-05T09:00:00Z");
    assertThat(cal.closeOf(LocalDate.of(2026, 1, 5))).isEqualTo("2026-01-05T17:00:00Z");
    assertThat(cal.openingOf(LocalDate.of(2026, 7, 6))).isEqualTo("2026-07-06T08:00:00Z");
    assertThat(cal.closeOf(LocalDate.of(2026, 7, 6))).isEqualTo("2026-07-06T16:00:00Z");
  }

  @Test
  void useTheConfiguredHours() {
    WorkingCalendar late =
        new WorkingCalendar(
            Region.ENGLAND_AND_WALES,
            new WorkingHours(LocalTime.of(8, 30), LocalTime.of(16, 30)),
            List.of(),
            TestCalendars.ENGLAND_HOLIDAYS);

    assertThat(late.openingOf(LocalDate.of(2026, 1, 5))).isEqualTo("2026-01-05T08:30:00Z");
    assertThat(late.closeOf(LocalDate.of(2026, 1, 5))).isEqualTo("2026-01-05T16:30:00Z");
    assertThat(late.plusWorkingMinutes(london(2026, 1, 5, 16, 0), 60))
        .isEqualTo(london(2026, 1, 6, 9, 0));
  }

  // adding working time

  @Test
  void zeroMinutesReturnsTheStartUnchangedEvenOutsideWorkingTime() {
    Instant saturdayNight = london(2026, 12, 19, 23, 12);
    assertThat(cal.plusWorkingMinutes(saturdayNight, 0)).isEqualTo(saturdayNight);
    assertThat(cal.minusWorkingMinutes(saturdayNight, 0)).isEqualTo(saturdayNight);
  }

  @Test
  void fromASaturdayStartsCountingAtMondaysOpening() {
    assertThat(cal.plusWorkingMinutes(london(2026, 11, 7, 11, 0), 90))
        .isEqualTo(london(2026, 11, 9, 10, 30));
  }

  @Test
  void fromBeforeOpeningStartsCountingAtOpening() {
    assertThat(cal.plusWorkingMinutes(london(2026, 11, 9, 8, 0), 60))
        .isEqualTo(london(2026, 11, 9, 10, 0));
  }

  @Test
  void fromAfterCloseStartsCountingAtTheNextOpening() {
    assertThat(cal.plusWorkingMinutes(london(2026, 11, 9, 17, 30), 60))
        .isEqualTo(london(2026, 11, 10, 10, 0));
  }

  @Test
  void landingExactlyAtCloseStaysAtClose() {
    assertThat(cal.plusWorkingMinutes(london(2026, 11, 9, 16, 0), 60))
        .isEqualTo(london(2026, 11, 9, 17, 0));
    assertThat(cal.plusWorkingMinutes(london(2026, 11, 9, 9, 0), 8 * 60))
        .as("a whole working day from opening")
        .isEqualTo(london(2026, 11, 9, 17, 0));
    assertThat(cal.plusWorkingMinutes(london(2026, 11, 9, 16, 0), 61))
        .isEqualTo(london(2026, 11, 10, 9, 1));
  }

  @Test
  void skipsWeekendsAndBankHolidays() {
    assertThat(cal.plusWorkingMinutes(london(2026, 12, 24, 15, 0), 3 * 60))
        .as("Thursday 24th 15:00 + 3h: 2h on the 24th, then Tuesday 29th")
        .isEqualTo(london(2026, 12, 29, 10, 0));
  }

  @Test
  void keepsSecondsOfTheStart() {
    Instant start = london(2026, 11, 9, 16, 59).plusSeconds(30);
    assertThat(cal.plusWorkingMinutes(start, 1))
        .isEqualTo(london(2026, 11, 10, 9, 0).plusSeconds(30));
  }

  @Test
  void negativeMinutesAreRefused() {
    assertThatThrownBy(() -> cal.plusWorkingMinutes(london(2026, 11, 9, 10, 0), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("negative");
  }

  @Test
  void threeWorkingHoursOverTheSpringClockChange() {
    // Friday 27 March 2026 16:00 GMT; clocks go forward on Sunday 29 March.
    Instant start = london(2026, 3, 27, 16, 0);
    assertThat(start).isEqualTo("2026-03-27T16:00:00Z");

    Instant due = cal.plusWorkingMinutes(start, 180);

    assertThat(due).isEqualTo(london(2026, 3, 30, 11, 0)).isEqualTo("2026-03-30T10:00:00Z");
    assertThat(due.atZone(WorkingCalendar.ZONE).getOffset().getTotalSeconds()).isEqualTo(3600);
  }

  @Test
  void threeWorkingHoursOverTheAutumnClockChange() {
    // Friday 23 October 2026 16:00 BST; clocks go back on Sunday 25 October.
    Instant start = london(2026, 10, 23, 16, 0);
    assertThat(start).isEqualTo("2026-10-23T15:00:00Z");

    Instant due = cal.plusWorkingMinutes(start, 180);

    assertThat(due).isEqualTo(london(2026, 10, 26, 11, 0)).isEqualTo("2026-10-26T11:00:00Z");
    assertThat(due.atZone(WorkingCalendar.ZONE).getOffset().getTotalSeconds()).isZero();
  }

  // taking away working time

  @Test
  void landingExactlyAtOpeningStaysAtOpening() {
    assertThat(cal.minusWorkingMinutes(london(2026, 11, 10, 10, 0), 60))
        .isEqualTo(london(2026, 11, 10, 9, 0));
    assertThat(cal.minusWorkingMinutes(london(2026, 11, 10, 10, 0), 61))
        .isEqualTo(london(2026, 11, 9, 16, 59));
  }

  @Test
  void fromASundayCountsBackFromFridaysClose() {
    assertThat(cal.minusWorkingMinutes(london(2026, 11, 8, 12, 0), 90))
        .isEqualTo(london(2026, 11, 6, 15, 30));
  }

  @Test
  void fromAfterCloseCountsBackFromClose() {
    assertThat(cal.minusWorkingMinutes(london(2026, 11, 9, 17, 30), 60))
        .isEqualTo(london(2026, 11, 9, 16, 0));
  }

  @Test
  void fromBeforeOpeningCountsBackFromThePreviousClose() {
    assertThat(cal.minusWorkingMinutes(london(2026, 11, 10, 8, 0), 60))
        .isEqualTo(london(2026, 11, 9, 16, 0));
  }

  @Test
  void skipsBankHolidaysAndTheClockChange() {
    assertThat(cal.minusWorkingMinutes(london(2026, 12, 29, 10, 0), 3 * 60))
        .isEqualTo(london(2026, 12, 24, 15, 0));
    assertThat(cal.minusWorkingMinutes(london(2026, 3, 30, 11, 0), 180))
        .isEqualTo("2026-03-27T16:00:00Z");
  }

  // working time between

  @Test
  void fridayNoonToMondayNoonIsOneWorkingDay() {
    assertThat(cal.workingMinutesBetween(london(2026, 11, 6, 12, 0), london(2026, 11, 9, 12, 0)))
        .isEqualTo(480);
  }

  @Test
  void skipsBankHolidays() {
    assertThat(cal.workingMinutesBetween(london(2026, 12, 24, 12, 0), london(2026, 12, 29, 12, 0)))
        .as("Thursday 24th 12:00-17:00 and Tuesday 29th 09:00-12:00")
        .isEqualTo(480);
  }

  @Test
  void countsOnlyWorkingHoursOfTheSameDay() {
    assertThat(cal.workingMinutesBetween(london(2026, 11, 9, 7, 0), london(2026, 11, 9, 20, 0)))
        .isEqualTo(480);
    assertThat(cal.workingMinutesBetween(london(2026, 11, 9, 10, 15), london(2026, 11, 9, 11, 0)))
        .isEqualTo(45);
  }

  @Test
  void isZeroWhenToIsNotAfterFrom() {
    Instant t = london(2026, 11, 9, 12, 0);
    assertThat(cal.workingMinutesBetween(t, t)).isZero();
    assertThat(cal.workingMinutesBetween(t, t.minusSeconds(3600))).isZero();
  }

  @Test
  void isNotFooledByTheClockChange() {
    assertThat(cal.workingMinutesBetween(london(2026, 3, 27, 16, 0), london(2026, 3, 30, 11, 0)))
        .isEqualTo(180);
    assertThat(cal.workingMinutesBetween(london(2026, 10, 23, 16, 0), london(2026, 10, 26, 11, 0)))
        .isEqualTo(180);
  }
}

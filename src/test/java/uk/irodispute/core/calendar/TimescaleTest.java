package uk.irodispute.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.irodispute.core.calendar.TestCalendars.england;
import static uk.irodispute.core.calendar.TestCalendars.london;

import java.time.DayOfWeek;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimescaleTest {

  private final WorkingCalendar cal = england();

  private Instant due(String timescale, Instant start) {
    return Timescale.parse(timescale).dueFrom(start, start, cal);
  }

  // parsing

  @ParameterizedTest
  @CsvSource({
    "1 working day, 1 working day",
    "5 Working Days, 5 working days",
    "72 hours, 72 hours",
    "1 hour, 1 hour",
    "3 working hours, 3 working hours",
    "10 days, 10 days",
    "1 week, 1 week",
    "2 weeks, 2 weeks",
    "days 1-2, days 1-2",
    "days 3 - 4, days 3-4",
    "Same Day, same day",
    "'  same   day ', same day"
  })
  void parsesEveryFormAndWritesItBackPlainly(String text, String expected) {
    assertThat(Timescale.parse(text).text()).isEqualTo(expected);
  }

  @Test
  void parsesIntoTheRightKind() {
    assertThat(Timescale.parse("1 working day")).isEqualTo(new Timescale.WorkingDays(1));
    assertThat(Timescale.parse("72 hours")).isEqualTo(new Timescale.Hours(72));
    assertThat(Timescale.parse("4 working hours")).isEqualTo(new Timescale.WorkingHoursSpan(4));
    assertThat(Timescale.parse("1 week")).isEqualTo(new Timescale.CalendarDays(7, "1 week"));
    assertThat(Timescale.parse("days 1-2")).isEqualTo(new Timescale.DayRange(1, 2));
    assertThat(Timescale.parse("Same Day")).isEqualTo(new Timescale.SameDay());
  }

  @ParameterizedTest
  @ValueSource(strings = {"five days", "0 hours", "days 4-2", "days 0-2", "3 fortnights", ""})
  void refusesWhatItDoesNotUnderstandListingTheFormsItDoes(String text) {
    assertThatThrownBy(() -> Timescale.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(Timescale.FORMS);
  }

  @Test
  void refusalNamesTheTextAndTheProblem() {
    assertThatThrownBy(() -> Timescale.parse("five days"))
        .hasMessageStartingWith("timescale 'five days' is not understood");
    assertThatThrownBy(() -> Timescale.parse("0 hours")).hasMessageContaining("at least 1");
    assertThatThrownBy(() -> Timescale.parse("days 4-2"))
        .hasMessageContaining("not end before it starts");
  }

  // N working days

  @Test
  void fiveWorkingDaysFromTheFridayBeforeChristmas2026IsTuesday29th() {
    Instant due = due("5 working days", london(2026, 12, 18, 11, 23));

    assertThat(due).isEqualTo(london(2026, 12, 29, 17, 0)).isEqualTo("2026-12-29T17:00:00Z");
  }

  @Test
  void workingDaysCountFromTheDateWhateverTheTime() {
    assertThat(due("1 working day", london(2026, 11, 9, 0, 1)))
        .isEqualTo(due("1 working day", london(2026, 11, 9, 23, 59)))
        .isEqualTo(london(2026, 11, 10, 17, 0));
    assertThat(due("1 working day", london(2026, 11, 7, 12, 0)))
        .as("from a Saturday")
        .isEqualTo(london(2026, 11, 9, 17, 0));
  }

  @Test
  void workingDaysBeforeKeepTheTimeOfDay() {
    Instant due = london(2026, 12, 29, 17, 0);
    assertThat(Timescale.parse("2 working days").before(due, cal))
        .isEqualTo(london(2026, 12, 23, 17, 0));
    assertThat(Timescale.parse("1 working day").before(london(2026, 11, 9, 12, 0), cal))
        .isEqualTo(london(2026, 11, 6, 12, 0));
  }

  // N hours

  @Test
  void hoursAreElapsedAndMayLandOnASaturday() {
    Instant due = due("72 hours", london(2026, 11, 4, 9, 0));

    assertThat(due).isEqualTo(london(2026, 11, 7, 9, 0));
    assertThat(cal.dateOf(due).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
  }

  @Test
  void hoursAreRealHoursOverTheClockChange() {
    // 24 hours from Saturday 28 March 2026 12:00 GMT is Sunday 13:00 BST.
    assertThat(due("24 hours", london(2026, 3, 28, 12, 0)))
        .isEqualTo("2026-03-29T12:00:00Z")
        .isEqualTo(london(2026, 3, 29, 13, 0));
    assertThat(Timescale.parse("24 hours").before(london(2026, 3, 29, 13, 0), cal))
        .isEqualTo(london(2026, 3, 28, 12, 0));
  }

  // N working hours

  @Test
  void workingHoursCountOnlyWorkingTime() {
    assertThat(due("3 working hours", london(2026, 3, 27, 16, 0)))
        .isEqualTo("2026-03-30T10:00:00Z");
    assertThat(due("2 working hours", london(2026, 11, 9, 15, 0)))
        .as("landing on close stays there")
        .isEqualTo(london(2026, 11, 9, 17, 0));
  }

  @Test
  void workingHoursBeforeCountBackWorkingTime() {
    assertThat(
            Timescale.parse("3 working hours").before(Instant.parse("2026-03-30T10:00:00Z"), cal))
        .isEqualTo(london(2026, 3, 27, 16, 0));
  }

  // N days and N weeks

  @Test
  void daysLandingOnAWeekendRollToMondaysClose() {
    assertThat(due("3 days", london(2026, 11, 4, 10, 0)))
        .as("Wednesday + 3 = Saturday")
        .isEqualTo(london(2026, 11, 9, 17, 0));
    assertThat(due("2 days", london(2026, 11, 5, 16, 30)))
        .as("Thursday + 2 = Saturday")
        .isEqualTo(london(2026, 11, 9, 17, 0));
  }

  @Test
  void daysLandingOnAWorkingDayAreDueAtItsClose() {
    assertThat(due("10 days", london(2026, 11, 2, 10, 0))).isEqualTo(london(2026, 11, 12, 17, 0));
  }

  @Test
  void weeksLandingOnABankHolidayRollToTheNextWorkingDay() {
    assertThat(due("1 week", london(2026, 12, 18, 10, 0)))
        .as("Friday 25 December is Christmas, 28th is Boxing Day substitute")
        .isEqualTo(london(2026, 12, 29, 17, 0));
    assertThat(due("1 week", london(2026, 11, 1, 10, 0)))
        .as("Sunday + 1 week = Sunday, rolled to Monday")
        .isEqualTo(london(2026, 11, 9, 17, 0));
  }

  @Test
  void daysBeforeAreCalendarDays() {
    assertThat(Timescale.parse("2 days").before(london(2026, 11, 9, 17, 0), cal))
        .isEqualTo(london(2026, 11, 7, 17, 0));
    assertThat(Timescale.parse("1 week").before(london(2026, 11, 2, 17, 0), cal))
        .as("across the autumn clock change keeps 17:00 local")
        .isEqualTo(london(2026, 10, 26, 17, 0));
  }

  // days A-B

  @Test
  void dayRangeFromARaiseOnAWorkingDay() {
    Timescale days34 = Timescale.parse("days 3-4");
    Instant raised = london(2026, 11, 2, 14, 0); // Monday: day 1

    assertThat(days34.opensFrom(raised, raised, cal)).isEqualTo(london(2026, 11, 4, 9, 0));
    assertThat(days34.dueFrom(raised, raised, cal)).isEqualTo(london(2026, 11, 5, 17, 0));
  }

  @Test
  void dayRangeFromARaiseOnASaturdayTakesMondayAsDayOne() {
    Timescale days34 = Timescale.parse("days 3-4");
    Instant raised = london(2026, 11, 7, 10, 0); // Saturday: day 1 is Monday 9th

    assertThat(days34.opensFrom(raised, raised, cal)).isEqualTo(london(2026, 11, 11, 9, 0));
    assertThat(days34.dueFrom(raised, raised, cal)).isEqualTo(london(2026, 11, 12, 17, 0));

    Timescale days12 = Timescale.parse("days 1-2");
    assertThat(days12.opensFrom(raised, raised, cal)).isEqualTo(london(2026, 11, 9, 9, 0));
    assertThat(days12.dueFrom(raised, raised, cal)).isEqualTo(london(2026, 11, 10, 17, 0));
  }

  @Test
  void dayRangeCountsFromTheRaiseNotTheStart() {
    Timescale days34 = Timescale.parse("days 3-4");
    Instant raised = london(2026, 11, 2, 14, 0);
    Instant later = london(2026, 11, 3, 17, 0);

    assertThat(days34.dueFrom(later, raised, cal)).isEqualTo(london(2026, 11, 5, 17, 0));
  }

  @Test
  void dayRangeSkipsBankHolidays() {
    Instant raised = london(2026, 12, 23, 10, 0); // Wed 23 = day 1, Thu 24 = day 2, Tue 29 = day 3
    assertThat(Timescale.parse("days 3-4").opensFrom(raised, raised, cal))
        .isEqualTo(london(2026, 12, 29, 9, 0));
    assertThat(Timescale.parse("days 3-4").dueFrom(raised, raised, cal))
        .isEqualTo(london(2026, 12, 30, 17, 0));
  }

  @Test
  void onlyDayRangesOpenLater() {
    Instant start = london(2026, 11, 2, 14, 0);
    assertThat(Timescale.parse("5 working days").opensFrom(start, start, cal)).isEqualTo(start);
  }

  // same day

  @Test
  void sameDayBeforeCloseIsThatDaysClose() {
    assertThat(due("same day", london(2026, 11, 10, 10, 0))).isEqualTo(london(2026, 11, 10, 17, 0));
    assertThat(due("same day", london(2026, 11, 10, 7, 0))).isEqualTo(london(2026, 11, 10, 17, 0));
  }

  @Test
  void sameDayAtOrAfterCloseIsTheNextWorkingDaysClose() {
    assertThat(due("same day", london(2026, 11, 10, 17, 30)))
        .isEqualTo(london(2026, 11, 11, 17, 0));
    assertThat(due("same day", london(2026, 11, 10, 17, 0))).isEqualTo(london(2026, 11, 11, 17, 0));
    assertThat(due("same day", london(2026, 12, 24, 18, 0)))
        .as("after close on Christmas Eve")
        .isEqualTo(london(2026, 12, 29, 17, 0));
  }

  @Test
  void sameDayOnASundayIsMondaysClose() {
    assertThat(due("same day", london(2026, 11, 8, 10, 0))).isEqualTo(london(2026, 11, 9, 17, 0));
  }

  // before() for reminders

  @Test
  void dayRangesAndSameDayHaveNoLengthToCountBack() {
    Instant due = london(2026, 11, 9, 17, 0);
    assertThatThrownBy(() -> Timescale.parse("days 3-4").before(due, cal))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("days 3-4");
    assertThatThrownBy(() -> Timescale.parse("same day").before(due, cal))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

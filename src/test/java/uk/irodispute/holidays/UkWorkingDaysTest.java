package uk.irodispute.holidays;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.irodispute.core.calendar.BankHolidays;
import uk.irodispute.core.calendar.Region;
import uk.irodispute.core.calendar.Timescale;
import uk.irodispute.core.calendar.WorkingCalendar;
import uk.irodispute.core.calendar.WorkingHours;

/** Working days in the three regions, with the bank holidays the adapter really uses. */
class UkWorkingDaysTest {

  private static final BankHolidays HOLIDAYS = BankHolidaySources.standard();

  private static WorkingCalendar calendar(Region region) {
    return new WorkingCalendar(region, WorkingHours.DEFAULT, List.of(), HOLIDAYS);
  }

  private static Instant london(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute)
        .atZone(WorkingCalendar.ZONE)
        .toInstant();
  }

  private static Instant due(String timescale, Instant start, WorkingCalendar cal) {
    return Timescale.parse(timescale).dueFrom(start, start, cal);
  }

  private final WorkingCalendar england = calendar(Region.ENGLAND_AND_WALES);
  private final WorkingCalendar scotland = calendar(Region.SCOTLAND);
  private final WorkingCalendar northernIreland = calendar(Region.NORTHERN_IRELAND);

  @Test
  void fiveWorkingDaysFromFriday18December2026IsTuesday29thAtClose() {
    for (int hour : new int[] {0, 9, 13, 17, 23}) {
      Instant start = london(2026, 12, 18, hour, 0);
      assertThat(new Timescale.WorkingDays(5).dueFrom(start, start, england))
          .as("from %s:00", hour)
          .isEqualTo(london(2026, 12, 29, 17, 0))
          .isEqualTo("2026-12-29T17:00:00Z");
    }
  }

  @Test
  void oneWorkingDayFromNewYearsEveDiffersInScotland() {
    Instant start = london(2026, 12, 31, 10, 0);

    assertThat(due("1 working day", start, england)).isEqualTo(london(2027, 1, 4, 17, 0));
    assertThat(due("1 working day", start, scotland))
        .as("2 January 2027 is a Saturday; its holiday moves to Monday 4th")
        .isEqualTo(london(2027, 1, 5, 17, 0));
  }

  @Test
  void stPatricksDayAndTheBoyneAreHolidaysOnlyInNorthernIreland() {
    LocalDate stPatrick = LocalDate.of(2027, 3, 17);
    LocalDate boyne = LocalDate.of(2027, 7, 12);

    assertThat(northernIreland.isWorkingDay(stPatrick)).isFalse();
    assertThat(northernIreland.isWorkingDay(boyne)).isFalse();
    assertThat(england.isWorkingDay(stPatrick)).isTrue();
    assertThat(england.isWorkingDay(boyne)).isTrue();
    assertThat(scotland.isWorkingDay(boyne)).isTrue();
    assertThat(due("1 working day", london(2027, 7, 9, 12, 0), northernIreland))
        .isEqualTo(london(2027, 7, 13, 17, 0));
  }

  @Test
  void scotlandsSummerHolidayIsTheFirstMondayOfAugust() {
    assertThat(scotland.isWorkingDay(LocalDate.of(2027, 8, 2))).isFalse();
    assertThat(scotland.isWorkingDay(LocalDate.of(2027, 8, 30))).isTrue();
    assertThat(england.isWorkingDay(LocalDate.of(2027, 8, 2))).isTrue();
    assertThat(england.isWorkingDay(LocalDate.of(2027, 8, 30))).isFalse();
  }

  @Test
  void stAndrewsDayIsAHolidayOnlyInScotland() {
    LocalDate stAndrew = LocalDate.of(2026, 11, 30);
    assertThat(scotland.isWorkingDay(stAndrew)).isFalse();
    assertThat(england.isWorkingDay(stAndrew)).isTrue();
    assertThat(northernIreland.isWorkingDay(stAndrew)).isTrue();
  }

  @Test
  void easter2027() {
    LocalDate goodFriday = LocalDate.of(2027, 3, 26);
    LocalDate easterMonday = LocalDate.of(2027, 3, 29);

    assertThat(england.isWorkingDay(goodFriday)).isFalse();
    assertThat(england.isWorkingDay(easterMonday)).isFalse();
    assertThat(northernIreland.isWorkingDay(easterMonday)).isFalse();
    assertThat(scotland.isWorkingDay(goodFriday)).isFalse();
    assertThat(scotland.isWorkingDay(easterMonday)).as("not a holiday in Scotland").isTrue();
    assertThat(due("1 working day", london(2027, 3, 25, 12, 0), england))
        .isEqualTo(london(2027, 3, 30, 17, 0));
    assertThat(due("1 working day", london(2027, 3, 25, 12, 0), scotland))
        .isEqualTo(london(2027, 3, 29, 17, 0));
  }

  @Test
  void workingTimeAcrossAWeekendAndABankHoliday() {
    assertThat(
            england.workingMinutesBetween(london(2027, 3, 25, 12, 0), london(2027, 3, 30, 12, 0)))
        .as("Thursday 12-17, then Tuesday 9-12: Good Friday, weekend and Easter Monday skipped")
        .isEqualTo(480);
  }
}

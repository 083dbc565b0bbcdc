package uk.irodispute.holidays;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import uk.irodispute.core.calendar.Region;
import uk.irodispute.core.calendar.Timescale;
import uk.irodispute.core.calendar.WorkingCalendar;
import uk.irodispute.core.calendar.WorkingHours;

/**
 * Laws of the working calendar over random instants from 2024 to 2030 in all three regions, with
 * the real bank holidays.
 */
class WorkingCalendarProperties {

  private static final Map<Region, WorkingCalendar> CALENDARS = new EnumMap<>(Region.class);

  static {
    JollydayBankHolidays holidays = new JollydayBankHolidays();
    for (Region region : Region.values()) {
      CALENDARS.put(region, new WorkingCalendar(region, WorkingHours.DEFAULT, List.of(), holidays));
    }
  }

  @Provide
  Arbitrary<Instant> instants() {
    long from = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("2030-12-31T23:59:59Z").getEpochSecond();
    return Arbitraries.longs().between(from, to).map(Instant::ofEpochSecond);
  }

  @Property(tries = 300)
  void workingDaysAreDueAtCloseOfBusinessOnALaterWorkingDay(
      @ForAll("instants") Instant start,
      @ForAll @IntRange(min = 1, max = 40) int n,
      @ForAll Region region) {
    WorkingCalendar cal = CALENDARS.get(region);

    Instant due = new Timescale.WorkingDays(n).dueFrom(start, start, cal);

    LocalDate day = cal.dateOf(due);
    assertThat(cal.isWorkingDay(day)).as("%s is a working day", day).isTrue();
    assertThat(due).isEqualTo(cal.closeOf(day));
    assertThat(day).isAfter(cal.dateOf(start));
  }

  @Property(tries = 300)
  void addingNThenMWorkingDaysIsAddingNPlusM(
      @ForAll("instants") Instant start,
      @ForAll @IntRange(min = 1, max = 40) int n,
      @ForAll @IntRange(min = 1, max = 40) int m,
      @ForAll Region region) {
    WorkingCalendar cal = CALENDARS.get(region);
    LocalDate date = cal.dateOf(start);

    assertThat(cal.nthWorkingDayAfter(cal.nthWorkingDayAfter(date, n), m))
        .isEqualTo(cal.nthWorkingDayAfter(date, n + m));

    Instant first = new Timescale.WorkingDays(n).dueFrom(start, start, cal);
    Instant second = new Timescale.WorkingDays(m).dueFrom(first, start, cal);
    assertThat(second).isEqualTo(new Timescale.WorkingDays(n + m).dueFrom(start, start, cal));
  }

  @Property(tries = 300)
  void workingDaysBeforeUndoesWorkingDaysAfter(
      @ForAll("instants") Instant start,
      @ForAll @IntRange(min = 1, max = 40) int n,
      @ForAll Region region) {
    WorkingCalendar cal = CALENDARS.get(region);
    LocalDate day = cal.workingDayOnOrAfter(cal.dateOf(start));

    assertThat(cal.nthWorkingDayBefore(cal.nthWorkingDayAfter(day, n), n)).isEqualTo(day);
  }

  @Property(tries = 300)
  void workingMinutesAddedAreWorkingMinutesBetween(
      @ForAll("instants") Instant start,
      @ForAll @LongRange(min = 0, max = 40 * 480) long minutes,
      @ForAll Region region) {
    WorkingCalendar cal = CALENDARS.get(region);

    Instant end = cal.plusWorkingMinutes(start, minutes);
    assertThat(cal.workingMinutesBetween(start, end)).isEqualTo(minutes);

    Instant begin = cal.minusWorkingMinutes(start, minutes);
    assertThat(cal.workingMinutesBetween(begin, start)).isEqualTo(minutes);
  }

  @Property(tries = 300)
  void addingWorkingMinutesLandsInWorkingTime(
      @ForAll("instants") Instant start,
      @ForAll @LongRange(min = 1, max = 40 * 480) long minutes,
      @ForAll Region region) {
    WorkingCalendar cal = CALENDARS.get(region);

    Instant end = cal.plusWorkingMinutes(start, minutes);

    LocalDate day = cal.dateOf(end);
    assertThat(cal.isWorkingDay(day)).as("%s is a working day", day).isTrue();
    assertThat(end).isAfter(cal.openingOf(day)).isBeforeOrEqualTo(cal.closeOf(day));
    assertThat(end).isAfter(start);
  }

  @Property(tries = 300)
  void takingAwayWorkingMinutesLandsInWorkingTime(
      @ForAll("instants") Instant start,
      @ForAll @LongRange(min = 1, max = 40 * 480) long minutes,
      @ForAll Region region) {
    WorkingCalendar cal = CALENDARS.get(region);

    Instant begin = cal.minusWorkingMinutes(start, minutes);

    LocalDate day = cal.dateOf(begin);
    assertThat(cal.isWorkingDay(day)).as("%s is a working day", day).isTrue();
    assertThat(begin).isAfterOrEqualTo(cal.openingOf(day)).isBefore(cal.closeOf(day));
  }
}

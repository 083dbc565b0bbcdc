package uk.irodispute.core.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long something may take, in the units protocol files use. Each unit's meaning:
 *
 * <ul>
 *   <li>{@code N working days}: due at close of business on the Nth working day after the start's
 *       calendar date.
 *   <li>{@code N hours}: elapsed clock hours; {@code N working hours}: only working time counts.
 *   <li>{@code N days} / {@code N weeks}: calendar days, due at close of business on that date,
 *       rolled forward to the next working day's close when the date is not a working day.
 *   <li>{@code days A-B}: day 1 is the working day the dispute was raised (or the next working day
 *       when it was raised on another day); opens at the start of working day A and is due at the
 *       close of working day B.
 *   <li>{@code same day}: close of business of the current working day (of the next one when the
 *       start is on a non-working day or after close).
 * </ul>
 */
public sealed interface Timescale {

  /** All the forms {@link #parse} understands, for error messages. */
  String FORMS =
      "'N working days', 'N hours', 'N working hours', 'N days', 'N weeks', 'days A-B' or 'same day'";

  /** The text as a protocol file would write it, for example {@code 5 working days}. */
  String text();

  /**
   * When something with this timescale is due.
   *
   * @param start when it started (a stage opening, a step's predecessor falling due)
   * @param raised when the dispute was raised: day 1 for day ranges
   * @param calendar the working calendar
   */
  Instant dueFrom(Instant start, Instant raised, WorkingCalendar calendar);

  /**
   * When a stage with this timescale opens if it runs on schedule after its predecessor fell due at
   * {@code start}: the start itself, except for day ranges, which open at the start of day A.
   */
  default Instant opensFrom(Instant start, Instant raised, WorkingCalendar calendar) {
    return start;
  }

  /**
   * The instant this long before {@code due}, for reminders. Working days keep the time of day; day
   * ranges and same day have no length and are refused.
   */
  Instant before(Instant due, WorkingCalendar calendar);

  /**
   * Reads a timescale.
   *
   * @throws IllegalArgumentException naming the forms understood
   */
  static Timescale parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("timescale is empty; expected " + FORMS);
    }
    String t = text.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (t.equals("same day")) {
      return new SameDay();
    }
    Matcher range = Pattern.compile("days? (\\d+) ?- ?(\\d+)").matcher(t);
    if (range.matches()) {
      int from = Integer.parseInt(range.group(1));
      int to = Integer.parseInt(range.group(2));
      if (from < 1 || to < from) {
        throw new IllegalArgumentException(
            "day range '"
                + text
                + "' must start at day 1 or later and not end before it starts; expected "
                + FORMS);
      }
      return new DayRange(from, to);
    }
    Matcher m =
        Pattern.compile("(\\d+) (working days?|working hours?|hours?|days?|weeks?)").matcher(t);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "timescale '" + text + "' is not understood; expected " + FORMS);
    }
    int n = Integer.parseInt(m.group(1));
    if (n < 1) {
      throw new IllegalArgumentException(
          "timescale '" + text + "' must be at least 1; expected " + FORMS);
    }
    String unit = m.group(2);
    if (unit.startsWith("working day")) {
      return new WorkingDays(n);
    }
    if (unit.startsWith("working hour")) {
      return new WorkingHoursSpan(n);
    }
    if (unit.startsWith("hour")) {
      return new Hours(n);
    }
    if (unit.startsWith("week")) {
      return new CalendarDays(n * 7, n + (n == 1 ? " week" : " weeks"));
    }
    return new CalendarDays(n, n + (n == 1 ? " day" : " days"));
  }

  /** {@code N working days}. */
  record WorkingDays(int days) implements Timescale {
    @Override
    public String text() {
      return days + (days == 1 ? " working day" : " working days");
    }

    @Override
    public Instant dueFrom(Instant start, Instant raised, WorkingCalendar calendar) {
      return calendar.closeOf(calendar.nthWorkingDayAfter(calendar.dateOf(start), days));
    }

    @Override
    public Instant before(Instant due, WorkingCalendar calendar) {
      var local = due.atZone(WorkingCalendar.ZONE);
      LocalDate earlier = calendar.nthWorkingDayBefore(local.toLocalDate(), days);
      return earlier.atTime(local.toLocalTime()).atZone(WorkingCalendar.ZONE).toInstant();
    }
  }

  /** {@code N hours}: elapsed clock time. */
  record Hours(int hours) implements Timescale {
    @Override
    public String text() {
      return hours + (hours == 1 ? " hour" : " hours");
    }

    @Override
    public Instant dueFrom(Instant start, Instant raised, WorkingCalendar calendar) {
      return start.plusSeconds(hours * 3600L);
    }

    @Override
    public Instant before(Instant due, WorkingCalendar calendar) {
      return due.minusSeconds(hours * 3600L);
    }
  }

  /** {@code N working hours}: only working time counts. */
  record WorkingHoursSpan(int hours) implements Timescale {
    @Override
    public String text() {
      return hours + (hours == 1 ? " working hour" : " working hours");
    }

    @Override
    public Instant dueFrom(Instant start, Instant raised, WorkingCalendar calendar) {
      return calendar.plusWorkingMinutes(start, hours * 60L);
    }

    @Override
    public Instant before(Instant due, WorkingCalendar calendar) {
      return calendar.minusWorkingMinutes(due, hours * 60L);
    }
  }

  /** {@code N days} or {@code N weeks}: calendar days, landing on a working day's close. */
  record CalendarDays(int days, String text) implements Timescale {
    @Override
    public Instant dueFrom(Instant start, Instant raised, WorkingCalendar calendar) {
      LocalDate date = calendar.dateOf(start).plusDays(days);
      return calendar.closeOf(calendar.workingDayOnOrAfter(date));
    }

    @Override
    public Instant before(Instant due, WorkingCalendar calendar) {
      return due.atZone(WorkingCalendar.ZONE).minusDays(days).toInstant();
    }
  }

  /** {@code days A-B}: counted in working days from the day the dispute was raised. */
  record DayRange(int fromDay, int toDay) implements Timescale {
    @Override
    public String text() {
      return "days " + fromDay + "-" + toDay;
    }

    @Override
    public Instant dueFrom(Instant start, Instant raised, WorkingCalendar calendar) {
      return calendar.closeOf(workingDay(toDay, raised, calendar));
    }

    @Override
    public Instant opensFrom(Instant start, Instant raised, WorkingCalendar calendar) {
      return calendar.openingOf(workingDay(fromDay, raised, calendar));
    }

    @Override
    public Instant before(Instant due, WorkingCalendar calendar) {
      throw new IllegalArgumentException("a day range has no length to count back: " + text());
    }

    private static LocalDate workingDay(int number, Instant raised, WorkingCalendar calendar) {
      LocalDate dayOne = calendar.workingDayOnOrAfter(calendar.dateOf(raised));
      return number == 1 ? dayOne : calendar.nthWorkingDayAfter(dayOne, number - 1);
    }
  }

  /** {@code same day}: close of business of the current working day. */
  record SameDay() implements Timescale {
    @Override
    public String text() {
      return "same day";
    }

    @Override
    public Instant dueFrom(Instant start, Instant raised, WorkingCalendar calendar) {
      LocalDate date = calendar.dateOf(start);
      if (calendar.isWorkingDay(date) && start.isBefore(calendar.closeOf(date))) {
        return calendar.closeOf(date);
      }
      return calendar.closeOf(calendar.nthWorkingDayAfter(date, 1));
    }

    @Override
    public Instant before(Instant due, WorkingCalendar calendar) {
      throw new IllegalArgumentException("'same day' has no length to count back");
    }
  }
}

package uk.irodispute.core.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Calendars for tests, with a fixed list of England and Wales bank holidays for 2026 and 2027. */
final class TestCalendars {

  /** The GOV.UK England and Wales bank holidays for 2026 and 2027. */
  static final Map<LocalDate, String> ENGLAND_2026_2027 =
      Map.ofEntries(
          Map.entry(LocalDate.of(2026, 1, 1), "New Year's Day"),
          Map.entry(LocalDate.of(2026, 4, 3), "Good Friday"),
          Map.entry(LocalDate.of(2026, 4, 6), "Easter Monday"),
          Map.entry(LocalDate.of(2026, 5, 4), "Early May bank holiday"),
          Map.entry(LocalDate.of(2026, 5, 25), "Spring bank holiday"),
          Map.entry(LocalDate.of(2026, 8, 31), "Summer bank holiday"),
          Map.entry(LocalDate.of(2026, 12, 25), "Christmas Day"),
          Map.entry(LocalDate.of(2026, 12, 28), "Boxing Day (substitute day)"),
          Map.entry(LocalDate.of(2027, 1, 1), "New Year's Day"),
          Map.entry(LocalDate.of(2027, 3, 26), "Good Friday"),
          Map.entry(LocalDate.of(2027, 3, 29), "Easter Monday"),
          Map.entry(LocalDate.of(2027, 5, 3), "Early May bank holiday"),
          Map.entry(LocalDate.of(2027, 5, 31), "Spring bank holiday"),
          Map.entry(LocalDate.of(2027, 8, 30), "Summer bank holiday"),
          Map.entry(LocalDate.of(2027, 12, 27), "Christmas Day (substitute day)"),
          Map.entry(LocalDate.of(2027, 12, 28), "Boxing Day (substitute day)"));

  static final BankHolidays ENGLAND_HOLIDAYS =
      (region, date) ->
          region == Region.ENGLAND_AND_WALES
              ? Optional.ofNullable(ENGLAND_2026_2027.get(date))
              : Optional.empty();

  private TestCalendars() {}

  /** England and Wales, 09:00 to 17:00, no closure days. */
  static WorkingCalendar england() {
    return england(List.of());
  }

  static WorkingCalendar england(List<LocalDate> closureDays) {
    return new WorkingCalendar(
        Region.ENGLAND_AND_WALES, WorkingHours.DEFAULT, closureDays, ENGLAND_HOLIDAYS);
  }

  /** A local date and time in Europe/London as an instant. */
  static Instant london(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute)
        .atZone(WorkingCalendar.ZONE)
        .toInstant();
  }
}

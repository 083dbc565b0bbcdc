package uk.irodispute.holidays;

import static org.assertj.core.api.Assertions.assertThat;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.irodispute.core.calendar.BankHolidays;
import uk.irodispute.core.calendar.Region;

/** jollyday's dates checked against the lists GOV.UK publishes. */
class JollydayBankHolidaysTest {

  private final BankHolidays holidays = new JollydayBankHolidays();

  private List<LocalDate> year(Region region, int year) {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      if (holidays.holiday(region, d).isPresent()) {
        days.add(d);
      }
    }
    return days;
  }

  private static List<LocalDate> dates(int year, String... monthDays) {
    return java.util.Arrays.stream(monthDays).map(md -> LocalDate.parse(year + "-" + md)).toList();
  }

  @Test
  void mapsRegionsToJollydaySubdivisions() {
    assertThat(JollydayBankHolidays.subdivision(Region.ENGLAND_AND_WALES)).isEqualTo("eng");
    assertThat(JollydayBankHolidays.subdivision(Region.SCOTLAND)).isEqualTo("sct");
    assertThat(JollydayBankHolidays.subdivision(Region.NORTHERN_IRELAND)).isEqualTo("nir");
  }

  @Test
  void englandAndWales2026And2027() {
    assertThat(year(Region.ENGLAND_AND_WALES, 2026))
        .containsExactlyElementsOf(
            dates(2026, "01-01", "04-03", "04-06", "05-04", "05-25", "08-31", "12-25", "12-28"));
    assertThat(year(Region.ENGLAND_AND_WALES, 2027))
        .containsExactlyElementsOf(
            dates(2027, "01-01", "03-26", "03-29", "05-03", "05-31", "08-30", "12-27", "12-28"));
  }

  @Test
  void scotland2026And2027() {
    // 15 June 2026 is the World Cup bank holiday jollyday 2.19.0 takes from gov.scot's
    // announcement.
    assertThat(year(Region.SCOTLAND, 2026))
        .containsExactlyElementsOf(
            dates(
                2026, "01-01", "01-02", "04-03", "05-04", "05-25", "06-15", "08-03", "11-30",
                "12-25", "12-28"));
    assertThat(year(Region.SCOTLAND, 2027))
        .containsExactlyElementsOf(
            dates(
                2027, "01-01", "01-04", "03-26", "05-03", "05-31", "08-02", "11-30", "12-27",
                "12-28"));
  }

  @Test
  void northernIreland2026And2027() {
    assertThat(year(Region.NORTHERN_IRELAND, 2026))
        .containsExactlyElementsOf(
            dates(
                2026, "01-01", "03-17", "04-03", "04-06", "05-04", "05-25", "07-13", "08-31",
                "12-25", "12-28"));
    assertThat(year(Region.NORTHERN_IRELAND, 2027))
        .containsExactlyElementsOf(
            dates(
                2027, "01-01", "03-17", "03-26", "03-29", "05-03", "05-31", "07-12", "08-30",
                "12-27", "12-28"));
  }

  @Test
  void substituteDaysFallOnTheWeekdayNotTheWeekend() {
    assertThat(holidays.holiday(Region.ENGLAND_AND_WALES, LocalDate.of(2026, 12, 26))).isEmpty();
    assertThat(holidays.holiday(Region.ENGLAND_AND_WALES, LocalDate.of(2026, 12, 28)))
        .hasValue("Boxing Day (substitute day)");
    assertThat(holidays.holiday(Region.SCOTLAND, LocalDate.of(2027, 1, 4)))
        .hasValue("2nd January (substitute day)");
    assertThat(holidays.holiday(Region.SCOTLAND, LocalDate.of(2024, 12, 2)))
        .hasValue("St. Andrew's Day (substitute day)");
    assertThat(holidays.holiday(Region.NORTHERN_IRELAND, LocalDate.of(2024, 3, 18)))
        .hasValue("Saint Patrick's Day (substitute day)");
  }

  @Test
  void oneOffHolidaysOfRecentYears() {
    for (Region region : Region.values()) {
      assertThat(holidays.holiday(region, LocalDate.of(2023, 5, 8))).hasValue("King's Coronation");
      assertThat(holidays.holiday(region, LocalDate.of(2022, 9, 19))).isPresent();
      assertThat(holidays.holiday(region, LocalDate.of(2022, 6, 3))).isPresent();
    }
  }

  @Test
  void observancesAreNotBankHolidays() {
    HolidayManager manager =
        HolidayManager.getInstance(
            ManagerParameters.create(getClass().getResource("/holidays/Holidays_observance.xml")));
    BankHolidays withObservances = new JollydayBankHolidays(manager);

    assertThat(withObservances.holiday(Region.ENGLAND_AND_WALES, LocalDate.of(2026, 12, 25)))
        .isPresent();
    assertThat(withObservances.holiday(Region.ENGLAND_AND_WALES, LocalDate.of(2026, 12, 24)))
        .isEmpty();
    assertThat(withObservances.holiday(Region.ENGLAND_AND_WALES, LocalDate.of(2026, 12, 31)))
        .isEmpty();
  }

  @Test
  void answersTheSameOnEveryAsk() {
    LocalDate goodFriday = LocalDate.of(2027, 3, 26);
    assertThat(holidays.holiday(Region.SCOTLAND, goodFriday))
        .isEqualTo(holidays.holiday(Region.SCOTLAND, goodFriday))
        .hasValue("Good Friday");
  }
}

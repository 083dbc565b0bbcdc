package uk.irodispute.holidays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.irodispute.core.calendar.BankHolidays;
import uk.irodispute.core.calendar.Region;
import uk.irodispute.core.calendar.WorkingCalendar;
import uk.irodispute.core.calendar.WorkingHours;

class GovUkBankHolidaysTest {

  private static Path fixture(String name) {
    try {
      return Path.of(GovUkBankHolidaysTest.class.getResource("/holidays/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private final Path special = fixture("bank-holidays-with-special-day.json");

  @Test
  void readsTheEventsOfEachDivision() {
    GovUkBankHolidays file = GovUkBankHolidays.read(special);

    assertThat(file.source()).isEqualTo(special);
    assertThat(file.holiday(Region.ENGLAND_AND_WALES, LocalDate.of(2026, 6, 8)))
        .hasValue("Special bank holiday");
    assertThat(file.holiday(Region.SCOTLAND, LocalDate.of(2026, 11, 30)))
        .hasValue("St Andrew’s Day");
    assertThat(file.holiday(Region.SCOTLAND, LocalDate.of(2026, 6, 8))).isEmpty();
    assertThat(file.covers(Region.ENGLAND_AND_WALES, 2026)).isTrue();
    assertThat(file.covers(Region.ENGLAND_AND_WALES, 2027)).isFalse();
    assertThat(file.covers(Region.NORTHERN_IRELAND, 2026)).as("not in the file").isFalse();
  }

  @Test
  void aOneOffHolidayInTheFileOverridesTheLibraryForThatYear() {
    BankHolidays layered = BankHolidaySources.withGovUkFile(special);
    BankHolidays library = BankHolidaySources.standard();
    LocalDate specialDay = LocalDate.of(2026, 6, 8);

    assertThat(library.holiday(Region.ENGLAND_AND_WALES, specialDay)).isEmpty();
    assertThat(layered.holiday(Region.ENGLAND_AND_WALES, specialDay))
        .hasValue("Special bank holiday");

    WorkingCalendar england =
        new WorkingCalendar(Region.ENGLAND_AND_WALES, WorkingHours.DEFAULT, List.of(), layered);
    assertThat(england.isWorkingDay(specialDay)).isFalse();
    assertThat(england.nthWorkingDayAfter(LocalDate.of(2026, 6, 5), 1))
        .isEqualTo(LocalDate.of(2026, 6, 9));
  }

  @Test
  void theFileDecidesTheYearsItCoversAndTheLibraryTheRest() {
    BankHolidays layered = BankHolidaySources.withGovUkFile(special);

    // The library has Scotland's World Cup holiday on 15 June 2026; the file, which covers 2026
    // for Scotland, does not, so the file wins.
    assertThat(BankHolidaySources.standard().holiday(Region.SCOTLAND, LocalDate.of(2026, 6, 15)))
        .isPresent();
    assertThat(layered.holiday(Region.SCOTLAND, LocalDate.of(2026, 6, 15))).isEmpty();
    // 2027 is not in the file: the library answers.
    assertThat(layered.holiday(Region.ENGLAND_AND_WALES, LocalDate.of(2027, 3, 26)))
        .hasValue("Good Friday");
    // Northern Ireland is not in the file: the library answers, even for 2026.
    assertThat(layered.holiday(Region.NORTHERN_IRELAND, LocalDate.of(2026, 3, 17)))
        .hasValue("Saint Patrick's Day");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "truncated.json | not valid JSON",
        "no-events.json | england-and-wales: 'events' must be a list",
        "bad-date.json | england-and-wales.events[1].date: '28/12/2026' is not a date",
        "no-title.json | scotland.events[0]: 'title' is missing or empty",
        "unknown-division.json | unknown division(s) [england-wales]"
      })
  void aMalformedFileFailsNamingTheFileAndTheProblem(String name, String problem) {
    Path file = fixture(name);

    assertThatThrownBy(() -> BankHolidaySources.withGovUkFile(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bank holidays file " + file + " is malformed")
        .hasMessageContaining(problem);
  }

  @Test
  void aMissingFileFailsNamingIt() {
    Path missing = Path.of("no-such-dir", "bank-holidays.json");

    assertThatThrownBy(() -> BankHolidaySources.withGovUkFile(missing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bank holidays file " + missing + " cannot be read");
  }

  @Test
  void withoutTheFileTheLibraryAlone() {
    BankHolidays holidays =
        BankHolidaySources.withGovUkFileIfPresent(Path.of("no-such-dir", "bank-holidays.json"));

    assertThat(holidays).isInstanceOf(JollydayBankHolidays.class);
    assertThat(BankHolidaySources.withGovUkFileIfPresent(special))
        .isInstanceOf(LayeredBankHolidays.class);
    assertThat(BankHolidaySources.GOV_UK_FILE)
        .isEqualTo(Path.of("mappings/calendar/bank-holidays.json"));
  }
}

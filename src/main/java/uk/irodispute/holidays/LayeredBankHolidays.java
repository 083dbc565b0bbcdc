package uk.irodispute.holidays;

import java.time.LocalDate;
import java.util.Optional;
import uk.irodispute.core.calendar.BankHolidays;
import uk.irodispute.core.calendar.Region;

/**
 * The GOV.UK file where it has something to say, the library elsewhere. For a year the file covers
 * in a region, the file alone decides (it is the official list, with one-off holidays such as a
 * coronation); for any other year, or a region the file leaves out, the library answers.
 */
public final class LayeredBankHolidays implements BankHolidays {

  private final GovUkBankHolidays file;
  private final BankHolidays library;

  public LayeredBankHolidays(GovUkBankHolidays file, BankHolidays library) {
    this.file = file;
    this.library = library;
  }

  @Override
  public Optional<String> holiday(Region region, LocalDate date) {
    return file.covers(region, date.getYear())
        ? file.holiday(region, date)
        : library.holiday(region, date);
  }
}

package uk.irodispute.holidays;

import java.nio.file.Files;
import java.nio.file.Path;
import uk.irodispute.core.calendar.BankHolidays;

/**
 * The bank-holiday sources the adapter offers.
 *
 * <p>To refresh the data, a council downloads {@code https://www.gov.uk/bank-holidays.json} and
 * saves it, unchanged, as {@code mappings/calendar/bank-holidays.json} ({@link #GOV_UK_FILE}). When
 * that file is present it decides the years it lists; the jollyday library answers for the rest. A
 * malformed file stops start-up with a message naming the file and what is wrong.
 */
public final class BankHolidaySources {

  /** Where a council puts its copy of the GOV.UK bank-holidays data, relative to the adapter. */
  public static final Path GOV_UK_FILE = Path.of("mappings", "calendar", "bank-holidays.json");

  private BankHolidaySources() {}

  /** The jollyday library alone. */
  public static BankHolidays standard() {
    return new JollydayBankHolidays();
  }

  /**
   * The GOV.UK file for the years it lists, the library for the others.
   *
   * @throws IllegalArgumentException when the file is missing or malformed, naming it
   */
  public static BankHolidays withGovUkFile(Path file) {
    return new LayeredBankHolidays(GovUkBankHolidays.read(file), standard());
  }

  /** {@link #withGovUkFile} when the file exists, otherwise {@link #standard}. */
  public static BankHolidays withGovUkFileIfPresent(Path file) {
    return Files.exists(file) ? withGovUkFile(file) : standard();
  }
}

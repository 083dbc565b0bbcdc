package uk.irodispute.core.calendar;

import java.time.LocalDate;
import java.util.Optional;

/** Bank holidays by region, from a maintained source. */
public interface BankHolidays {

  /** The holiday's name when the date is a bank holiday in the region, otherwise empty. */
  Optional<String> holiday(Region region, LocalDate date);
}

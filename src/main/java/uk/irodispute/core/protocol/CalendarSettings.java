package uk.irodispute.core.protocol;

import java.time.LocalDate;
import java.util.List;
import uk.irodispute.core.calendar.Region;
import uk.irodispute.core.calendar.WorkingHours;

/**
 * The calendar a protocol's timescales count in.
 *
 * @param region whose bank holidays apply
 * @param hours working time on a working day
 * @param closureDays the council's own closure days, on top of bank holidays
 */
public record CalendarSettings(Region region, WorkingHours hours, List<LocalDate> closureDays) {

  public CalendarSettings {
    closureDays = List.copyOf(closureDays);
  }
}

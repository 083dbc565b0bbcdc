package uk.irodispute.core.engine;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import uk.irodispute.core.calendar.Region;
import uk.irodispute.core.calendar.WorkingCalendar;
import uk.irodispute.core.calendar.WorkingHours;
import uk.irodispute.core.protocol.Protocol;
import uk.irodispute.core.protocol.ProtocolRegistry;
import uk.irodispute.holidays.BankHolidaySources;
import uk.irodispute.mappings.ProtocolFileLoader;

/** The shipped protocol files, loaded once, with the calendars they count in. */
final class Protocols {

  static final List<Protocol> SHIPPED =
      new ProtocolFileLoader().loadDirectory(Path.of("mappings/protocols"));
  static final ProtocolRegistry REGISTRY = new ProtocolRegistry(SHIPPED);
  static final Calendars CALENDARS =
      settings ->
          new WorkingCalendar(
              settings.region(),
              settings.hours(),
              settings.closureDays(),
              BankHolidaySources.standard());
  static final WorkingCalendar ENGLAND =
      new WorkingCalendar(
          Region.ENGLAND_AND_WALES, WorkingHours.DEFAULT, List.of(), BankHolidaySources.standard());

  private Protocols() {}

  static EscalationEngine engine() {
    return new EscalationEngine(REGISTRY, CALENDARS);
  }

  /** A local time in Europe/London, as people in the council read it. */
  static Instant london(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.ZONE).toInstant();
  }
}

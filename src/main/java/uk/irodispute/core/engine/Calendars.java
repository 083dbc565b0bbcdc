package uk.irodispute.core.engine;

import uk.irodispute.core.calendar.WorkingCalendar;
import uk.irodispute.core.protocol.CalendarSettings;

/** Gives the working calendar for a protocol's calendar settings. */
@FunctionalInterface
public interface Calendars {
  WorkingCalendar forSettings(CalendarSettings settings);
}

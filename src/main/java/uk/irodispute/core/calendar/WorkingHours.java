package uk.irodispute.core.calendar;

import java.time.LocalTime;

/**
 * Working time on a working day, local to Europe/London.
 *
 * @param start opening, 09:00 unless configured
 * @param close close of business, 17:00 unless configured
 */
public record WorkingHours(LocalTime start, LocalTime close) {

  public static final WorkingHours DEFAULT =
      new WorkingHours(LocalTime.of(9, 0), LocalTime.of(17, 0));

  public WorkingHours {
    if (!start.isBefore(close)) {
      throw new IllegalArgumentException(
          "working hours must open before they close, got " + start + " to " + close);
    }
  }

  public long minutesPerDay() {
    return java.time.Duration.between(start, close).toMinutes();
  }
}

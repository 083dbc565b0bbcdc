package uk.irodispute.reports;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The weekly oversight digest's settings ({@code iro.digest.*}).
 *
 * @param enabled whether the schedule sends it
 * @param role the directory role it goes to, for example {@code hos-sars}
 * @param day the day of the week it goes, for example {@code MONDAY}
 * @param time the London time it goes, for example {@code 08:00}
 */
@ConfigurationProperties(prefix = "iro.digest")
public record DigestProperties(boolean enabled, String role, String day, String time) {

  public DigestProperties {
    if (role == null || role.isBlank()) {
      throw new IllegalArgumentException(
          "iro.digest.role: give the directory role the digest goes to");
    }
    role = role.strip();
    day = dayOf(day).name();
    time = timeOf(time).toString();
  }

  /** The Quartz cron expression of the schedule, with {@code +} for spaces as a URI takes it. */
  public String cron() {
    LocalTime at = LocalTime.parse(time);
    return String.join(
        "+",
        "0",
        String.valueOf(at.getMinute()),
        String.valueOf(at.getHour()),
        "?",
        "*",
        day.substring(0, 3));
  }

  private static DayOfWeek dayOf(String day) {
    try {
      return DayOfWeek.valueOf(day == null ? "" : day.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "iro.digest.day: '" + day + "' is not a day of the week; for example MONDAY", e);
    }
  }

  private static LocalTime timeOf(String time) {
    try {
      return LocalTime.parse(time == null ? "" : time.strip());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "iro.digest.time: '" + time + "' is not a time of day; for example 08:00", e);
    }
  }

  /**
   * The schedule as {@code routes/reports.yaml} reads it, {@code
   * {{bean:oversightDigestSchedule.cron}}}.
   *
   * @param cron the Quartz cron expression, {@code +} for spaces
   */
  public record Schedule(String cron) {}
}

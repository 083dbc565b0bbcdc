package uk.irodispute.core.engine;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import uk.irodispute.core.calendar.WorkingCalendar;

/**
 * Due times in words, in London time, as alerts and notes give them: "Tuesday 29 December 2026 at
 * 17:00", or in Welsh "Dydd Mawrth 29 Rhagfyr 2026 am 17:00". The engine's own reasons are in
 * English.
 */
public final class DueTimes {

  /** English, the language of the engine's reasons. */
  public static final String ENGLISH = "en";

  /** Welsh: day and month names from the JDK's Welsh locale. */
  public static final String WELSH = "cy";

  private static final Map<String, InWords> LANGUAGES =
      Map.of(
          ENGLISH,
          new InWords(
              DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK),
              "no fixed time"),
          WELSH,
          new InWords(
              DateTimeFormatter.ofPattern(
                  "EEEE d MMMM yyyy 'am' HH:mm", Locale.forLanguageTag(WELSH)),
              "dim amser penodol"));

  private DueTimes() {}

  /** A time in English words. */
  public static String inWords(Instant instant) {
    return inWords(instant, ENGLISH);
  }

  /**
   * A time in words in a language.
   *
   * @param language {@link #ENGLISH} or {@link #WELSH}; any other is English
   */
  public static String inWords(Instant instant, String language) {
    InWords words = LANGUAGES.getOrDefault(language, LANGUAGES.get(ENGLISH));
    return instant == null
        ? words.noTime()
        : words.format().format(instant.atZone(WorkingCalendar.ZONE));
  }

  private record InWords(DateTimeFormatter format, String noTime) {}
}

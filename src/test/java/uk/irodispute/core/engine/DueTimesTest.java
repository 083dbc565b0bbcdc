package uk.irodispute.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A due time in words is in London time, in the reader's language. */
class DueTimesTest {

  /** Monday 30 November 2026, 17:00 in London (GMT). */
  private static final Instant WINTER = Instant.parse("2026-11-30T17:00:00Z");

  /** Wednesday 1 July 2026, 09:30 in London (BST). */
  private static final Instant SUMMER = Instant.parse("2026-07-01T08:30:00Z");

  @Test
  void englishNamesTheDayAndMonthInEnglish() {
    assertThat(DueTimes.inWords(WINTER)).isEqualTo("Monday 30 November 2026 at 17:00");
    assertThat(DueTimes.inWords(WINTER, DueTimes.ENGLISH))
        .isEqualTo("Monday 30 November 2026 at 17:00");
  }

  @Test
  void welshNamesTheDayAndMonthInWelsh() {
    assertThat(DueTimes.inWords(WINTER, DueTimes.WELSH))
        .isEqualTo("Dydd Llun 30 Tachwedd 2026 am 17:00");
  }

  @Test
  void welshKeepsLondonTimeInSummer() {
    assertThat(DueTimes.inWords(SUMMER, DueTimes.WELSH))
        .isEqualTo("Dydd Mercher 1 Gorffennaf 2026 am 09:30");
  }

  @Test
  void noTimeIsSaidInTheLanguage() {
    assertThat(DueTimes.inWords(null, DueTimes.ENGLISH)).isEqualTo("no fixed time");
    assertThat(DueTimes.inWords(null, DueTimes.WELSH)).isEqualTo("dim amser penodol");
  }

  @Test
  void aLanguageWithoutWordsOfItsOwnIsEnglish() {
    assertThat(DueTimes.inWords(WINTER, "fr")).isEqualTo("Monday 30 November 2026 at 17:00");
  }
}

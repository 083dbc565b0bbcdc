package uk.irodispute.systems.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The common times a case system writes are read without the JDK's formatter; whatever the text,
 * the instant is the one the formatter reads, and text the short way does not read goes to the
 * formatter.
 */
class NoteTimesProperties {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Property(tries = 2000)
  void theShortWayReadsWhatTheFormatterReadsOrLeavesItToIt(@ForAll("times") String text) {
    Instant common = NoteTimes.parseCommon(text, LONDON);
    Instant any = NoteTimes.parseAny(text, LONDON);
    if (common != null) {
      assertThat(common).as(text).isEqualTo(any);
    }
    assertThat(NoteTimes.instant(text, LONDON))
        .as(text)
        .isEqualTo(NoteTimes.parseAny(text.strip(), LONDON));
  }

  @Example
  void theCaseSystemsUsualTimesAreReadTheShortWay() {
    assertThat(NoteTimes.parseCommon("2026-11-02T09:30:00Z", LONDON))
        .isEqualTo(Instant.parse("2026-11-02T09:30:00Z"));
    assertThat(NoteTimes.parseCommon("2026-07-02T09:30:00.25+01:00", LONDON))
        .isEqualTo(Instant.parse("2026-07-02T08:30:00.250Z"));
    assertThat(NoteTimes.parseCommon("2026-07-02 09:30", LONDON))
        .as("local, in British Summer Time")
        .isEqualTo(Instant.parse("2026-07-02T08:30:00Z"));
    assertThat(NoteTimes.parseCommon("2026-10-25T01:30:00", LONDON))
        .as("the hour the clocks go back: the earlier instant")
        .isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
  }

  @Example
  void otherTextIsLeftToTheFormatter() {
    assertThat(NoteTimes.parseCommon("2026-07-02T09:30:00+01:00[Europe/London]", LONDON)).isNull();
    assertThat(NoteTimes.instant("2026-07-02T09:30:00+01:00[Europe/London]", LONDON))
        .isEqualTo(Instant.parse("2026-07-02T08:30:00Z"));
    assertThat(NoteTimes.parseCommon("2026-07-02t09:30:00z", LONDON)).isNull();
    assertThat(NoteTimes.instant("2026-07-02t09:30:00z", LONDON))
        .isEqualTo(Instant.parse("2026-07-02T09:30:00Z"));
  }

  /** Times of the shapes case systems write, their fields now and then out of range or bent. */
  @Provide
  Arbitrary<String> times() {
    Arbitrary<String> date =
        Combinators.combine(
                Arbitraries.of("2026", "2024", "1999", "0000", "9999", "202", "20x6"),
                Arbitraries.of("01", "02", "03", "10", "12", "13", "00", "1"),
                Arbitraries.of("01", "25", "28", "29", "30", "31", "32", "00"))
            .as((y, m, d) -> y + "-" + m + "-" + d);
    Arbitrary<String> time =
        Combinators.combine(
                Arbitraries.of("00", "01", "09", "12", "23", "24", "3"),
                Arbitraries.of("00", "30", "59", "60"),
                Arbitraries.of("", ":00", ":59", ":60", ":5"),
                Arbitraries.of("", ".1", ".25", ".123456789", ".1234567891", ".", ".x"))
            .as((h, m, s, f) -> h + ":" + m + s + (s.isEmpty() ? "" : f));
    Arbitrary<String> zone =
        Arbitraries.of(
            "",
            "Z",
            "z",
            "+01:00",
            "-05:30",
            "+00:00",
            "-00:00",
            "+18:00",
            "+19:00",
            "+0100",
            "+01",
            "+01:00:30",
            "[Europe/London]",
            "+01:00[Europe/London]",
            " ",
            "Zx");
    return Combinators.combine(date, Arbitraries.of("T", " ", "t", "_"), time, zone)
        .as((d, sep, t, z) -> d + sep + t + z);
  }
}

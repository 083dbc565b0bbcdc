package uk.irodispute.polling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import uk.irodispute.core.note.NoteScreen;

/** The screen's settings as an IT team writes them in {@code iro.screen}. */
class ScreenSettingsTest {

  /** The defaults of {@code application.yaml}. */
  static ScreenSettings defaults() {
    return new ScreenSettings(
        DataSize.ofKilobytes(64),
        DataSize.ofKilobytes(64),
        Duration.ofMinutes(10),
        Duration.ofDays(90),
        null,
        DataSize.ofMegabytes(10),
        DataSize.ofMegabytes(1),
        64,
        DataSize.ofMegabytes(200));
  }

  @Test
  void theDefaultsAreTheCoresDefaults() {
    assertThat(defaults().limits()).isEqualTo(NoteScreen.Limits.DEFAULT);
  }

  @Test
  void theEarliestDateIsADayInLondonOrAnInstant() {
    assertThat(with("2026-07-01").limits().earliest())
        .as("the start of the day in London, in summer time")
        .isEqualTo(Instant.parse("2026-06-30T23:00:00Z"));
    assertThat(with("2026-04-01T06:00:00Z").limits().earliest())
        .isEqualTo(Instant.parse("2026-04-01T06:00:00Z"));
    assertThat(with(" ").limits().earliest()).isNull();
  }

  @Test
  void anEarliestDateThatIsNotOneStopsStartUpNamingTheSetting() {
    assertThatThrownBy(() -> with("1st April"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("iro.screen.earliest")
        .hasMessageContaining("2026-04-01");
  }

  private static ScreenSettings with(String earliest) {
    ScreenSettings d = defaults();
    return new ScreenSettings(
        d.mostTextSize(),
        d.mostAnswersSize(),
        d.futureTolerance(),
        d.oldestAge(),
        earliest,
        d.mostPageSize(),
        d.mostNoteSize(),
        d.mostNoteDepth(),
        d.mostAnswerSize());
  }
}

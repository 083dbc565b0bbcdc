package uk.irodispute.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The accelerated clock against a base clock the test moves by hand. */
class AcceleratedClockTest {

  static final Instant REAL_START = Instant.parse("2026-11-22T15:00:00Z");

  /** A base clock that stands still until moved. */
  static final class HandClock extends Clock {
    private Instant now;

    HandClock(Instant now) {
      this.now = now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void oneRealMinuteIsOneSimulatedDayAtSpeed1440() {
    HandClock real = new HandClock(REAL_START);
    Clock clock = AcceleratedClock.startingNow(real, 1440, null);

    assertThat(clock.instant()).isEqualTo(REAL_START);
    real.advance(Duration.ofMinutes(1));
    assertThat(clock.instant()).isEqualTo(REAL_START.plus(Duration.ofDays(1)));
    real.advance(Duration.ofMillis(500));
    assertThat(clock.instant()).isEqualTo(REAL_START.plus(Duration.ofDays(1)).plusSeconds(720));
  }

  @Test
  void startsFromTheGivenInstantAndRunsFromThere() {
    HandClock real = new HandClock(REAL_START);
    Instant start = Instant.parse("2026-11-04T08:00:00Z");
    Clock clock = AcceleratedClock.startingNow(real, 60, start);

    assertThat(clock.instant()).isEqualTo(start);
    real.advance(Duration.ofMinutes(8));
    assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-04T16:00:00Z"));
  }

  @Test
  void speedOneFollowsTheBaseClock() {
    HandClock real = new HandClock(REAL_START);
    Clock clock = AcceleratedClock.startingNow(real, 1, null);

    real.advance(Duration.ofSeconds(42));
    assertThat(clock.instant()).isEqualTo(real.instant());
  }

  @Test
  void anotherZoneKeepsTheSameTime() {
    HandClock real = new HandClock(REAL_START);
    Clock clock = AcceleratedClock.startingNow(real, 100, null);
    Clock london = clock.withZone(ZoneId.of("Europe/London"));

    real.advance(Duration.ofSeconds(3));
    assertThat(london.instant()).isEqualTo(clock.instant()).isEqualTo(REAL_START.plusSeconds(300));
    assertThat(london.getZone()).isEqualTo(ZoneId.of("Europe/London"));
  }

  @Test
  void aSpeedBelowOneIsRefused() {
    assertThatThrownBy(() -> AcceleratedClock.startingNow(new HandClock(REAL_START), 0, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
  }

  @Test
  void theSettingsGiveTheRealClockUnlessSpeedOrStartIsSet() {
    HandClock real = new HandClock(REAL_START);

    assertThat(new ClockProperties(null, null).clock(real)).isSameAs(real);
    assertThat(new ClockProperties(1L, null).clock(real)).isSameAs(real);

    Clock fast = new ClockProperties(1440L, null).clock(real);
    real.advance(Duration.ofMinutes(1));
    assertThat(fast.instant()).isEqualTo(REAL_START.plusSeconds(60 * 1440));

    Instant start = Instant.parse("2027-01-04T09:00:00Z");
    assertThat(new ClockProperties(null, start).clock(real).instant()).isEqualTo(start);
  }
}

package uk.irodispute.polling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * How long a poll waits after the case system answered 429: its {@code Retry-After} in seconds or
 * as an HTTP date, a minute when it gives none or nothing readable.
 */
class PollRetryAfterTest {

  static final Clock NOW = Clock.fixed(Instant.parse("2026-11-04T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void anHttpDateIsWaitedUntil() {
    assertThat(PollCycle.retryAfter("Wed, 04 Nov 2026 10:30:00 GMT", NOW))
        .isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void secondsAreWaitedAndAtLeastOne() {
    assertThat(PollCycle.retryAfter("120", NOW)).isEqualTo(Duration.ofSeconds(120));
    assertThat(PollCycle.retryAfter("0", NOW)).isEqualTo(Duration.ofSeconds(1));
    assertThat(PollCycle.retryAfter("Wed, 04 Nov 2026 09:00:00 GMT", NOW))
        .as("a date already past")
        .isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void noneOrGarbageWaitsAMinute() {
    assertThat(PollCycle.retryAfter(null, NOW)).isEqualTo(Duration.ofMinutes(1));
    assertThat(PollCycle.retryAfter("soon", NOW)).isEqualTo(Duration.ofMinutes(1));
  }
}

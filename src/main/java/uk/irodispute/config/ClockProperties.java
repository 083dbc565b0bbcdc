package uk.irodispute.config;

import java.time.Clock;
import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The adapter's clock: real time by default, or accelerated so that the sandbox shows a dispute
 * climbing its stages in minutes.
 *
 * @param speed how many simulated seconds pass in one real second (1 is real time, 1440 a day a
 *     minute)
 * @param start the simulated time at start-up; null to start from the real time
 */
@ConfigurationProperties(prefix = "iro.clock")
public record ClockProperties(Long speed, Instant start) {

  public ClockProperties {
    speed = speed == null ? 1L : speed;
  }

  /** The real clock itself when neither speed nor start is set, else an accelerated one. */
  public Clock clock(Clock real) {
    if (speed == 1L && start == null) {
      return real;
    }
    return AcceleratedClock.startingNow(real, speed, start);
  }
}

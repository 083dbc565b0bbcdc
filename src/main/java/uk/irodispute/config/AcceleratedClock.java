package uk.irodispute.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A clock that runs {@code speed} times faster than its base clock from the moment it is made, so
 * that a person can watch a dispute's working days go by in minutes. With speed 1 and no start it
 * tells the base clock's time.
 */
public final class AcceleratedClock extends Clock {

  private final Clock base;
  private final Instant baseAtStart;
  private final Instant start;
  private final long speed;
  private final ZoneId zone;

  private AcceleratedClock(
      Clock base, Instant baseAtStart, Instant start, long speed, ZoneId zone) {
    this.base = base;
    this.baseAtStart = baseAtStart;
    this.start = start;
    this.speed = speed;
    this.zone = zone;
  }

  /**
   * @param base the real clock
   * @param speed how many simulated seconds pass in one real second; at least 1
   * @param start the simulated time at this moment; null for the base clock's time now
   */
  public static AcceleratedClock startingNow(Clock base, long speed, Instant start) {
    Objects.requireNonNull(base, "base");
    if (speed < 1) {
      throw new IllegalArgumentException("the clock's speed must be at least 1, not " + speed);
    }
    Instant now = base.instant();
    return new AcceleratedClock(base, now, start == null ? now : start, speed, base.getZone());
  }

  /** How many simulated seconds pass in one real second. */
  public long speed() {
    return speed;
  }

  @Override
  public Instant instant() {
    Duration elapsed = Duration.between(baseAtStart, base.instant());
    return start.plus(elapsed.multipliedBy(speed));
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new AcceleratedClock(base, baseAtStart, start, speed, other);
  }

  @Override
  public String toString() {
    return "AcceleratedClock[" + speed + "x from " + start + ", " + zone + "]";
  }
}

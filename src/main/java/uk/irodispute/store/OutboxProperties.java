package uk.irodispute.store;

import java.time.Duration;
import java.util.random.RandomGenerator;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox retries: an exponential back-off with jitter, and a bounded number of attempts.
 *
 * <p>The wait after the n-th failed attempt is {@code firstWait × waitMultiplier^(n-1)}, never more
 * than {@code longestWait}, then shortened by a random part of up to {@code jitter} of it, so that
 * items failed together do not all come back at the same moment.
 *
 * @param maxAttempts attempts before an item is dead and waits for a replay
 * @param claimLease how long a claimed item is left to its sender before another may take it
 * @param firstWait the wait after the first failed attempt
 * @param waitMultiplier how much longer each wait is than the one before (1 for a fixed wait)
 * @param longestWait the longest wait between two attempts
 * @param jitter the largest part of a wait taken off at random, from 0 (none) to 1 (any of it)
 */
@ConfigurationProperties("iro.outbox")
public record OutboxProperties(
    @DefaultValue("50") int maxAttempts,
    @DefaultValue("5m") Duration claimLease,
    @DefaultValue("30s") Duration firstWait,
    @DefaultValue("2") double waitMultiplier,
    @DefaultValue("1h") Duration longestWait,
    @DefaultValue("0.2") double jitter) {

  public OutboxProperties {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("iro.outbox.max-attempts must be 1 or more");
    }
    positive(claimLease, "claim-lease");
    positive(firstWait, "first-wait");
    positive(longestWait, "longest-wait");
    if (longestWait.compareTo(firstWait) < 0) {
      throw new IllegalArgumentException(
          "iro.outbox.longest-wait (" + longestWait + ") is shorter than first-wait " + firstWait);
    }
    if (!(waitMultiplier >= 1)) {
      throw new IllegalArgumentException("iro.outbox.wait-multiplier must be 1 or more");
    }
    if (!(jitter >= 0 && jitter < 1)) {
      throw new IllegalArgumentException(
          "iro.outbox.jitter is a fraction of the wait: from 0 up to, not including, 1");
    }
  }

  /**
   * The wait after the given failed attempt (1 for the first).
   *
   * @param random where the jitter comes from
   */
  Duration waitAfter(int attempt, RandomGenerator random) {
    double millis = firstWait.toMillis() * Math.pow(waitMultiplier, Math.max(attempt, 1) - 1.0);
    double capped = Math.min(millis, longestWait.toMillis());
    double shortened = capped * (1 - jitter * random.nextDouble());
    return Duration.ofMillis(Math.max(1, Math.round(shortened)));
  }

  private static void positive(Duration d, String name) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException("iro.outbox." + name + " must be longer than zero");
    }
  }
}

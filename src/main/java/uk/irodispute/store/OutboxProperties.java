package uk.irodispute.store;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox retries.
 *
 * @param maxAttempts attempts before an item is dead and waits for a replay
 * @param claimLease how long a claimed item is left to its sender before another may take it
 * @param backoff the wait after the 1st, 2nd, ... failed attempt; the last repeats
 */
@ConfigurationProperties("iro.outbox")
public record OutboxProperties(
    @DefaultValue("10") int maxAttempts,
    @DefaultValue("5m") Duration claimLease,
    @DefaultValue({"30s", "2m", "10m", "30m", "1h"}) List<Duration> backoff) {

  public OutboxProperties {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("iro.outbox.max-attempts must be 1 or more");
    }
    if (claimLease.isNegative() || claimLease.isZero()) {
      throw new IllegalArgumentException("iro.outbox.claim-lease must be longer than zero");
    }
    if (backoff.isEmpty()) {
      throw new IllegalArgumentException("iro.outbox.backoff needs at least one wait");
    }
    backoff = List.copyOf(backoff);
  }

  /** The wait after the given failed attempt (1 for the first). */
  Duration waitAfter(int attempt) {
    return backoff.get(Math.min(Math.max(attempt, 1), backoff.size()) - 1);
  }
}

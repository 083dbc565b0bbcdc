package uk.irodispute.health;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the adapter's own health checks turn DEGRADED or DOWN.
 *
 * @param missedPolls a source is DOWN once this many of its poll intervals have passed without a
 *     successful poll (since its last success, or since start-up before the first)
 * @param outboxOldestWaiting the outbox is DOWN once a delivery still to be sent was queued longer
 *     ago than this
 * @param outboxFailedAttempts the outbox is DOWN once a waiting delivery has failed this many
 *     attempts; DEGRADED from its first failed attempt
 * @param mostOpenDeadLetters the dead letters are DOWN once more than this many are open
 */
@ConfigurationProperties("iro.health")
public record HealthSettings(
    @DefaultValue("3") int missedPolls,
    @DefaultValue("10m") Duration outboxOldestWaiting,
    @DefaultValue("3") int outboxFailedAttempts,
    @DefaultValue("0") int mostOpenDeadLetters) {

  public HealthSettings {
    if (missedPolls < 1) {
      throw new IllegalArgumentException("iro.health.missed-polls must be 1 or more");
    }
    if (outboxOldestWaiting.isNegative() || outboxOldestWaiting.isZero()) {
      throw new IllegalArgumentException("iro.health.outbox-oldest-waiting must be positive");
    }
    if (outboxFailedAttempts < 1) {
      throw new IllegalArgumentException("iro.health.outbox-failed-attempts must be 1 or more");
    }
    if (mostOpenDeadLetters < 0) {
      throw new IllegalArgumentException("iro.health.most-open-dead-letters must be 0 or more");
    }
  }
}

package uk.irodispute.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import uk.irodispute.store.Backlog;
import uk.irodispute.store.DeadLetterReason;
import uk.irodispute.store.OutboxStatus;

/**
 * The outbox is DOWN when deliveries are stuck: the oldest item still to be sent (waiting for an
 * attempt or claimed by a sender) was queued longer ago than {@code
 * iro.health.outbox-oldest-waiting} (a target down for that long, or no node delivering). Details:
 * the items in each status, the oldest one's age, and the deliveries that are dead letters still
 * open.
 */
public class OutboxHealthIndicator implements HealthIndicator {

  private final Backlog backlog;
  private final Clock clock;
  private final Duration oldestWaiting;

  public OutboxHealthIndicator(Backlog backlog, Clock clock, Duration oldestWaiting) {
    this.backlog = backlog;
    this.clock = clock;
    this.oldestWaiting = oldestWaiting;
  }

  @Override
  public Health health() {
    Instant now = clock.instant();
    Optional<Instant> since = backlog.oldestWaitingSince();
    Duration age = since.map(at -> Duration.between(at, now)).orElse(Duration.ZERO);
    Health.Builder builder;
    if (age.compareTo(oldestWaiting) > 0) {
      builder =
          Health.down()
              .withDetail(
                  "reason", "a delivery has waited longer than " + oldestWaiting.toString());
    } else {
      builder = Health.up();
    }
    for (Map.Entry<OutboxStatus, Long> items : backlog.outboxItems().entrySet()) {
      builder.withDetail(items.getKey().name().toLowerCase(Locale.ROOT), items.getValue());
    }
    since.ifPresent(
        at ->
            builder
                .withDetail("oldestWaitingSince", at.toString())
                .withDetail("oldestWaitingSeconds", Math.max(0, age.toSeconds())));
    builder.withDetail(
        "deadLettersOpen", backlog.openDeadLetters().get(DeadLetterReason.DELIVERY_FAILED));
    return builder.build();
  }
}

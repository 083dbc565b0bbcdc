package uk.irodispute.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import uk.irodispute.store.Backlog;
import uk.irodispute.store.DeadLetterReason;
import uk.irodispute.store.OutboxStatus;

/**
 * The outbox is DOWN when deliveries are stuck: the oldest item still to be sent (waiting for an
 * attempt or claimed by a sender) was queued longer ago than {@code
 * iro.health.outbox-oldest-waiting}, or a waiting item has failed {@code
 * iro.health.outbox-failed-attempts} attempts. It is DEGRADED while a waiting item's last attempt
 * failed, below those. Details: the items in each status, the oldest one's age, the failing items,
 * and the deliveries that are dead letters still open.
 */
public class OutboxHealthIndicator implements HealthIndicator {

  /** Working, with something going wrong: answered 200, shown between UP and DOWN. */
  public static final Status DEGRADED = new Status("DEGRADED");

  private final Backlog backlog;
  private final Clock clock;
  private final Duration oldestWaiting;
  private final int failedAttempts;

  public OutboxHealthIndicator(
      Backlog backlog, Clock clock, Duration oldestWaiting, int failedAttempts) {
    this.backlog = backlog;
    this.clock = clock;
    this.oldestWaiting = oldestWaiting;
    this.failedAttempts = failedAttempts;
  }

  @Override
  public Health health() {
    Instant now = clock.instant();
    Optional<Instant> since = backlog.oldestWaitingSince();
    Duration age = since.map(at -> Duration.between(at, now)).orElse(Duration.ZERO);
    Backlog.Failing failing = backlog.failingItems();
    Health.Builder builder;
    if (age.compareTo(oldestWaiting) > 0) {
      builder = Health.down().withDetail("reason", "a delivery has waited longer than " + words());
    } else if (failing.mostAttempts() >= failedAttempts) {
      builder =
          Health.down()
              .withDetail(
                  "reason", "a delivery has failed " + failing.mostAttempts() + " attempts");
    } else if (failing.items() > 0) {
      builder =
          Health.status(DEGRADED)
              .withDetail(
                  "reason",
                  failing.items() == 1
                      ? "a delivery failed and waits for its next attempt"
                      : failing.items() + " deliveries failed and wait for their next attempt");
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
    builder.withDetail("failing", failing.items());
    builder.withDetail(
        "deadLettersOpen", backlog.openDeadLetters().get(DeadLetterReason.DELIVERY_FAILED));
    return builder.build();
  }

  /** The threshold passed, in minutes or hours. */
  private String words() {
    return oldestWaiting.toMinutes() >= 120
        ? oldestWaiting.toHours() + " hours"
        : Math.max(1, oldestWaiting.toMinutes()) + " minutes";
  }
}

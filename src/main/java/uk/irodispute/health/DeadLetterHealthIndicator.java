package uk.irodispute.health;

import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import uk.irodispute.store.Backlog;
import uk.irodispute.store.DeadLetterReason;

/**
 * The dead letters are DOWN while more than {@code iro.health.most-open-dead-letters} are open
 * (waiting for operations to replay or discard them): a note not taken or a delivery that gave up
 * needs a person. Details: how many are open under each reason code.
 */
public class DeadLetterHealthIndicator implements HealthIndicator {

  private final Backlog backlog;
  private final int mostOpen;

  public DeadLetterHealthIndicator(Backlog backlog, int mostOpen) {
    this.backlog = backlog;
    this.mostOpen = mostOpen;
  }

  @Override
  public Health health() {
    Map<DeadLetterReason, Long> open = backlog.openDeadLetters();
    long total = open.values().stream().mapToLong(Long::longValue).sum();
    Health.Builder builder =
        total > mostOpen
            ? Health.down().withDetail("reason", total + " open: replay or discard them")
            : Health.up();
    builder.withDetail("open", total);
    open.forEach((reason, letters) -> builder.withDetail(reason.name(), letters));
    return builder.build();
  }
}

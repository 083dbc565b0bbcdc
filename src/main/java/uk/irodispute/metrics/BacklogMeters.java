package uk.irodispute.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import uk.irodispute.store.Backlog;
import uk.irodispute.store.DeadLetterReason;
import uk.irodispute.store.OutboxStatus;

/**
 * Gauges read from the database at each scrape: {@code iro_outbox_items} by status, {@code
 * iro_outbox_oldest_waiting_seconds} (the age of the oldest delivery still to be sent, 0 when
 * none), {@code iro_dead_letters_open} by reason code, {@code iro_disputes_open} and {@code
 * iro_disputes_overdue}. Every node of a cluster reports the same figures: they are the shared
 * database's.
 */
public class BacklogMeters implements MeterBinder {

  private final Backlog backlog;
  private final Clock clock;

  public BacklogMeters(Backlog backlog, Clock clock) {
    this.backlog = backlog;
    this.clock = clock;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (OutboxStatus status : OutboxStatus.values()) {
      Gauge.builder("iro.outbox.items", backlog, b -> b.outboxItems().get(status))
          .description("Outbox items in each status")
          .tag("status", status.name().toLowerCase(Locale.ROOT))
          .register(registry);
    }
    Gauge.builder("iro.outbox.oldest.waiting", backlog, this::oldestWaitingSeconds)
        .description("How long the oldest delivery still to be sent has waited since queued")
        .baseUnit("seconds")
        .register(registry);
    Gauge.builder("iro.disputes.open", backlog, Backlog::openDisputes)
        .description("Disputes open, in a time out or not")
        .register(registry);
    Gauge.builder("iro.disputes.overdue", backlog, Backlog::overdueDisputes)
        .description("Open disputes whose current stage passed its due time")
        .register(registry);
    for (DeadLetterReason reason : DeadLetterReason.values()) {
      Gauge.builder("iro.dead.letters.open", backlog, b -> b.openDeadLetters().get(reason))
          .description("Dead letters waiting for operations to replay or discard them")
          .tag("reason", reason.name().toLowerCase(Locale.ROOT))
          .register(registry);
    }
  }

  private double oldestWaitingSeconds(Backlog b) {
    return b.oldestWaitingSince()
        .map(at -> Math.max(0, Duration.between(at, clock.instant()).toMillis() / 1000.0))
        .orElse(0.0);
  }
}

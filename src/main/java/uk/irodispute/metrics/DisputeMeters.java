package uk.irodispute.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.Map;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.irodispute.application.DisputeEventsWritten;
import uk.irodispute.core.engine.DisputeEvent;
import uk.irodispute.core.engine.EventType;

/**
 * Counts what happens to disputes, from the events committed, by protocol and stage: opened (at the
 * stage raised), escalated (to the stage), resolved, withdrawn and referred to CAFCASS (at the
 * stage), reminders, and breaches by kind. Counted once the transaction commits: a decision rolled
 * back is not counted.
 */
public class DisputeMeters {

  /** A counter of one event type. */
  private record Counted(String name, String description) {}

  /** The counter of each event type counted, beside the breaches. */
  private static final Map<EventType, Counted> COUNTED =
      Map.of(
          EventType.RAISED, new Counted("iro.disputes.opened", "Disputes raised"),
          EventType.ESCALATED, new Counted("iro.disputes.escalated", "Escalations"),
          EventType.RESOLVED, new Counted("iro.disputes.resolved", "Disputes resolved"),
          EventType.WITHDRAWN, new Counted("iro.disputes.withdrawn", "Disputes withdrawn"),
          EventType.REFERRED_TO_CAFCASS,
              new Counted("iro.disputes.referred", "Disputes referred to CAFCASS"),
          EventType.REMINDER_SENT,
              new Counted("iro.dispute.reminders", "Reminders before a stage's due time"));

  /** The breach events and their kind label. */
  private static final Map<EventType, String> BREACHES =
      Map.of(
          EventType.STAGE_BREACHED, "stage_due",
          EventType.STAGE_LIMIT_REACHED, "stage_limit",
          EventType.CAP_REACHED, "cap",
          EventType.TIME_OUT_LIMIT_REACHED, "time_out_limit");

  private final MeterRegistry registry;

  public DisputeMeters(MeterRegistry registry) {
    this.registry = registry;
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  public void written(DisputeEventsWritten written) {
    for (DisputeEvent event : written.events()) {
      String stage = event.stageId() == null ? "none" : event.stageId();
      Counted counted = COUNTED.get(event.type());
      if (counted != null) {
        counter(counted, written.protocolId(), stage).increment();
      }
      String breach = BREACHES.get(event.type());
      if (breach != null) {
        breaches(written.protocolId(), stage, breach).increment();
      }
    }
  }

  /** Registers a protocol's counters at zero for each of its stages, before the first event. */
  void atZero(String protocolId, Collection<String> stages) {
    for (String stage : stages) {
      for (Counted counted : COUNTED.values()) {
        counter(counted, protocolId, stage);
      }
      for (String breach : BREACHES.values()) {
        breaches(protocolId, stage, breach);
      }
    }
  }

  private Counter counter(Counted counted, String protocolId, String stage) {
    return Counter.builder(counted.name())
        .description(counted.description() + ", by protocol and stage")
        .tag("protocol", protocolId)
        .tag("stage", stage)
        .register(registry);
  }

  private Counter breaches(String protocolId, String stage, String kind) {
    return Counter.builder("iro.dispute.breaches")
        .description("Due times and limits passed, by protocol, stage and kind")
        .tag("protocol", protocolId)
        .tag("stage", stage)
        .tag("kind", kind)
        .register(registry);
  }
}

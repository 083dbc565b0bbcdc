package uk.irodispute.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import uk.irodispute.sending.DeliveryEvents;

/**
 * Counts delivery attempts ({@code iro_delivery_attempts_total}), deliveries ({@code
 * iro_deliveries_total}) and failed attempts ({@code iro_delivery_failures_total}), by target
 * system and kind.
 */
public class DeliveryMeters implements DeliveryEvents {

  private final MeterRegistry registry;

  public DeliveryMeters(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void attempted(String systemId, String kind) {
    attempts(systemId, kind).increment();
  }

  @Override
  public void delivered(String systemId, String kind) {
    deliveries(systemId, kind).increment();
  }

  @Override
  public void failed(String systemId, String kind) {
    failures(systemId, kind).increment();
  }

  /** Registers the three counters of a system and kind at zero, before the first attempt. */
  void atZero(String systemId, String kind) {
    attempts(systemId, kind);
    deliveries(systemId, kind);
    failures(systemId, kind);
  }

  private Counter attempts(String systemId, String kind) {
    return counter("iro.delivery.attempts", "Attempts at sending an outbox item", systemId, kind);
  }

  private Counter deliveries(String systemId, String kind) {
    return counter("iro.deliveries", "Outbox items sent", systemId, kind);
  }

  private Counter failures(String systemId, String kind) {
    return counter(
        "iro.delivery.failures", "Attempts that failed (retried, or dead)", systemId, kind);
  }

  private Counter counter(String name, String description, String systemId, String kind) {
    return Counter.builder(name)
        .description(description)
        .tag("system", systemId == null ? "unknown" : systemId)
        .tag("kind", kind == null ? "unknown" : kind)
        .register(registry);
  }
}

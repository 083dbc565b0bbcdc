package uk.irodispute.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Collection;
import uk.irodispute.polling.SourceHealth;

/**
 * Gauges of each polled source, read at each scrape from what every node recorded: {@code
 * iro_poll_last_success_timestamp_seconds} (when a page was last read and committed, as seconds
 * since 1970; 0 before the first) and {@code iro_poll_failures_in_a_row} (runs failed since then).
 */
public class SourceMeters implements MeterBinder {

  private final SourceHealth health;
  private final Collection<String> systems;

  public SourceMeters(SourceHealth health, Collection<String> systems) {
    this.health = health;
    this.systems = systems;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (String system : systems) {
      Gauge.builder("iro.poll.last.success.timestamp", health, h -> lastSuccess(h, system))
          .description("When a page of the source was last read and committed, 0 before the first")
          .baseUnit("seconds")
          .tag("system", system)
          .register(registry);
      Gauge.builder("iro.poll.failures.in.a.row", health, h -> failuresInARow(h, system))
          .description("Poll runs of the source failed since its last success")
          .tag("system", system)
          .register(registry);
    }
  }

  private static double lastSuccess(SourceHealth health, String system) {
    return health
        .of(system)
        .map(SourceHealth.Status::lastSuccess)
        .map(at -> at.toEpochMilli() / 1000.0)
        .orElse(0.0);
  }

  private static double failuresInARow(SourceHealth health, String system) {
    return health.of(system).map(SourceHealth.Status::failuresInARow).orElse(0);
  }
}

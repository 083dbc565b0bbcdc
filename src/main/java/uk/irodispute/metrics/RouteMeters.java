package uk.irodispute.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Each route's exchanges as camel-micrometer's route policy counts them on this node ({@code
 * camel_exchanges_total}, {@code camel_exchanges_failed_total} and {@code
 * camel_exchanges_failures_handled_total}, tagged by {@code routeId}), for the console. Every route
 * here handles its own errors, so a failure its error handling took care of counts as failed too.
 */
@Component
public class RouteMeters {

  /**
   * @param total exchanges that went through the route
   * @param failed of those, the ones that ended in an error, handled or not
   */
  public record Counts(long total, long failed) {}

  private final MeterRegistry registry;

  public RouteMeters(MeterRegistry registry) {
    this.registry = registry;
  }

  /** The route's counts; empty before the route policy has registered its meters. */
  public Optional<Counts> of(String routeId) {
    Counter total = counter("camel.exchanges.total", routeId);
    if (total == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Counts(
            (long) total.count(),
            count("camel.exchanges.failed", routeId)
                + count("camel.exchanges.failures.handled", routeId)));
  }

  private long count(String name, String routeId) {
    Counter counter = counter(name, routeId);
    return counter == null ? 0 : (long) counter.count();
  }

  private Counter counter(String name, String routeId) {
    return registry.find(name).tag("routeId", routeId).counter();
  }
}

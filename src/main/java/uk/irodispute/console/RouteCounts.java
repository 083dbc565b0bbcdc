package uk.irodispute.console;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Route;
import org.apache.camel.spi.RoutePolicy;
import org.apache.camel.spi.RoutePolicyFactory;
import org.apache.camel.support.RoutePolicySupport;
import org.springframework.stereotype.Component;

/**
 * How many exchanges each route has run since start-up on this node, and how many failed (an error
 * its route's error handling took care of counts as failed too: every route here handles its own).
 * Camel keeps such statistics only through JMX, which the adapter does not run; this policy, given
 * to every route as it is made, counts them instead.
 */
@Component
public class RouteCounts implements RoutePolicyFactory {

  /**
   * @param total exchanges that went through the route
   * @param failed of those, the ones that ended in an error, handled or not
   */
  public record Counts(long total, long failed) {}

  private final Map<String, Counter> counters = new ConcurrentHashMap<>();

  @Override
  public RoutePolicy createRoutePolicy(CamelContext camel, String routeId, NamedNode route) {
    return counters.computeIfAbsent(routeId, id -> new Counter());
  }

  /** The route's counts; empty for a route made before this policy was in place. */
  public Optional<Counts> of(String routeId) {
    Counter counter = counters.get(routeId);
    return counter == null
        ? Optional.empty()
        : Optional.of(new Counts(counter.total.sum(), counter.failed.sum()));
  }

  private static final class Counter extends RoutePolicySupport {
    private final LongAdder total = new LongAdder();
    private final LongAdder failed = new LongAdder();

    @Override
    public void onExchangeDone(Route route, Exchange exchange) {
      total.increment();
      if (exchange.isFailed() || exchange.getExchangeExtension().isFailureHandled()) {
        failed.increment();
      }
    }
  }
}

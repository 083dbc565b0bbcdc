package uk.irodispute.console;

import java.util.Comparator;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;
import org.springframework.stereotype.Component;
import uk.irodispute.metrics.RouteMeters;

/** Every Camel route on this node: its status, how long it has run, its exchanges. */
@Component
class RouteStates {

  private final CamelContext camel;
  private final RouteMeters counts;

  RouteStates(CamelContext camel, RouteMeters counts) {
    this.camel = camel;
    this.counts = counts;
  }

  /**
   * One route.
   *
   * @param from the endpoint it consumes, without its options
   * @param status Camel's status: {@code Started}, {@code Stopped}, {@code Suspended}, ...
   * @param total exchanges since start-up, or a dash when not counted
   * @param failed of those, the ones that ended in an error
   */
  record Row(
      String id,
      String from,
      String status,
      boolean started,
      String uptime,
      String total,
      String failed,
      boolean failing) {}

  List<Row> rows() {
    return camel.getRoutes().stream()
        .sorted(Comparator.comparing(Route::getRouteId))
        .map(this::row)
        .toList();
  }

  private Row row(Route route) {
    ServiceStatus status = camel.getRouteController().getRouteStatus(route.getRouteId());
    var counted = counts.of(route.getRouteId());
    return new Row(
        route.getRouteId(),
        route.getEndpoint() == null ? "" : route.getEndpoint().getEndpointBaseUri(),
        status == null ? "unknown" : status.name(),
        status == ServiceStatus.Started,
        status == ServiceStatus.Started ? route.getUptime() : "-",
        counted.map(c -> Long.toString(c.total())).orElse("-"),
        counted.map(c -> Long.toString(c.failed())).orElse("-"),
        counted.map(c -> c.failed() > 0).orElse(false));
  }
}

package uk.irodispute.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.health.CompositeHealth;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthComponent;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * The adapter's overall health as {@code /actuator/health} computes it, for the console's banner:
 * the same status word (UP, DEGRADED, DOWN, ...) and, for each check that is not UP, its reason.
 */
@Component
class HealthBanner {

  private final HealthEndpoint health;

  HealthBanner(HealthEndpoint health) {
    this.health = health;
  }

  /**
   * @param status the overall status, as the actuator words it
   * @param tone ok, wait or bad, for the page's colour
   * @param reasons a line for each check not UP: its name and why
   */
  record Banner(String status, String tone, List<String> reasons) {}

  Banner now() {
    HealthComponent overall = health.health();
    List<String> reasons = new ArrayList<>();
    collect("", overall, reasons);
    String status = overall.getStatus().getCode();
    return new Banner(status, tone(overall.getStatus()), reasons);
  }

  private static void collect(String name, HealthComponent component, List<String> reasons) {
    if (component instanceof CompositeHealth composite) {
      composite
          .getComponents()
          .forEach(
              (child, inner) ->
                  collect(name.isEmpty() ? child : name + "/" + child, inner, reasons));
    } else if (component instanceof Health leaf && !Status.UP.equals(leaf.getStatus())) {
      reasons.add(name + " " + leaf.getStatus().getCode() + ": " + reason(leaf.getDetails()));
    }
  }

  private static String reason(Map<String, Object> details) {
    for (String key : List.of("reason", "lastFailureReason", "error")) {
      Object value = details.get(key);
      if (value != null) {
        return value.toString();
      }
    }
    return "see /actuator/health";
  }

  private static String tone(Status status) {
    if (Status.UP.equals(status)) {
      return "ok";
    }
    return Status.DOWN.equals(status) || Status.OUT_OF_SERVICE.equals(status) ? "bad" : "wait";
  }
}

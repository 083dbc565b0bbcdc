package uk.irodispute.core.protocol;

import java.util.List;
import uk.irodispute.core.calendar.Timescale;

/**
 * How long the chair has to decide after a response at a stage, and what happens when the chair has
 * not decided by then (seed 002: "If not satisfied the matter would escalate to level 2 on the same
 * day").
 *
 * @param decideWithin from the response, for example {@code same day}
 * @param then what happens when the chair has recorded no decision by then
 * @param alert roles alerted with the chair when {@code then} is {@code alert-chair}
 */
public record AfterResponse(Timescale decideWithin, BreachAction then, List<String> alert) {

  public AfterResponse {
    alert = List.copyOf(alert);
  }
}

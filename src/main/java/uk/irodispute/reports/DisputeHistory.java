package uk.irodispute.reports;

import java.util.List;
import uk.irodispute.core.engine.DisputeEvent;
import uk.irodispute.core.model.Dispute;

/**
 * A dispute as the store keeps it: its state and its events in order.
 *
 * @param dispute the state
 * @param events its history, the first event first
 */
public record DisputeHistory(Dispute dispute, List<DisputeEvent> events) {

  public DisputeHistory {
    events = List.copyOf(events);
  }
}

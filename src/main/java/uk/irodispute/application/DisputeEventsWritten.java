package uk.irodispute.application;

import java.util.List;
import uk.irodispute.core.engine.DisputeEvent;

/**
 * Published when a decision's events are written, in its transaction; listeners that count wait for
 * the commit ({@code @TransactionalEventListener}). Events carry references, stage ids and times
 * only.
 *
 * @param protocolId the protocol the dispute runs under
 */
public record DisputeEventsWritten(String systemId, String protocolId, List<DisputeEvent> events) {

  public DisputeEventsWritten {
    events = List.copyOf(events);
  }
}

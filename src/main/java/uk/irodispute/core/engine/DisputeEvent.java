package uk.irodispute.core.engine;

import java.time.Instant;
import java.util.Map;
import uk.irodispute.core.model.DisputeReference;

/**
 * One entry of a dispute's append-only history. Carries identifiers, stage ids and times only: no
 * note text and no personal data.
 *
 * @param reference the dispute
 * @param sequence 1 for the first event of the dispute, then one more for each
 * @param at when it happened
 * @param type what happened
 * @param stageId the stage it concerns, if any
 * @param commandId the note that caused it, if any
 * @param details further facts (due times, response type, reasons)
 */
public record DisputeEvent(
    DisputeReference reference,
    long sequence,
    Instant at,
    EventType type,
    String stageId,
    String commandId,
    Map<String, String> details) {

  public DisputeEvent {
    details = Map.copyOf(details);
  }
}

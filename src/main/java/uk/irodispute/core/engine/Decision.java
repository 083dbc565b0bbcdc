package uk.irodispute.core.engine;

import java.util.List;
import java.util.Optional;
import uk.irodispute.core.model.Dispute;

/**
 * What the engine decided.
 *
 * @param dispute the new state; empty when a raise was rejected and no dispute exists
 * @param events to append to the dispute's history
 * @param effects to put in the outbox
 * @param outcome applied, a duplicate, recorded only, or rejected
 * @param reason why, when not simply applied
 */
public record Decision(
    Optional<Dispute> dispute,
    List<DisputeEvent> events,
    List<Effect> effects,
    Outcome outcome,
    String reason) {

  public Decision {
    events = List.copyOf(events);
    effects = List.copyOf(effects);
  }

  /** How a command or tick was taken. */
  public enum Outcome {
    /** The state changed as asked. */
    APPLIED,
    /** The note was seen before: nothing changed. */
    DUPLICATE,
    /** Recorded in the history, but not applied (a response to a closed stage). */
    RECORDED_ONLY,
    /** Not allowed now: a rejection event records why. */
    REJECTED,
    /** A tick with nothing due. */
    NOTHING_DUE
  }
}

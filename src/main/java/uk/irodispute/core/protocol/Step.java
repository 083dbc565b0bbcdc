package uk.irodispute.core.protocol;

import java.util.List;
import java.util.Optional;
import uk.irodispute.core.calendar.Timescale;

/**
 * A timed task inside a stage, for example "agreement reached within 3 working days". A note may
 * mark it done; until then its owner is reminded before it falls due and alerted when it does.
 *
 * @param id for example {@code agreement}
 * @param name what must be done
 * @param within how long it may take
 * @param after the step it counts from: from when that step was done, or from its due time while it
 *     is not; empty counts from the stage opening
 * @param owner the role that must do it
 * @param reminders how long before its due time each reminder goes
 * @param from what it counts from when not its own stage's opening: {@code raised}, or the id of an
 *     earlier stage whose opening anchors it; null counts from its own stage's opening
 */
public record Step(
    String id,
    String name,
    Timescale within,
    String after,
    String owner,
    List<Timescale> reminders,
    String from) {

  /** The {@code from} value that counts from the raise. */
  public static final String RAISED = "raised";

  public Step {
    reminders = reminders == null ? List.of() : List.copyOf(reminders);
  }

  public Optional<String> fromIfAny() {
    return Optional.ofNullable(from);
  }

  public Optional<String> afterStep() {
    return Optional.ofNullable(after);
  }
}

package uk.irodispute.core.protocol;

import java.util.List;
import java.util.Optional;
import uk.irodispute.core.calendar.Timescale;

/**
 * A limit on the whole process, for example "maximum of 20 working days".
 *
 * @param id for example {@code formal-maximum}
 * @param name in the protocol's words
 * @param within how long the process may take
 * @param from what the limit counts from
 * @param whenStartedAt applies only to disputes that started at one of these stages; empty means
 *     any
 * @param unlessStartedAt does not apply to disputes that started at one of these stages
 * @param alert roles alerted, with the chair, when the cap is reached
 * @param mayBePassedWith the role whose approval lets an extension pass the cap; null means the cap
 *     may not be passed
 */
public record Cap(
    String id,
    String name,
    Timescale within,
    CapStart from,
    List<String> whenStartedAt,
    List<String> unlessStartedAt,
    List<String> alert,
    String mayBePassedWith) {

  public Cap {
    whenStartedAt = List.copyOf(whenStartedAt);
    unlessStartedAt = List.copyOf(unlessStartedAt);
    alert = List.copyOf(alert);
  }

  /** Whether this cap governs a dispute that started at the given stage. */
  public boolean appliesToStart(String startStageId) {
    return (whenStartedAt.isEmpty() || whenStartedAt.contains(startStageId))
        && !unlessStartedAt.contains(startStageId);
  }

  /** The role whose approval, named in the note, lets an extension pass this cap. */
  public Optional<String> passApprover() {
    return Optional.ofNullable(mayBePassedWith);
  }

  /** What a cap counts from. */
  public enum CapStart {
    /** The moment the dispute was raised (the original notification). */
    RAISED,
    /** The moment the first formal stage opened. */
    FORMAL_START
  }
}

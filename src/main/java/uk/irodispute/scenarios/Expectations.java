package uk.irodispute.scenarios;

import java.time.Instant;
import java.util.List;
import uk.irodispute.core.engine.AlertKind;
import uk.irodispute.core.engine.Decision;
import uk.irodispute.core.model.DisputeStatus;
import uk.irodispute.core.protocol.RecordKind;

/**
 * What a step expects. A field left null is not checked.
 *
 * @param stage the stage the dispute is at
 * @param due the current stage's due time
 * @param overallDue the earliest overall limit (cap) still to fall due
 * @param status open, paused, resolved, ...
 * @param outcome how the step's note was taken; a note rejected is a difference unless expected
 * @param alerts every alert produced since the last step, in any order
 * @param notes every case note written back since the last step, in any order
 */
public record Expectations(
    String stage,
    Moment due,
    Moment overallDue,
    DisputeStatus status,
    Decision.Outcome outcome,
    List<ExpectedAlert> alerts,
    List<ExpectedNote> notes) {

  /** Nothing checked. */
  static final Expectations NONE = new Expectations(null, null, null, null, null, null, null);

  /**
   * A time expected; {@code at} null for none.
   *
   * @param at the time, or null when none is expected
   */
  public record Moment(Instant at) {}

  /**
   * An alert expected.
   *
   * @param kind why it is sent
   * @param to the roles asked to act, in any order
   * @param cc the roles copied in, in any order; null when not checked
   * @param line where it is written
   */
  public record ExpectedAlert(AlertKind kind, List<String> to, List<String> cc, int line) {}

  /**
   * A case note expected.
   *
   * @param kind query, action or outcome
   * @param by the role it is recorded as authored by; null when not checked
   * @param line where it is written
   */
  public record ExpectedNote(RecordKind kind, String by, int line) {}
}

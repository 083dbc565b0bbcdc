package uk.irodispute.core.engine;

import java.time.Instant;
import java.util.Set;
import uk.irodispute.core.calendar.Timescale;
import uk.irodispute.core.model.Concerns;
import uk.irodispute.core.model.DisputeReference;
import uk.irodispute.core.model.Subject;

/**
 * What a chair or recipient asks of a dispute through a case note. Every command carries the id of
 * the note (with its version) that it came from, so a repeated note changes nothing, and the time
 * the note was recorded in the case system.
 */
public sealed interface Command {

  /** The source note's id and version, unique per note version. */
  String commandId();

  /** When the note was recorded in the case system. */
  Instant recordedAt();

  /**
   * Open a dispute.
   *
   * @param outcomeSought what the chair seeks, as the system file words the answer; null when the
   *     note gives none of the answers the file lists (free text is never carried)
   */
  record Raise(
      String commandId,
      Instant recordedAt,
      DisputeReference reference,
      String protocolId,
      Subject subject,
      String chairId,
      String trackId,
      String categoryId,
      String seriousnessId,
      String startAtStage,
      Instant chairSetDueAt,
      Set<String> recorded,
      boolean repeatOfEarlierDispute,
      Concerns concerns,
      String outcomeSought)
      implements Command {
    public Raise {
      recorded = recorded == null ? Set.of() : Set.copyOf(recorded);
      concerns = concerns == null ? Concerns.CHILDRENS_SERVICES : concerns;
    }

    /** A raise stating no outcome sought the system file lists. */
    public Raise(
        String commandId,
        Instant recordedAt,
        DisputeReference reference,
        String protocolId,
        Subject subject,
        String chairId,
        String trackId,
        String categoryId,
        String seriousnessId,
        String startAtStage,
        Instant chairSetDueAt,
        Set<String> recorded,
        boolean repeatOfEarlierDispute,
        Concerns concerns) {
      this(
          commandId,
          recordedAt,
          reference,
          protocolId,
          subject,
          chairId,
          trackId,
          categoryId,
          seriousnessId,
          startAtStage,
          chairSetDueAt,
          recorded,
          repeatOfEarlierDispute,
          concerns,
          null);
    }
  }

  /** A command about an existing dispute. */
  sealed interface OnDispute extends Command {
    DisputeReference reference();
  }

  /** A written response from a recipient; the stage is inferred when not given. */
  record Respond(
      String commandId,
      Instant recordedAt,
      DisputeReference reference,
      String stageId,
      String responseType,
      String fromRole)
      implements OnDispute {}

  /** A task (a step of the current stage) is done: it is no longer reminded or alerted. */
  record TaskDone(String commandId, Instant recordedAt, DisputeReference reference, String taskId)
      implements OnDispute {}

  /** The chair is satisfied: the dispute is resolved. */
  record Satisfied(String commandId, Instant recordedAt, DisputeReference reference)
      implements OnDispute {}

  /** The chair is not satisfied: escalate to the next stage, or to a named later one. */
  record Escalate(String commandId, Instant recordedAt, DisputeReference reference, String toStage)
      implements OnDispute {}

  /** A time out: the clock stops. */
  record Pause(String commandId, Instant recordedAt, DisputeReference reference, String approvedBy)
      implements OnDispute {}

  /** The time out ends: every pending due time moves by the working time paused. */
  record Resume(String commandId, Instant recordedAt, DisputeReference reference)
      implements OnDispute {}

  /**
   * More time at the current stage: either by a timescale from the current due time, or to a time.
   *
   * @param approvedBy the role whose approval the note names; null if none. Passing a cap needs the
   *     approval of the role the cap names.
   */
  record Extend(
      String commandId,
      Instant recordedAt,
      DisputeReference reference,
      Timescale by,
      Instant until,
      String reason,
      String approvedBy)
      implements OnDispute {}

  /** The chair refers to CAFCASS; allowed at any point. */
  record Refer(String commandId, Instant recordedAt, DisputeReference reference)
      implements OnDispute {}

  /** The chair withdraws the dispute. */
  record Withdraw(String commandId, Instant recordedAt, DisputeReference reference)
      implements OnDispute {}

  /** A comment on the dispute: recorded, nothing else. */
  record Comment(String commandId, Instant recordedAt, DisputeReference reference)
      implements OnDispute {}
}

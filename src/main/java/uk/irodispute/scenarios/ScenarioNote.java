package uk.irodispute.scenarios;

import java.time.Instant;
import java.util.Set;
import uk.irodispute.core.calendar.Timescale;
import uk.irodispute.core.engine.Command;
import uk.irodispute.core.model.Concerns;
import uk.irodispute.core.model.DisputeReference;
import uk.irodispute.core.model.Subject;

/**
 * A note as an IRO or a manager records it in a scenario. Each kind reads only its own fields; the
 * others are null.
 *
 * @param kind what the note asks
 * @param stage raise: the entry stage; respond: the stage answered; escalate: the stage to go to
 * @param category raise: what the dispute is about
 * @param seriousness raise: how serious the chair judged it
 * @param repeat raise: a repeat of an earlier dispute about the same child
 * @param concerns raise: children's services, or another part of the council
 * @param recorded raise: what the note states (issue, outcome-sought, response-by)
 * @param responseBy raise: the due time the chair sets
 * @param response respond: the response type
 * @param from respond: the role responding
 * @param by extend: the time added
 * @param until extend: the new due time
 * @param reason extend: why
 * @param approvedBy time-out or extension past a cap: the role that approved it
 * @param task task-done: the step marked done
 */
public record ScenarioNote(
    Kind kind,
    String stage,
    String category,
    String seriousness,
    boolean repeat,
    Concerns concerns,
    Set<String> recorded,
    Instant responseBy,
    String response,
    String from,
    Timescale by,
    Instant until,
    String reason,
    String approvedBy,
    String task) {

  /** The notes a scenario may record, written in files in lower case with '-'. */
  public enum Kind {
    RAISE,
    RESPOND,
    SATISFIED,
    ESCALATE,
    EXTEND,
    TIME_OUT,
    RESUME,
    REFER,
    WITHDRAW,
    COMMENT,
    TASK_DONE
  }

  /** What a raise states when the scenario does not say: all three things Annex A asks for. */
  static final Set<String> EVERYTHING_RECORDED = Set.of("issue", "outcome-sought", "response-by");

  /** The raise's command. */
  Command.Raise raise(
      String noteId,
      Instant at,
      DisputeReference reference,
      String protocolId,
      String trackId,
      Subject subject,
      String chairId) {
    return new Command.Raise(
        noteId,
        at,
        reference,
        protocolId,
        subject,
        chairId,
        trackId,
        category,
        seriousness,
        stage,
        responseBy,
        recorded,
        repeat,
        concerns);
  }

  /** The command of any other kind, about the dispute {@code reference}. */
  Command.OnDispute onDispute(String noteId, Instant at, DisputeReference reference) {
    return switch (kind) {
      case RESPOND -> new Command.Respond(noteId, at, reference, stage, response, from);
      case SATISFIED -> new Command.Satisfied(noteId, at, reference);
      case ESCALATE -> new Command.Escalate(noteId, at, reference, stage);
      case EXTEND -> new Command.Extend(noteId, at, reference, by, until, reason, approvedBy);
      case TIME_OUT -> new Command.Pause(noteId, at, reference, approvedBy);
      case RESUME -> new Command.Resume(noteId, at, reference);
      case REFER -> new Command.Refer(noteId, at, reference);
      case WITHDRAW -> new Command.Withdraw(noteId, at, reference);
      case COMMENT -> new Command.Comment(noteId, at, reference);
      case TASK_DONE -> new Command.TaskDone(noteId, at, reference, task);
      case RAISE -> throw new IllegalStateException("a raise opens a dispute; it is not about one");
    };
  }
}

package uk.irodispute.core.engine;

import static uk.irodispute.core.engine.DisputeDraft.details;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.irodispute.core.model.DisputeReference;
import uk.irodispute.core.model.Subject;
import uk.irodispute.core.protocol.RoleDefinition;

/** How a decision ends: applied, or rejected with an event and an alert to the chair or author. */
final class Verdicts {

  private Verdicts() {}

  static Decision applied(DisputeDraft d) {
    return new Decision(
        Optional.of(d.freeze()), d.events, d.effects, Decision.Outcome.APPLIED, null);
  }

  /** A command the dispute cannot take now: a rejection event and an alert to the chair. */
  static Decision reject(DisputeDraft d, Command c, Instant t, String reason) {
    return reject(d, c, t, reason, List.of(RoleDefinition.CHAIR), List.of());
  }

  /**
   * A command on a closed dispute: a rejection event, and an alert to the note's author with the
   * chair in copy. The author may be someone other than the chair (a manager who recorded "not
   * satisfied" after the IRO closed it); when it is the chair, one mail reaches them.
   */
  static Decision rejectOnClosed(DisputeDraft d, Command c, Instant t, String reason) {
    return reject(d, c, t, reason, List.of(RoleDefinition.AUTHOR), List.of(RoleDefinition.CHAIR));
  }

  private static Decision reject(
      DisputeDraft d, Command c, Instant t, String reason, List<String> to, List<String> cc) {
    d.event(
        t,
        EventType.COMMAND_REJECTED,
        d.currentStageId,
        c.commandId(),
        details("command", c.getClass().getSimpleName(), "reason", reason));
    d.alert(
        AlertKind.NOTE_REJECTED,
        to,
        cc,
        d.currentDefinition(),
        null,
        Asked.of(Asked.Ask.NOTE_NOT_APPLIED, "reason", reason));
    return new Decision(
        Optional.of(d.freeze()), d.events, d.effects, Decision.Outcome.REJECTED, reason);
  }

  static Decision rejectRaise(Command.Raise c, String reason) {
    return rejectNote(
        c.commandId(),
        null,
        c.subject(),
        c.chairId(),
        Asked.of(Asked.Ask.NOTE_NOT_TAKEN, "reason", reason),
        reason);
  }

  /** See {@link EscalationEngine#rejectNote}. */
  static Decision rejectNote(
      String commandId,
      DisputeReference dispute,
      Subject subject,
      String authorId,
      Asked asked,
      String reason) {
    Effect alert =
        new Effect.SendAlert(
            "note/" + commandId + "/rejected",
            dispute,
            subject,
            AlertKind.NOTE_REJECTED,
            List.of(RoleDefinition.CHAIR),
            List.of(),
            null,
            null,
            null,
            asked,
            authorId);
    return new Decision(
        Optional.empty(), List.of(), List.of(alert), Decision.Outcome.REJECTED, reason);
  }

  static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  static String ids(List<String> ids) {
    return String.join(", ", ids);
  }
}

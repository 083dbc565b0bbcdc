package uk.irodispute.core.engine;

import static uk.irodispute.core.engine.DisputeDraft.details;
import static uk.irodispute.core.engine.Verdicts.applied;
import static uk.irodispute.core.engine.Verdicts.reject;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.core.model.DisputeReference;
import uk.irodispute.core.model.Subject;
import uk.irodispute.core.protocol.Protocol;
import uk.irodispute.core.protocol.ProtocolRegistry;
import uk.irodispute.core.protocol.Track;

/**
 * Runs a protocol's clock: {@code (dispute, command or tick, now) -> (dispute, events, effects)}.
 * Deterministic: the same input always gives the same output, including effect keys. A command that
 * is not allowed gives a rejection event and an alert to the chair, never an exception.
 *
 * <p>The parts: {@link Raising} opens a dispute; {@link StageClock} opens, schedules, escalates and
 * closes stages; {@link TimeOuts}, {@link Extensions}, {@link Responses}, {@link Escalations} and
 * {@link Outcomes} take the chair's notes; {@link TimerFiring} fires what is due.
 */
public final class EscalationEngine {

  private final ProtocolRegistry protocols;
  private final Calendars calendars;
  private final Raising raising;

  public EscalationEngine(ProtocolRegistry protocols, Calendars calendars) {
    this.protocols = protocols;
    this.calendars = calendars;
    this.raising = new Raising(protocols, calendars);
  }

  /** Opens a dispute; a raise that cannot be taken opens none and alerts the chair why. */
  public Decision raise(Command.Raise c, Instant now) {
    return raising.raise(c, now);
  }

  /** Applies a command to an existing dispute. */
  public Decision decide(Dispute dispute, Command.OnDispute c, Instant now) {
    if (dispute.appliedCommands().contains(c.commandId())) {
      return new Decision(
          Optional.of(dispute),
          List.of(),
          List.of(),
          Decision.Outcome.DUPLICATE,
          "note " + c.commandId() + " was already decided on");
    }
    DisputeDraft draft = draftOf(dispute);
    draft.appliedCommands.add(c.commandId());
    Instant recorded = c.recordedAt().isAfter(now) ? now : c.recordedAt();
    Instant t =
        recorded.isBefore(draft.currentRecord().openedAt())
            ? draft.currentRecord().openedAt()
            : recorded;
    if (c instanceof Command.Respond r) {
      return Responses.respond(draft, r, recorded, t);
    }
    if (draft.status.isClosed()) {
      return Verdicts.rejectOnClosed(
          draft,
          c,
          t,
          "the dispute is already "
              + draft.status.name().toLowerCase()
              + "; only responses are recorded now");
    }
    if (c instanceof Command.TaskDone done) {
      return Tasks.whyNotDone(draft, done.taskId())
          .map(why -> reject(draft, c, t, why))
          .orElseGet(
              () -> {
                Tasks.done(draft, done, t);
                return applied(draft);
              });
    }
    if (c instanceof Command.Satisfied) {
      return Outcomes.resolve(draft, c, t);
    }
    if (c instanceof Command.Withdraw) {
      return Outcomes.withdraw(draft, c, t);
    }
    if (c instanceof Command.Escalate e) {
      return Escalations.asked(draft, e, t);
    }
    if (c instanceof Command.Pause p) {
      return TimeOuts.pause(draft, p, t);
    }
    if (c instanceof Command.Resume) {
      return TimeOuts.resume(draft, c, t);
    }
    if (c instanceof Command.Extend x) {
      return Extensions.extend(draft, x, t);
    }
    if (c instanceof Command.Refer r) {
      return Outcomes.refer(draft, r, t);
    }
    draft.event(t, EventType.COMMENT_RECORDED, draft.currentStageId, c.commandId(), details());
    return applied(draft);
  }

  /** Fires everything due by {@code now}, in due order; each fires at its own due time. */
  public Decision tick(Dispute dispute, Instant now) {
    DisputeDraft draft = draftOf(dispute);
    TimerFiring.fireAllDue(draft, now);
    if (draft.events.isEmpty()) {
      return new Decision(
          Optional.of(dispute), List.of(), List.of(), Decision.Outcome.NOTHING_DUE, null);
    }
    return applied(draft);
  }

  /**
   * A dispute note that cannot be taken and opens or changes no dispute: no events, and an alert
   * telling its author (as the role {@code chair}) why.
   *
   * @param commandId the note's id and version
   * @param subject whose case the note is on
   * @param authorId who recorded the note
   * @param reason in plain words, with no note text and no personal data
   */
  public static Decision rejectNote(
      String commandId, Subject subject, String authorId, String reason) {
    return Verdicts.rejectNote(
        commandId,
        null,
        subject,
        authorId,
        Asked.of(Asked.Ask.NOTE_NOT_TAKEN, "reason", reason),
        reason);
  }

  /**
   * As {@link #rejectNote(String, Subject, String, String)}, with what the alert asks given.
   *
   * @param asked why, and what to record instead, as an ask its wording says in words
   * @param reason the decision's reason, for operations
   */
  public static Decision rejectNote(
      String commandId, Subject subject, String authorId, Asked asked, String reason) {
    return Verdicts.rejectNote(commandId, null, subject, authorId, asked, reason);
  }

  /**
   * As {@link #rejectNote(String, Subject, String, Asked, String)}, for a note on a dispute that
   * stays as it is: the alert names the dispute.
   *
   * @param dispute the dispute the note was about
   */
  public static Decision rejectNote(
      String commandId,
      DisputeReference dispute,
      Subject subject,
      String authorId,
      Asked asked,
      String reason) {
    return Verdicts.rejectNote(commandId, dispute, subject, authorId, asked, reason);
  }

  private DisputeDraft draftOf(Dispute d) {
    Protocol protocol =
        protocols
            .version(d.protocolId(), d.protocolVersion())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "protocol "
                            + d.protocolId()
                            + " version "
                            + d.protocolVersion()
                            + " of dispute "
                            + d.reference()
                            + " is no longer loaded; keep its file under mappings/protocols/"));
    Track track = protocol.track(d.trackId()).orElseThrow();
    return DisputeDraft.of(d, protocol, track, calendars.forSettings(protocol.calendar()));
  }
}

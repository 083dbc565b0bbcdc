package uk.irodispute.core.model;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A dispute's whole state. Immutable: the escalation engine returns a new one for every decision.
 *
 * @param reference for example {@code DRP-2026-000042}
 * @param subject the child and case, as identifiers
 * @param chairId the raising IRO or CP chair, as the source system identifies them
 * @param trackId for example {@code LAC} or {@code CP}
 * @param categoryId what it is about
 * @param seriousnessId how serious the chair judged it; null if not given
 * @param concerns children's services or another part of the council
 * @param protocolId the protocol it runs under
 * @param protocolVersion the version it started under and keeps
 * @param status open, paused or closed (and how)
 * @param raisedAt when it was raised: the original notification
 * @param startStageId the stage it started at
 * @param currentStageId the stage it is at (the last one, once closed)
 * @param formalStartedAt when the first formal stage opened; null before
 * @param referredAt when the chair referred it to CAFCASS; null if not
 * @param stages every stage it has been at, in order
 * @param pauses every time out
 * @param extensions every extension
 * @param timers what is still to fall due
 * @param appliedCommands ids of every note already decided on, so a repeat changes nothing
 * @param lastSequence the sequence number of its last event
 */
public record Dispute(
    DisputeReference reference,
    Subject subject,
    String chairId,
    String trackId,
    String categoryId,
    String seriousnessId,
    Concerns concerns,
    String protocolId,
    String protocolVersion,
    DisputeStatus status,
    Instant raisedAt,
    String startStageId,
    String currentStageId,
    Instant formalStartedAt,
    Instant referredAt,
    List<StageRecord> stages,
    List<Pause> pauses,
    List<Extension> extensions,
    List<Timer> timers,
    Set<String> appliedCommands,
    long lastSequence) {

  public Dispute {
    concerns = concerns == null ? Concerns.CHILDRENS_SERVICES : concerns;
    stages = List.copyOf(stages);
    pauses = List.copyOf(pauses);
    extensions = List.copyOf(extensions);
    timers = List.copyOf(timers);
    appliedCommands = Set.copyOf(appliedCommands);
  }

  /** The stage it is at now. */
  public StageRecord currentStage() {
    return stages.get(stages.size() - 1);
  }

  /** The stage record that was current at the given instant, if any. */
  public Optional<StageRecord> stageCurrentAt(Instant t) {
    return stages.stream().filter(s -> s.wasCurrentAt(t)).findFirst();
  }

  /** The time out in progress, if paused. */
  public Optional<Pause> openPause() {
    return pauses.stream().filter(p -> p.endedAt() == null).findFirst();
  }

  /**
   * When the engine next needs a tick: the earliest timer that can fire now (while paused, only a
   * time-out limit runs). Empty when nothing is due.
   */
  public Optional<Instant> nextDueAt() {
    if (status.isClosed()) {
      return Optional.empty();
    }
    return timers.stream()
        .filter(t -> status != DisputeStatus.PAUSED || t.kind() == Timer.TimerKind.TIME_OUT_LIMIT)
        .map(Timer::dueAt)
        .min(Comparator.naturalOrder());
  }
}

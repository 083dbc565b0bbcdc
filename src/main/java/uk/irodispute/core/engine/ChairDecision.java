package uk.irodispute.core.engine;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.irodispute.core.model.Timer;
import uk.irodispute.core.model.Timer.TimerKind;
import uk.irodispute.core.protocol.AfterResponse;
import uk.irodispute.core.protocol.RoleDefinition;
import uk.irodispute.core.protocol.StageDefinition;

/**
 * The chair's time to decide after a response, where the stage's {@code afterResponse} sets one.
 * The chair records satisfied or escalates; otherwise the protocol's choice happens when the time
 * ends.
 */
final class ChairDecision {

  private ChairDecision() {}

  /** Starts (or restarts, on a further response) the chair's time to decide; empty if none. */
  static Optional<Instant> start(DisputeDraft d, StageDefinition stage, Instant respondedAt) {
    Optional<AfterResponse> rule = stage.afterResponseIfAny();
    if (rule.isEmpty()) {
      return Optional.empty();
    }
    Instant by = rule.get().decideWithin().dueFrom(respondedAt, d.raisedAt, d.calendar);
    d.timers.removeIf(tm -> tm.kind() == TimerKind.DECISION_DUE && stage.id().equals(tm.stageId()));
    d.timers.add(
        new Timer(TimerKind.DECISION_DUE, stage.id(), rule.get().decideWithin().text(), by));
    return Optional.of(by);
  }

  /**
   * What happens when the chair's time to decide ends: escalation when the protocol says so and a
   * next stage exists, else an alert to the chair and the roles the protocol names.
   */
  static void timeUp(DisputeDraft d, Instant t) {
    StageDefinition stage = d.currentDefinition();
    AfterResponse rule = stage.afterResponseIfAny().orElseThrow();
    d.event(t, EventType.DECISION_TIME_ENDED, stage.id(), null, DisputeDraft.details());
    Optional<StageDefinition> next = d.track.after(stage.id());
    switch (rule.then()) {
      case ESCALATE -> {
        if (next.isPresent()) {
          StageClock.escalateAutomatically(d, next.get(), t);
          return;
        }
        alert(d, stage, rule);
      }
      case ALERT_CHAIR -> alert(d, stage, rule);
      case NONE -> {}
    }
  }

  private static void alert(DisputeDraft d, StageDefinition stage, AfterResponse rule) {
    d.alert(
        AlertKind.DECISION_NEEDED,
        List.of(RoleDefinition.CHAIR),
        rule.alert(),
        stage,
        null,
        Asked.of(Asked.Ask.DECISION_TIME_ENDED, "decideWithin", rule.decideWithin().text()));
  }
}

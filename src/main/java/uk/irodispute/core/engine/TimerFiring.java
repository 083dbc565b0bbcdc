package uk.irodispute.core.engine;

import static uk.irodispute.core.engine.DisputeDraft.details;
import static uk.irodispute.core.engine.Verdicts.concat;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.irodispute.core.model.DisputeStatus;
import uk.irodispute.core.model.StageRecord;
import uk.irodispute.core.model.Timer;
import uk.irodispute.core.model.Timer.TimerKind;
import uk.irodispute.core.protocol.Cap;
import uk.irodispute.core.protocol.RoleDefinition;
import uk.irodispute.core.protocol.StageDefinition;
import uk.irodispute.core.protocol.Step;

/**
 * Fires a dispute's timers: each at its own due time, in due order, as if the tick was punctual.
 */
final class TimerFiring {

  private static final String CHAIR = RoleDefinition.CHAIR;
  private static final int MOST_TIMERS_IN_ONE_TICK = 1_000;

  private TimerFiring() {}

  /** Fires every timer due by {@code now}; none but the time out's limit while paused. */
  static void fireAllDue(DisputeDraft draft, Instant now) {
    for (int fired = 0; fired < MOST_TIMERS_IN_ONE_TICK; fired++) {
      Optional<Timer> next =
          draft.timers.stream()
              .filter(tm -> !tm.dueAt().isAfter(now))
              .filter(tm -> !draft.status.isClosed())
              .filter(
                  tm ->
                      draft.status != DisputeStatus.PAUSED || tm.kind() == TimerKind.TIME_OUT_LIMIT)
              .min(Comparator.comparing(Timer::dueAt).thenComparing(Timer::kind));
      if (next.isEmpty()) {
        return;
      }
      draft.timers.remove(next.get());
      fire(draft, next.get());
    }
  }

  private static void fire(DisputeDraft d, Timer timer) {
    Instant t = timer.dueAt();
    switch (timer.kind()) {
      case REMINDER -> remind(d, timer, t);
      case STEP -> stepDue(d, timer, t);
      case STEP_REMINDER -> Tasks.remind(d, timer);
      case STAGE_DUE -> breach(d, t);
      case DECISION_DUE -> ChairDecision.timeUp(d, t);
      case STAGE_LIMIT -> stageLimit(d, timer, t);
      case CAP -> capReached(d, timer, t);
      case TIME_OUT_LIMIT -> timeOutTooLong(d, timer, t);
    }
  }

  private static void remind(DisputeDraft d, Timer timer, Instant t) {
    StageDefinition stage = d.currentDefinition();
    d.event(t, EventType.REMINDER_SENT, stage.id(), null, details("before", timer.ref()));
    d.alert(
        AlertKind.REMINDER,
        stage.to(),
        stage.cc(),
        stage,
        d.currentRecord().dueAt(),
        Asked.of(Asked.Ask.REMINDER));
  }

  private static void stepDue(DisputeDraft d, Timer timer, Instant t) {
    StageDefinition stage = d.currentDefinition();
    Step step =
        stage.steps().stream().filter(s -> s.id().equals(timer.ref())).findFirst().orElseThrow();
    d.event(t, EventType.STEP_DUE, stage.id(), null, details("step", step.id()));
    d.alert(
        AlertKind.STEP_DUE,
        List.of(step.owner()),
        List.of(),
        stage,
        t,
        Asked.of(Asked.Ask.STEP_DUE, "step", step.name()));
  }

  private static void stageLimit(DisputeDraft d, Timer timer, Instant t) {
    StageDefinition stage = d.currentDefinition();
    d.event(t, EventType.STAGE_LIMIT_REACHED, stage.id(), null, details("limit", timer.ref()));
    d.alert(
        AlertKind.STAGE_LIMIT_REACHED,
        List.of(CHAIR),
        concat(stage.to(), stage.cc()),
        stage,
        null,
        Asked.of(Asked.Ask.STAGE_LIMIT_REACHED, "limit", timer.ref()));
  }

  private static void capReached(DisputeDraft d, Timer timer, Instant t) {
    Cap cap =
        d.protocol.caps().stream()
            .filter(c -> c.id().equals(timer.ref()))
            .findFirst()
            .orElseThrow();
    StageDefinition stage = d.currentDefinition();
    d.event(t, EventType.CAP_REACHED, stage.id(), null, details("cap", cap.id()));
    d.alert(
        AlertKind.CAP_REACHED,
        concat(List.of(CHAIR), cap.alert()),
        List.of(),
        stage,
        null,
        Asked.of(Asked.Ask.CAP_REACHED, "cap", cap.name(), "within", cap.within().text()));
  }

  private static void timeOutTooLong(DisputeDraft d, Timer timer, Instant t) {
    StageDefinition stage = d.currentDefinition();
    d.event(t, EventType.TIME_OUT_LIMIT_REACHED, stage.id(), null, details("longest", timer.ref()));
    List<String> cc = d.protocol.timeOut().approver().map(List::of).orElse(List.of());
    d.alert(
        AlertKind.TIME_OUT_TOO_LONG,
        List.of(CHAIR),
        cc,
        stage,
        null,
        Asked.of(Asked.Ask.TIME_OUT_TOO_LONG, "longest", timer.ref()));
  }

  /** A stage's due time passed: after a response the chair decides, else its {@code onBreach}. */
  private static void breach(DisputeDraft d, Instant t) {
    StageDefinition stage = d.currentDefinition();
    StageRecord cur = d.currentRecord();
    d.replaceCurrentRecord(cur.asBreached());
    d.event(
        t,
        EventType.STAGE_BREACHED,
        stage.id(),
        null,
        details("responses", String.valueOf(cur.responses().size())));
    if (!cur.responses().isEmpty()) {
      d.alert(
          AlertKind.DECISION_NEEDED,
          List.of(CHAIR),
          List.of(),
          stage,
          null,
          Asked.of(Asked.Ask.DECIDE_AFTER_DUE));
      return;
    }
    Optional<StageDefinition> next = d.track.after(stage.id());
    switch (stage.onBreach()) {
      case ESCALATE -> {
        if (next.isPresent()) {
          StageClock.escalateAutomatically(d, next.get(), t);
        } else {
          d.alert(
              AlertKind.BREACH,
              List.of(CHAIR),
              stage.to(),
              stage,
              null,
              Asked.of(Asked.Ask.LAST_STAGE_OVERDUE, "referral", d.protocol.referral().name()));
        }
      }
      case ALERT_CHAIR ->
          d.alert(
              AlertKind.BREACH,
              List.of(CHAIR),
              stage.to(),
              stage,
              null,
              Asked.of(Asked.Ask.OVERDUE));
      case NONE -> {}
    }
  }
}

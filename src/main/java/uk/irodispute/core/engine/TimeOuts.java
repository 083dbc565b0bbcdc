package uk.irodispute.core.engine;

import static uk.irodispute.core.engine.DisputeDraft.details;
import static uk.irodispute.core.engine.Verdicts.applied;
import static uk.irodispute.core.engine.Verdicts.reject;

import java.time.Instant;
import uk.irodispute.core.model.DisputeStatus;
import uk.irodispute.core.model.Pause;
import uk.irodispute.core.model.StageRecord;
import uk.irodispute.core.model.Timer;
import uk.irodispute.core.model.Timer.TimerKind;
import uk.irodispute.core.protocol.RecordKind;
import uk.irodispute.core.protocol.RoleDefinition;
import uk.irodispute.core.protocol.StageDefinition;

/**
 * Time outs: the clock stops, only the time out's own limit runs, and resuming moves every time.
 */
final class TimeOuts {

  private TimeOuts() {}

  static Decision pause(DisputeDraft d, Command.Pause p, Instant t) {
    var rule = d.protocol.timeOut();
    if (!rule.allowed()) {
      return reject(d, p, t, d.protocol.name() + " does not provide for a time out");
    }
    if (d.status == DisputeStatus.PAUSED) {
      return reject(d, p, t, "the dispute is already in a time out");
    }
    if (rule.approver().isPresent() && !rule.approver().get().equals(p.approvedBy())) {
      String who =
          d.protocol.role(rule.approvedBy()).map(RoleDefinition::name).orElse(rule.approvedBy());
      return reject(
          d,
          p,
          t,
          "a time out needs the approval of the "
              + who
              + " ("
              + rule.approvedBy()
              + "); record it in the note");
    }
    d.status = DisputeStatus.PAUSED;
    d.pauses.add(new Pause(t, null, p.approvedBy(), 0));
    rule.longestIfAny()
        .ifPresent(
            longest ->
                d.timers.add(
                    new Timer(
                        TimerKind.TIME_OUT_LIMIT,
                        null,
                        longest.text(),
                        longest.dueFrom(t, d.raisedAt, d.calendar))));
    StageDefinition stage = d.currentDefinition();
    d.event(t, EventType.PAUSED, stage.id(), p.commandId(), details("approvedBy", p.approvedBy()));
    d.note(
        RecordKind.ACTION,
        RoleDefinition.CHAIR,
        stage,
        null,
        "Time out called on dispute "
            + d.reference
            + " at "
            + stage.name()
            + "; the clock is stopped.");
    d.alert(AlertKind.TIME_OUT, stage.to(), stage.cc(), stage, null, Asked.of(Asked.Ask.TIME_OUT));
    return applied(d);
  }

  static Decision resume(DisputeDraft d, Command c, Instant t) {
    if (d.status != DisputeStatus.PAUSED) {
      return reject(d, c, t, "the dispute is not in a time out");
    }
    resumeClock(d, c.commandId(), t);
    return applied(d);
  }

  /** Ends the time out: every timer and the due time move by the working time paused. */
  static void resumeClock(DisputeDraft d, String commandId, Instant t) {
    long minutes = endPause(d, t);
    d.status = DisputeStatus.OPEN;
    d.timers.replaceAll(tm -> tm.withDueAt(d.calendar.plusWorkingMinutes(tm.dueAt(), minutes)));
    StageRecord cur = d.currentRecord();
    Instant due = cur.dueAt() == null ? null : d.calendar.plusWorkingMinutes(cur.dueAt(), minutes);
    d.replaceCurrentRecord(cur.withDueAt(due));
    StageDefinition stage = d.currentDefinition();
    d.event(
        t,
        EventType.RESUMED,
        stage.id(),
        commandId,
        details(
            "workingMinutesPaused",
            String.valueOf(minutes),
            "dueAt",
            due == null ? null : due.toString()));
    d.alert(AlertKind.RESUMED, stage.to(), stage.cc(), stage, due, Asked.of(Asked.Ask.RESUMED));
  }

  /** Ends a time out, if one is open, as the dispute closes; its limit timer is dropped. */
  static void endIfPaused(DisputeDraft d, Instant t) {
    if (d.status == DisputeStatus.PAUSED) {
      endPause(d, t);
    }
  }

  /** Ends the open time out and returns the working minutes it lasted; drops its limit timer. */
  private static long endPause(DisputeDraft d, Instant t) {
    Pause open = d.pauses.remove(d.pauses.size() - 1);
    long minutes = d.calendar.workingMinutesBetween(open.startedAt(), t);
    d.pauses.add(new Pause(open.startedAt(), t, open.approvedBy(), minutes));
    d.timers.removeIf(tm -> tm.kind() == TimerKind.TIME_OUT_LIMIT);
    return minutes;
  }
}

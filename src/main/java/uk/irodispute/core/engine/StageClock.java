package uk.irodispute.core.engine;

import static uk.irodispute.core.engine.DisputeDraft.details;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.irodispute.core.calendar.Timescale;
import uk.irodispute.core.model.StageRecord;
import uk.irodispute.core.model.StageRecord.StageClosure;
import uk.irodispute.core.model.Timer;
import uk.irodispute.core.model.Timer.TimerKind;
import uk.irodispute.core.protocol.Cap;
import uk.irodispute.core.protocol.RecordKind;
import uk.irodispute.core.protocol.RoleDefinition;
import uk.irodispute.core.protocol.StageDefinition;
import uk.irodispute.core.protocol.StageKind;

/** A stage's clock: it opens with a due time and timers, may escalate, and closes. */
final class StageClock {

  private static final String CHAIR = RoleDefinition.CHAIR;

  private StageClock() {}

  /** Opens a stage due by its own timescale (or last step), bounded by the caps ahead. */
  static void open(DisputeDraft d, StageDefinition stage, Instant t, String commandId) {
    open(d, stage, t, ownDue(d, stage, t), commandId);
  }

  /** Opens the first stage, due when the chair set it where the stage lets the chair set it. */
  static void openFirst(
      DisputeDraft d, StageDefinition stage, Instant t, Instant chairSetDue, String commandId) {
    boolean chairSet = stage.chairSetsTimescale() && chairSetDue != null && chairSetDue.isAfter(t);
    open(d, stage, t, chairSet ? chairSetDue : ownDue(d, stage, t), commandId);
  }

  /** Escalates when a due time passes; the clock, not a note, moves the dispute. */
  static void escalateAutomatically(DisputeDraft d, StageDefinition target, Instant t) {
    escalate(d, target, t, Escalation.AUTOMATIC, null);
  }

  /** Escalates as the chair's note asks. */
  static void escalateByChair(DisputeDraft d, StageDefinition target, Instant t, String commandId) {
    escalate(d, target, t, Escalation.BY_CHAIR, commandId);
  }

  /** Closes the current stage, drops its timers and records the outcome note. */
  static void close(DisputeDraft d, StageClosure why, Instant t, String summary) {
    StageRecord r = d.currentRecord();
    d.replaceCurrentRecord(r.closed(t, why));
    d.removeTimersOf(r.stageId());
    StageDefinition stage = d.currentDefinition();
    d.note(RecordKind.OUTCOME, stage.recordedBy(), stage, null, summary);
  }

  /** Adds a reminder timer for each reminder before {@code due} that falls after the opening. */
  static void scheduleReminders(
      DisputeDraft d, StageDefinition stage, Instant openedAt, Instant due) {
    for (Timescale before : stage.reminders()) {
      Instant at = before.before(due, d.calendar);
      if (at.isAfter(openedAt)) {
        d.timers.add(new Timer(TimerKind.REMINDER, stage.id(), before.text(), at));
      }
    }
  }

  private static void escalate(
      DisputeDraft d, StageDefinition target, Instant t, Escalation how, String commandId) {
    StageDefinition from = d.currentDefinition();
    d.event(
        t,
        EventType.ESCALATED,
        target.id(),
        commandId,
        details("from", from.id(), "automatic", String.valueOf(how.automatic())));
    close(
        d,
        StageClosure.ESCALATED,
        t,
        "Not resolved at "
            + from.name()
            + "; escalated to "
            + target.name()
            + (how.automatic() ? " when the due time passed with no response." : " by the chair."));
    open(d, target, t, commandId);
  }

  private static void open(
      DisputeDraft d, StageDefinition stage, Instant t, Instant ownDue, String commandId) {
    if (stage.kind() == StageKind.FORMAL && d.formalStartedAt == null) {
      d.formalStartedAt = t;
      for (Cap cap : d.protocol.caps()) {
        if (cap.from() == Cap.CapStart.FORMAL_START && cap.appliesToStart(d.startStageId)) {
          d.timers.add(
              new Timer(
                  TimerKind.CAP, null, cap.id(), cap.within().dueFrom(t, d.raisedAt, d.calendar)));
        }
      }
    }
    CapBounds caps = CapBounds.of(d);
    Optional<Cap> cutShortBy =
        caps.earliestAfter(t)
            .filter(b -> ownDue != null && ownDue.isAfter(b.at()))
            .map(CapBounds.Bound::cap);
    Instant due = caps.bound(ownDue, t);
    d.stages.add(new StageRecord(stage.id(), t, due, due, null, null, false, List.of()));
    d.currentStageId = stage.id();
    schedule(d, stage, t, due);
    d.event(
        t,
        EventType.STAGE_OPENED,
        stage.id(),
        commandId,
        details(
            "dueAt",
            due == null ? null : due.toString(),
            "cappedBy",
            cutShortBy.map(Cap::id).orElse(null)));
    String capped =
        cutShortBy.map(c -> " The due time is the protocol's limit: " + c.name() + ".").orElse("");
    d.note(
        RecordKind.QUERY,
        stage.recordedBy(),
        stage,
        due,
        "Dispute "
            + d.reference
            + " is at "
            + stage.name()
            + "; a response is due by "
            + DueTimes.inWords(due)
            + "."
            + capped);
    List<String> to = stage.to().isEmpty() ? List.of(CHAIR) : stage.to();
    List<String> cc = new ArrayList<>(stage.cc());
    cc.addAll(OtherPartOfCouncilCopies.of(d, stage));
    if (cutShortBy.isPresent() && !to.contains(CHAIR)) {
      // The chair is told when a cap leaves a stage less than its written timescale.
      cc.add(CHAIR);
    }
    boolean referral = stage.kind() == StageKind.REFERRAL;
    if (referral) {
      cc.addAll(d.protocol.referral().consult());
    }
    Asked asked =
        Asked.of(
            Asked.Ask.STAGE_OPENED,
            "guidance",
            stage.guidance() == null ? null : stage.guidance().strip(),
            "referral",
            referral ? d.protocol.referral().name() : null,
            "cap",
            cutShortBy.map(Cap::name).orElse(null));
    d.alert(AlertKind.STAGE_OPENED, to, cc, stage, due, asked);
  }

  private static Instant ownDue(DisputeDraft d, StageDefinition stage, Instant t) {
    if (stage.timescale() != null) {
      Instant due =
          stage.timescale() instanceof Timescale.DayRange range
              ? DisputeProgress.dayRangeDue(d, range, t)
              : stage.timescale().dueFrom(t, d.raisedAt, d.calendar);
      // An escalation after a day range's last day would be due before it opens: give it the day.
      return due.isAfter(t) ? due : new Timescale.SameDay().dueFrom(t, d.raisedAt, d.calendar);
    }
    return StepTimes.lastDue(stage, t, d.raisedAt, d.calendar, Tasks.stageOpenings(d));
  }

  private static void schedule(DisputeDraft d, StageDefinition stage, Instant t, Instant due) {
    if (due != null) {
      d.timers.add(new Timer(TimerKind.STAGE_DUE, stage.id(), stage.id(), due));
      scheduleReminders(d, stage, t, due);
    }
    d.timers.addAll(Tasks.timers(stage, t, d));
    stage
        .limitIfAny()
        .ifPresent(
            limit ->
                d.timers.add(
                    new Timer(
                        TimerKind.STAGE_LIMIT,
                        stage.id(),
                        limit.text(),
                        limit.dueFrom(t, d.raisedAt, d.calendar))));
  }
}

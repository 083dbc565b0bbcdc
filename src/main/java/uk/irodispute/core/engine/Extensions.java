package uk.irodispute.core.engine;

import static uk.irodispute.core.engine.DisputeDraft.details;
import static uk.irodispute.core.engine.Verdicts.applied;
import static uk.irodispute.core.engine.Verdicts.reject;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.irodispute.core.model.Extension;
import uk.irodispute.core.model.StageRecord;
import uk.irodispute.core.model.Timer;
import uk.irodispute.core.model.Timer.TimerKind;
import uk.irodispute.core.protocol.RecordKind;
import uk.irodispute.core.protocol.RoleDefinition;
import uk.irodispute.core.protocol.StageDefinition;

/** More time at a stage: never past its limit, nor past a cap without the cap's approval. */
final class Extensions {

  private Extensions() {}

  static Decision extend(DisputeDraft d, Command.Extend x, Instant t) {
    StageDefinition stage = d.currentDefinition();
    StageRecord cur = d.currentRecord();
    if (x.reason() == null || x.reason().isBlank()) {
      return reject(d, x, t, "more time needs a reason recorded in the note");
    }
    if (cur.dueAt() == null) {
      return reject(d, x, t, stage.name() + " has no due time to extend");
    }
    if (x.by() == null && x.until() == null) {
      return reject(d, x, t, "say how much more time (for example '2 working days') or until when");
    }
    Instant newDue =
        x.until() != null ? x.until() : x.by().dueFrom(cur.dueAt(), d.raisedAt, d.calendar);
    if (!newDue.isAfter(cur.dueAt())) {
      return reject(
          d, x, t, "more time must move the due time later than " + DueTimes.inWords(cur.dueAt()));
    }
    Optional<Timer> limit =
        d.timers.stream()
            .filter(tm -> tm.kind() == TimerKind.STAGE_LIMIT && stage.id().equals(tm.stageId()))
            .findFirst();
    if (limit.isPresent() && newDue.isAfter(limit.get().dueAt())) {
      return reject(
          d,
          x,
          t,
          stage.name()
              + " may take no more than "
              + stage.limit().text()
              + ", until "
              + DueTimes.inWords(limit.get().dueAt()));
    }
    Optional<String> passesCap = CapPassing.whyRefused(d, newDue, x.approvedBy());
    if (passesCap.isPresent()) {
      return reject(d, x, t, passesCap.get());
    }
    String capsPassed =
        CapBounds.of(d).passedBy(newDue).stream()
            .map(b -> b.cap().id())
            .collect(Collectors.joining(","));
    d.replaceCurrentRecord(cur.withDueAt(newDue));
    d.timers.removeIf(
        tm ->
            stage.id().equals(tm.stageId())
                && (tm.kind() == TimerKind.STAGE_DUE || tm.kind() == TimerKind.REMINDER));
    d.timers.add(new Timer(TimerKind.STAGE_DUE, stage.id(), stage.id(), newDue));
    StageClock.scheduleReminders(d, stage, t, newDue);
    d.extensions.add(new Extension(stage.id(), cur.dueAt(), newDue, x.reason(), t));
    d.event(
        t,
        EventType.EXTENDED,
        stage.id(),
        x.commandId(),
        details(
            "previousDueAt",
            cur.dueAt().toString(),
            "dueAt",
            newDue.toString(),
            "capsPassed",
            capsPassed.isEmpty() ? null : capsPassed,
            "approvedBy",
            x.approvedBy()));
    d.note(
        RecordKind.ACTION,
        RoleDefinition.CHAIR,
        stage,
        newDue,
        "More time given at "
            + stage.name()
            + " of dispute "
            + d.reference
            + ": now due by "
            + DueTimes.inWords(newDue)
            + ".");
    d.alert(
        AlertKind.EXTENDED, stage.to(), stage.cc(), stage, newDue, Asked.of(Asked.Ask.EXTENDED));
    return applied(d);
  }
}

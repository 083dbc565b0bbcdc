package uk.irodispute.core.engine;

import static uk.irodispute.core.engine.DisputeDraft.details;
import static uk.irodispute.core.engine.Verdicts.applied;
import static uk.irodispute.core.engine.Verdicts.reject;

import java.time.Instant;
import java.util.List;
import uk.irodispute.core.model.DisputeStatus;
import uk.irodispute.core.model.StageRecord;
import uk.irodispute.core.model.StageRecord.StageClosure;
import uk.irodispute.core.protocol.RecordKind;
import uk.irodispute.core.protocol.RoleDefinition;
import uk.irodispute.core.protocol.StageDefinition;
import uk.irodispute.core.protocol.StageKind;

/** How a dispute ends: resolved, withdrawn, referred; or a commendation, recorded at once. */
final class Outcomes {

  private Outcomes() {}

  static Decision resolve(DisputeDraft d, Command c, Instant t) {
    return close(d, c, t, DisputeStatus.RESOLVED);
  }

  static Decision withdraw(DisputeDraft d, Command c, Instant t) {
    return close(d, c, t, DisputeStatus.WITHDRAWN);
  }

  private static Decision close(DisputeDraft d, Command c, Instant t, DisputeStatus status) {
    StageDefinition stage = d.currentDefinition();
    boolean resolved = status == DisputeStatus.RESOLVED;
    TimeOuts.endIfPaused(d, t);
    d.status = status;
    d.event(
        t,
        resolved ? EventType.RESOLVED : EventType.WITHDRAWN,
        stage.id(),
        c.commandId(),
        details());
    StageClock.close(
        d,
        resolved ? StageClosure.RESOLVED : StageClosure.WITHDRAWN,
        t,
        "Dispute "
            + d.reference
            + (resolved ? " was resolved at " : " was withdrawn by the chair at ")
            + stage.name()
            + ".");
    d.timers.clear();
    d.alert(
        resolved ? AlertKind.RESOLVED : AlertKind.WITHDRAWN,
        stage.to(),
        stage.cc(),
        stage,
        null,
        Asked.of(resolved ? Asked.Ask.RESOLVED : Asked.Ask.WITHDRAWN));
    return applied(d);
  }

  static Decision refer(DisputeDraft d, Command.Refer r, Instant t) {
    if (d.referredAt != null) {
      return reject(
          d,
          r,
          t,
          "the dispute was already referred to "
              + d.protocol.referral().name()
              + " on "
              + DueTimes.inWords(d.referredAt));
    }
    StageDefinition stage = d.currentDefinition();
    d.referredAt = t;
    d.event(t, EventType.REFERRED_TO_CAFCASS, stage.id(), r.commandId(), details());
    d.note(
        RecordKind.ACTION,
        RoleDefinition.CHAIR,
        stage,
        null,
        "The chair is making a referral ("
            + d.protocol.referral().name()
            + ") on dispute "
            + d.reference
            + ".");
    List<String> notify =
        d.protocol.referral().notifyFirst().isEmpty()
            ? List.of(RoleDefinition.CHAIR)
            : d.protocol.referral().notifyFirst();
    d.alert(
        AlertKind.REFERRAL_NOTICE,
        notify,
        d.protocol.referral().consult(),
        stage,
        null,
        Asked.of(Asked.Ask.REFERRAL_NOTICE, "referral", d.protocol.referral().name()));
    if (stage.kind() == StageKind.REFERRAL) {
      TimeOuts.endIfPaused(d, t);
      d.status = DisputeStatus.REFERRED;
      StageClock.close(
          d,
          StageClosure.REFERRED,
          t,
          "Dispute " + d.reference + " was referred: " + d.protocol.referral().name() + ".");
      d.timers.clear();
    }
    return applied(d);
  }

  /** A commendation opens no clock: it is recorded and shared at once. */
  static void recordCommendation(
      DisputeDraft d, StageDefinition stage, Instant t, String commandId) {
    d.stages.add(
        new StageRecord(stage.id(), t, null, null, t, StageClosure.RECORDED, false, List.of()));
    d.currentStageId = stage.id();
    d.status = DisputeStatus.RECORDED;
    d.event(t, EventType.COMMENDATION_RECORDED, stage.id(), commandId, details());
    d.note(
        RecordKind.OUTCOME,
        stage.recordedBy(),
        stage,
        null,
        "Excellent practice was recorded and shared (" + d.reference + ").");
    d.alert(
        AlertKind.COMMENDATION,
        stage.to(),
        stage.cc(),
        stage,
        null,
        Asked.of(Asked.Ask.COMMENDATION));
  }
}

package uk.irodispute.core.engine;

import static uk.irodispute.core.engine.Verdicts.applied;
import static uk.irodispute.core.engine.Verdicts.reject;

import java.time.Instant;
import java.util.Optional;
import uk.irodispute.core.model.DisputeStatus;
import uk.irodispute.core.protocol.Quote;
import uk.irodispute.core.protocol.StageDefinition;

/** The chair's escalation: to the next stage or one named, always forward, ending a time out. */
final class Escalations {

  private Escalations() {}

  static Decision asked(DisputeDraft d, Command.Escalate e, Instant t) {
    StageDefinition current = d.currentDefinition();
    Optional<StageDefinition> target =
        e.toStage() == null ? d.track.after(current.id()) : d.track.stage(e.toStage());
    if (target.isEmpty()) {
      return reject(
          d,
          e,
          t,
          e.toStage() == null
              ? current.name()
                  + " is the last stage; refer to "
                  + d.protocol.referral().name()
                  + " or resolve"
              : "there is no stage " + Quote.typed(e.toStage()) + " on track " + d.track.id());
    }
    if (d.track.indexOf(target.get().id()) <= d.track.indexOf(current.id())) {
      return reject(
          d,
          e,
          t,
          "escalation moves forward: "
              + target.get().name()
              + " does not come after "
              + current.name());
    }
    if (d.status == DisputeStatus.PAUSED) {
      TimeOuts.resumeClock(d, e.commandId(), t);
    }
    StageClock.escalateByChair(d, target.get(), t, e.commandId());
    return applied(d);
  }
}

package uk.irodispute.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import uk.irodispute.core.engine.AlertKind;
import uk.irodispute.core.engine.Effect;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.core.model.StageRecord;
import uk.irodispute.core.model.Timer;
import uk.irodispute.core.protocol.Meeting;
import uk.irodispute.core.protocol.Protocol;
import uk.irodispute.core.protocol.StageDefinition;

/**
 * The meeting an alert's stage asks for, if any: the alert that opens the stage invites its
 * attendees, and the alerts that move its due time (more time given, resumed after a time out) send
 * the same meeting again with the new window.
 */
final class StageMeetings {

  /** The alerts that carry the stage's meeting. */
  private static final Set<AlertKind> CARRY =
      Set.of(AlertKind.STAGE_OPENED, AlertKind.EXTENDED, AlertKind.RESUMED);

  private StageMeetings() {}

  /** The meeting the alert's stage asks for, when the alert carries one. */
  static Optional<Meeting> of(
      Effect.SendAlert alert, Protocol protocol, Optional<Dispute> dispute) {
    if (!CARRY.contains(alert.kind()) || protocol == null || dispute.isEmpty()) {
      return Optional.empty();
    }
    return protocol
        .track(dispute.get().trackId())
        .flatMap(t -> t.stage(alert.stageId()))
        .flatMap(StageDefinition::meetingIfAny);
  }

  /**
   * The invitation: the window runs from the stage's opening to the meeting's step's due time, or
   * else the stage's due time. None when the dispute has no such window.
   *
   * @param words the wording of the alert the invitation goes with
   * @param asked what the alert asks, in words
   * @param attendees everyone invited, with an address
   * @param organizer the chair; null when the chair has no address (the first attendee then)
   */
  static Optional<MeetingInvitation> invitation(
      Effect.SendAlert alert,
      AlertMessages words,
      String asked,
      Meeting meeting,
      Dispute dispute,
      List<Recipient> attendees,
      Recipient organizer,
      String caseLink) {
    Optional<StageRecord> stage =
        dispute.stages().stream()
            .filter(s -> s.stageId().equals(alert.stageId()))
            .reduce((first, second) -> second);
    if (stage.isEmpty() || attendees.isEmpty()) {
      return Optional.empty();
    }
    Instant start = stage.get().openedAt();
    Instant end =
        meeting
            .stepIfAny()
            .flatMap(step -> stepDue(dispute, alert.stageId(), step))
            .orElse(stage.get().dueAt());
    if (end == null || !end.isAfter(start)) {
      return Optional.empty();
    }
    String reference = dispute.reference().value();
    String summary =
        words.part("meeting.summary", "reference", reference, "stageName", alert.stageName());
    String description =
        words.part(
            "meeting.description",
            "reference",
            reference,
            "stageName",
            alert.stageName(),
            "meetingBy",
            words.inWords(end),
            "asked",
            asked,
            "caseLink",
            caseLink);
    return Optional.of(
        new MeetingInvitation(
            MeetingInvitation.uidOf(dispute.reference().value(), alert.stageId()),
            dispute.lastSequence(),
            start,
            start,
            end,
            summary,
            description.strip(),
            organizer == null ? attendees.get(0) : organizer,
            distinct(attendees)));
  }

  private static Optional<Instant> stepDue(Dispute dispute, String stageId, String step) {
    return dispute.timers().stream()
        .filter(t -> t.kind() == Timer.TimerKind.STEP)
        .filter(t -> stageId.equals(t.stageId()) && step.equals(t.ref()))
        .map(Timer::dueAt)
        .findFirst();
  }

  private static List<Recipient> distinct(List<Recipient> people) {
    Set<String> seen = new LinkedHashSet<>();
    List<Recipient> all = new ArrayList<>();
    for (Recipient p : people) {
      if (seen.add(p.email().toLowerCase(Locale.ROOT))) {
        all.add(p);
      }
    }
    return all;
  }
}

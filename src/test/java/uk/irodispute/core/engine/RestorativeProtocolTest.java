package uk.irodispute.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.irodispute.core.engine.Protocols.london;

import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.irodispute.core.engine.Decision.Outcome;
import uk.irodispute.core.protocol.RecordKind;

/** Seed 002: informal stage with steps and limit, HoS decision, levels 1 to 4, CAFCASS. */
class RestorativeProtocolTest {

  private final DisputeScenario s = new DisputeScenario("restorative-iro-cp").onTrack("LAC");

  @Test
  void informalStageTellsSocialWorkerAndTeamManagerAndCopiesHeadOfServiceSars() {
    s.raise(london("2026-12-07T10:00"));

    assertThat(s.stage()).isEqualTo("informal");
    assertThat(s.due()).isEqualTo(london("2026-12-14T17:00"));
    var opened = s.lastAlerts(AlertKind.STAGE_OPENED).get(0);
    assertThat(opened.to()).containsExactly("social-worker", "team-manager");
    assertThat(opened.cc()).containsExactly("hos-sars");
    assertThat(opened.dueAt()).isEqualTo(london("2026-12-14T17:00"));
    assertThat(s.lastNotes()).extracting(n -> n.kind()).containsExactly(RecordKind.QUERY);
  }

  @Test
  void informalStepsFallDueAtOneThreeAndOneWorkingDays() {
    s.raise(london("2026-12-07T10:00")).runUntil(london("2026-12-14T16:59"));

    assertThat(s.events(EventType.STEP_DUE))
        .extracting(e -> e.details().get("step") + "@" + e.at())
        .containsExactly(
            "discuss@" + london("2026-12-08T17:00"),
            "agreement@" + london("2026-12-10T17:00"),
            "case-note@" + london("2026-12-11T17:00"));
    assertThat(s.alerts(AlertKind.STEP_DUE).get(1).to()).containsExactly("team-manager");
    assertThat(s.events(EventType.REMINDER_SENT))
        .extracting(e -> e.at())
        .containsExactly(london("2026-12-11T17:00"));
  }

  @Test
  void informalBreachAlertsTheChairAndDoesNotEscalate() {
    s.raise(london("2026-12-07T10:00")).runUntil(london("2026-12-14T17:00"));

    assertThat(s.stage()).isEqualTo("informal");
    assertThat(s.events(EventType.STAGE_BREACHED)).hasSize(1);
    assertThat(s.alerts(AlertKind.BREACH).get(0).to()).containsExactly("chair");
  }

  @Test
  void informalExtensionIsRecordedAndCannotPassTheTenWorkingDayLimit() {
    s.raise(london("2026-12-07T10:00"));

    s.extendBy(
            london("2026-12-14T10:00"), "3 working days", "Team manager on leave until Wednesday")
        .expectOutcome(Outcome.APPLIED);
    assertThat(s.due()).isEqualTo(london("2026-12-17T17:00"));
    assertThat(s.dispute.extensions())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.previousDueAt()).isEqualTo(london("2026-12-14T17:00"));
              assertThat(x.reason()).contains("on leave");
            });

    s.extendUntil(london("2026-12-15T10:00"), london("2026-12-22T17:00"), "Awaiting a report")
        .expectOutcome(Outcome.REJECTED);
    assertThat(s.last.reason())
        .contains("10 working days")
        .contains("Monday 21 December 2026 at 17:00");
    assertThat(s.due()).isEqualTo(london("2026-12-17T17:00"));
  }

  @Test
  void extensionWithoutReasonIsRejected() {
    s.raise(london("2026-12-07T10:00")).extendBy(london("2026-12-08T10:00"), "1 working day", " ");

    s.expectOutcome(Outcome.REJECTED);
    assertThat(s.last.reason()).contains("reason");
  }

  @Test
  void informalLimitReachedAlertsTheChair() {
    s.raise(london("2026-12-07T10:00")).runUntil(london("2026-12-21T17:00"));

    assertThat(s.events(EventType.STAGE_LIMIT_REACHED))
        .extracting(e -> e.at())
        .containsExactly(london("2026-12-21T17:00"));
  }

  @Test
  void missingRecordingIsFlaggedToTheChairWithoutLosingTheDispute() {
    s.raise(london("2026-12-07T10:00"), DisputeScenario.Raise.plain().recorded(Set.of("issue")));

    assertThat(s.stage()).isEqualTo("informal");
    assertThat(s.events(EventType.RECORDING_INCOMPLETE).get(0).details().get("missing"))
        .isEqualTo("outcome-sought,response-by");
    assertThat(s.lastAlerts(AlertKind.RECORDING_INCOMPLETE).get(0).to()).containsExactly("chair");
  }

  @Test
  void headOfServiceDecidesWithinTwentyFourHoursThenLevelOneOpens() {
    s.raise(london("2026-12-07T10:00")).escalate(london("2026-12-14T11:00"));

    assertThat(s.stage()).isEqualTo("formal-decision");
    assertThat(s.due()).isEqualTo(london("2026-12-15T11:00"));
    assertThat(s.lastAlerts(AlertKind.STAGE_OPENED).get(0).to()).containsExactly("hos-sars");

    s.escalate(london("2026-12-15T09:30"));
    assertThat(s.stage()).isEqualTo("level-1");
    assertThat(s.dispute.formalStartedAt()).isEqualTo(london("2026-12-15T09:30"));
  }

  @Test
  void levelsEscalateImmediatelyWithNoResponseThroughChristmasToCafcass() {
    s.raise(london("2026-12-07T10:00"), DisputeScenario.Raise.plain().startAt("level-1"));
    assertThat(s.due()).isEqualTo(london("2026-12-14T17:00"));

    s.runUntil(london("2027-01-07T17:00"));

    assertThat(s.dispute.stages())
        .extracting(r -> r.stageId() + " " + r.openedAt() + " " + r.dueAt())
        .containsExactly(
            "level-1 " + london("2026-12-07T10:00") + " " + london("2026-12-14T17:00"),
            "level-2 " + london("2026-12-14T17:00") + " " + london("2026-12-21T17:00"),
            "level-3 " + london("2026-12-21T17:00") + " " + london("2026-12-30T17:00"),
            "level-4 " + london("2026-12-30T17:00") + " " + london("2027-01-07T17:00"),
            "cafcass " + london("2027-01-07T17:00") + " null");
    assertThat(s.events(EventType.ESCALATED))
        .allSatisfy(e -> assertThat(e.details()).containsEntry("automatic", "true"));
    var level2 = s.alerts(AlertKind.STAGE_OPENED).get(1);
    assertThat(level2.to()).containsExactly("head-of-service");
    assertThat(level2.cc()).containsExactly("divisional-director", "hos-sars");
    var level4 = s.alerts(AlertKind.STAGE_OPENED).get(3);
    assertThat(level4.to()).containsExactly("director");
    assertThat(s.alerts(AlertKind.STAGE_OPENED).get(4).to()).containsExactly("hos-sars");
  }

  @Test
  void formalProcessCapIsTwentyWorkingDaysFromLevelOne() {
    s.raise(london("2026-12-07T10:00"), DisputeScenario.Raise.plain().startAt("level-1"));

    s.runUntil(london("2027-01-07T17:00"));

    assertThat(s.events(EventType.CAP_REACHED))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.at()).isEqualTo(london("2027-01-07T17:00"));
              assertThat(e.details()).containsEntry("cap", "formal-maximum");
            });
    assertThat(s.alerts(AlertKind.CAP_REACHED).get(0).to()).containsExactly("chair", "hos-sars");
  }

  @Test
  void fiveWorkingDaysFromFriday18DecemberIsTuesday29December() {
    s.raise(london("2026-12-18T10:00"), DisputeScenario.Raise.plain().startAt("level-1"));

    assertThat(s.due()).isEqualTo(london("2026-12-29T17:00"));
  }

  @Test
  void responseIsRecordedAndTheChairEscalatesTheSameDay() {
    s.raise(london("2026-12-07T10:00"), DisputeScenario.Raise.plain().startAt("level-1"))
        .respond(london("2026-12-09T11:00"), "uphold", "service-manager");

    assertThat(s.dispute.currentStage().responses())
        .singleElement()
        .satisfies(r -> assertThat(r.responseType()).isEqualTo("uphold"));
    assertThat(s.lastNotes())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.kind()).isEqualTo(RecordKind.ACTION);
              assertThat(n.authorRole()).isEqualTo("service-manager");
            });
    assertThat(s.lastAlerts(AlertKind.DECISION_NEEDED).get(0).asked().value("responseType"))
        .contains("Upholds the decision by the service");

    s.escalate(london("2026-12-09T15:00"));
    assertThat(s.stage()).isEqualTo("level-2");
    assertThat(s.dispute.currentStage().openedAt()).isEqualTo(london("2026-12-09T15:00"));
    assertThat(s.due()).isEqualTo(london("2026-12-16T17:00"));
    assertThat(s.lastNotes())
        .extracting(n -> n.kind())
        .containsExactly(RecordKind.OUTCOME, RecordKind.QUERY);
  }

  @Test
  void breachAfterAResponseAsksTheChairToDecideInsteadOfEscalating() {
    s.raise(london("2026-12-07T10:00"), DisputeScenario.Raise.plain().startAt("level-1"))
        .respond(london("2026-12-09T11:00"), "alternative", "service-manager")
        .runUntil(london("2026-12-14T17:00"));

    assertThat(s.stage()).isEqualTo("level-1");
    assertThat(s.lastAlerts(AlertKind.DECISION_NEEDED))
        .singleElement()
        .satisfies(a -> assertThat(a.to()).containsExactly("chair"));
  }

  @Test
  void unknownResponseTypeIsRejected() {
    s.raise(london("2026-12-07T10:00"), DisputeScenario.Raise.plain().startAt("level-1"))
        .respond(london("2026-12-09T11:00"), "maybe", "service-manager");

    s.expectOutcome(Outcome.REJECTED);
    assertThat(s.last.reason()).contains("agree, uphold, alternative, no-action");
  }

  @Test
  void timeOutIsNotPartOfThisProtocol() {
    s.raise(london("2026-12-07T10:00")).pause(london("2026-12-08T10:00"), "hos-sars");

    s.expectOutcome(Outcome.REJECTED);
    assertThat(s.lastAlerts(AlertKind.NOTE_REJECTED).get(0).asked().value("reason"))
        .contains("does not provide for a time out");
  }

  @Test
  void referralToCafcassNotifiesHeadOfServiceFirstAndTheProcessGoesOn() {
    s.raise(london("2026-12-07T10:00"), DisputeScenario.Raise.plain().startAt("level-1"))
        .refer(london("2026-12-08T10:00"));

    assertThat(s.lastAlerts(AlertKind.REFERRAL_NOTICE))
        .singleElement()
        .satisfies(a -> assertThat(a.to()).containsExactly("hos-sars"));
    assertThat(s.stage()).isEqualTo("level-1");
    assertThat(s.dispute.status().isClosed()).isFalse();

    s.refer(london("2026-12-09T10:00")).expectOutcome(Outcome.REJECTED);
  }

  @Test
  void childProtectionChairsFollowTheSameStages() {
    s.raise(london("2026-12-07T10:00"), DisputeScenario.Raise.plain().track("CP"));

    assertThat(s.dispute.trackId()).isEqualTo("CP");
    assertThat(s.stage()).isEqualTo("informal");
  }
}

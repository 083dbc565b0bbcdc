package uk.irodispute.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.irodispute.core.engine.Protocols.london;

import org.junit.jupiter.api.Test;
import uk.irodispute.core.engine.Decision.Outcome;
import uk.irodispute.core.model.DisputeStatus;

/** Seed 000: informal with the chair's timescale, IR1 to IR5 of 4 working days, IR6, time out. */
class IrStagesFlowchartTest {

  private final DisputeScenario s = new DisputeScenario("ir-stages-flowchart");

  @Test
  void informalStageTakesTheTimescaleTheChairSets() {
    s.raise(
        london("2026-11-02T10:00"),
        DisputeScenario.Raise.plain().chairDue(london("2026-11-13T17:00")));

    assertThat(s.stage()).isEqualTo("informal");
    assertThat(s.due()).isEqualTo(london("2026-11-13T17:00"));
    assertThat(s.lastAlerts(AlertKind.STAGE_OPENED).get(0).to()).containsExactly("social-worker");
  }

  @Test
  void informalStageWithoutTheChairsTimescaleDefaultsToFourWorkingDays() {
    s.raise(london("2026-11-02T10:00"));

    assertThat(s.due()).isEqualTo(london("2026-11-06T17:00"));
  }

  @Test
  void everyFormalStageAlertsItsManagerAndCopiesTheGrowingList() {
    s.raise(london("2026-11-02T10:00"), DisputeScenario.Raise.plain().startAt("ir1"));
    assertThat(s.due()).isEqualTo(london("2026-11-06T17:00"));
    var ir1 = s.lastAlerts(AlertKind.STAGE_OPENED).get(0);
    assertThat(ir1.to()).containsExactly("team-manager");
    assertThat(ir1.cc()).containsExactly("social-worker");

    s.escalate(london("2026-11-09T09:30"));
    var ir2 = s.lastAlerts(AlertKind.STAGE_OPENED).get(0);
    assertThat(ir2.to()).containsExactly("service-manager");
    assertThat(ir2.cc()).containsExactly("team-manager", "social-worker", "iro-team-manager");
    assertThat(s.due()).isEqualTo(london("2026-11-13T17:00"));

    s.escalate(london("2026-11-16T09:30"));
    assertThat(s.lastAlerts(AlertKind.STAGE_OPENED).get(0).cc())
        .containsExactly(
            "service-manager",
            "team-manager",
            "social-worker",
            "iro-team-manager",
            "iro-pqa-manager");

    s.escalate(london("2026-11-20T09:30"));
    var ir4 = s.lastAlerts(AlertKind.STAGE_OPENED).get(0);
    assertThat(ir4.to()).containsExactly("scs-director");
    assertThat(ir4.cc()).doesNotContain("social-worker");

    s.escalate(london("2026-11-26T09:30"));
    var ir5 = s.lastAlerts(AlertKind.STAGE_OPENED).get(0);
    assertThat(ir5.to()).containsExactly("corporate-director");
    assertThat(ir5.cc()).startsWith("scs-director", "assistant-director");

    s.escalate(london("2026-12-02T09:30"));
    assertThat(s.stage()).isEqualTo("ir6");
    var ir6 = s.lastAlerts(AlertKind.STAGE_OPENED).get(0);
    assertThat(ir6.to()).containsExactly("iro-team-manager", "iro-pqa-manager");
    assertThat(ir6.cc()).containsExactly("legal-adviser");
    assertThat(ir6.asked().value("referral")).isEqualTo("Referral to CAFCASS");

    s.refer(london("2026-12-03T10:00"));
    assertThat(s.dispute.status()).isEqualTo(DisputeStatus.REFERRED);
    assertThat(s.dispute.nextDueAt()).isEmpty();
  }

  @Test
  void breachIsGuidanceSoTheChairIsAlertedAndTheStageStays() {
    s.raise(london("2026-11-02T10:00"), DisputeScenario.Raise.plain().startAt("ir1"))
        .runUntil(london("2026-11-06T17:00"));

    assertThat(s.stage()).isEqualTo("ir1");
    assertThat(s.lastAlerts(AlertKind.BREACH))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.to()).containsExactly("chair");
              assertThat(a.cc()).containsExactly("team-manager");
            });
  }

  @Test
  void chairMayStartAtAHigherStageAndBypassStagesButNotGoBack() {
    s.raise(london("2026-11-02T10:00"), DisputeScenario.Raise.plain().startAt("ir3"));
    assertThat(s.lastAlerts(AlertKind.STAGE_OPENED).get(0).to())
        .containsExactly("assistant-director");

    s.escalateTo(london("2026-11-03T10:00"), "ir5").expectOutcome(Outcome.APPLIED);
    assertThat(s.stage()).isEqualTo("ir5");

    s.escalateTo(london("2026-11-04T10:00"), "ir2").expectOutcome(Outcome.REJECTED);
    assertThat(s.last.reason()).contains("does not come after");
    assertThat(s.stage()).isEqualTo("ir5");
  }

  @Test
  void timeOutNeedsTheLineManagersPermission() {
    s.raise(london("2026-08-26T10:00"), DisputeScenario.Raise.plain().startAt("ir1"))
        .pause(london("2026-08-28T12:00"), null);

    s.expectOutcome(Outcome.REJECTED);
    assertThat(s.last.reason()).contains("IRO Team Manager");
    assertThat(s.dispute.status()).isEqualTo(DisputeStatus.OPEN);
  }

  @Test
  void timeOutAcrossAWeekendAndABankHolidayMovesTheDueTimeByTheWorkingTimePaused() {
    // Due 4 working days after Wednesday 26 August 2026, skipping the summer bank holiday (31
    // August).
    s.raise(london("2026-08-26T10:00"), DisputeScenario.Raise.plain().startAt("ir1"));
    assertThat(s.due()).isEqualTo(london("2026-09-02T17:00"));

    s.pause(london("2026-08-28T12:00"), "iro-team-manager").expectOutcome(Outcome.APPLIED);
    assertThat(s.dispute.nextDueAt()).isEmpty();
    s.tick(london("2026-09-10T12:00")).expectOutcome(Outcome.NOTHING_DUE);

    // Friday 12:00-17:00 and Tuesday 09:00-12:00: one working day of 8 hours.
    s.resume(london("2026-09-01T12:00"));
    assertThat(s.dispute.pauses().get(0).workingMinutesPaused()).isEqualTo(480);
    assertThat(s.due()).isEqualTo(london("2026-09-03T17:00"));
    assertThat(s.lastAlerts(AlertKind.RESUMED).get(0).dueAt())
        .isEqualTo(london("2026-09-03T17:00"));
  }

  @Test
  void escalatingDuringATimeOutEndsTheTimeOutFirst() {
    s.raise(london("2026-08-26T10:00"), DisputeScenario.Raise.plain().startAt("ir1"))
        .pause(london("2026-08-27T10:00"), "iro-team-manager")
        .escalate(london("2026-09-01T10:00"));

    assertThat(s.stage()).isEqualTo("ir2");
    assertThat(s.dispute.status()).isEqualTo(DisputeStatus.OPEN);
    assertThat(s.last.events())
        .extracting(e -> e.type())
        .startsWith(EventType.RESUMED, EventType.ESCALATED);
  }

  @Test
  void formalProcessIsCappedAtTheHandbooksTwentyWorkingDays() {
    s.raise(london("2026-11-02T10:00"), DisputeScenario.Raise.plain().startAt("ir1"))
        .extendBy(
            london("2026-11-05T10:00"), "20 working days", "Waiting for the new placement to start")
        .runUntil(london("2026-11-30T17:00"));

    assertThat(s.events(EventType.CAP_REACHED))
        .extracting(e -> e.at())
        .containsExactly(london("2026-11-30T17:00"));
    assertThat(s.alerts(AlertKind.CAP_REACHED).get(0).to())
        .containsExactly("chair", "iro-team-manager");
  }

  @Test
  void referralAtTheFinalStepEndsATimeOutInProgress() {
    s.raise(london("2026-11-02T10:00"), DisputeScenario.Raise.plain().startAt("ir6"))
        .pause(london("2026-11-03T10:00"), "iro-team-manager")
        .refer(london("2026-11-04T10:00"));

    assertThat(s.dispute.status()).isEqualTo(DisputeStatus.REFERRED);
    assertThat(s.dispute.openPause()).isEmpty();
    assertThat(s.dispute.pauses().get(0).workingMinutesPaused()).isEqualTo(480);
  }
}

package uk.irodispute.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.irodispute.core.engine.Protocols.london;

import org.junit.jupiter.api.Test;
import uk.irodispute.core.model.DisputeStatus;
import uk.irodispute.core.protocol.RecordKind;

/**
 * Seed 001: Issue Notification in 72 hours, QA stages, immediate action, categories, commendation.
 */
class IroQaFlowchartTest {

  private final DisputeScenario s = new DisputeScenario("iro-qa-flowchart-2015");

  @Test
  void issueNotificationGivesSocialWorkerAndTeamManager72Hours() {
    s.raise(london("2026-11-02T10:00"), DisputeScenario.Raise.plain().category("poor-practice"));

    assertThat(s.stage()).isEqualTo("issue-notification");
    // 72 hours read as 3 working days: Thursday 5 November at the close.
    assertThat(s.due()).isEqualTo(london("2026-11-05T17:00"));
    assertThat(s.lastAlerts(AlertKind.STAGE_OPENED).get(0).to())
        .containsExactly("social-worker", "team-manager");
    s.runUntil(london("2026-11-04T17:00"));
    assertThat(s.events(EventType.REMINDER_SENT))
        .extracting(e -> e.at())
        .containsExactly(london("2026-11-04T17:00"));
  }

  @Test
  void issueNotificationWithNoResponseAlertsTheIroToIssueTheQaForm() {
    s.raise(london("2026-11-02T10:00")).runUntil(london("2026-11-05T17:00"));

    assertThat(s.stage()).isEqualTo("issue-notification");
    assertThat(s.alerts(AlertKind.BREACH))
        .singleElement()
        .satisfies(a -> assertThat(a.to()).containsExactly("chair"));
  }

  @Test
  void formalQaCategoriesStartAtStageOneWithTenWorkingDays() {
    s.raise(
        london("2026-11-02T10:00"),
        DisputeScenario.Raise.plain().category("care-plan-not-complied-with"));

    assertThat(s.stage()).isEqualTo("stage-1");
    assertThat(s.due()).isEqualTo(london("2026-11-16T17:00"));
    assertThat(s.dispute.formalStartedAt()).isEqualTo(london("2026-11-02T10:00"));
  }

  @Test
  void aRepeatedIssueNotificationCategoryStartsAtStageOne() {
    s.raise(
        london("2026-11-02T10:00"),
        DisputeScenario.Raise.plain().category("non-attendance-at-review").asRepeat());

    assertThat(s.stage()).isEqualTo("stage-1");
    assertThat(s.events(EventType.RAISED).get(0).details()).containsEntry("repeat", "true");
  }

  @Test
  void significantConcernsGoStraightToFormalQa() {
    s.raise(london("2026-11-02T10:00"), DisputeScenario.Raise.plain().seriousness("significant"));

    assertThat(s.stage()).isEqualTo("stage-1");
  }

  @Test
  void immediateActionInformsBothDeputyHeadsAndStartsAtStageTwo() {
    s.raise(london("2026-11-02T10:00"), DisputeScenario.Raise.plain().seriousness("immediate"));

    assertThat(s.stage()).isEqualTo("stage-2");
    assertThat(s.lastAlerts(AlertKind.INFORMED))
        .singleElement()
        .satisfies(a -> assertThat(a.to()).containsExactly("dhos-iro", "dhos-operational"));
    assertThat(s.lastNotes())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.kind()).isEqualTo(RecordKind.QUERY);
              assertThat(n.authorRole()).isEqualTo("dhos-iro");
            });
    // Recorded within 24 hours; actions within one week: the stage is due when its last step is.
    assertThat(s.due()).isEqualTo(london("2026-11-09T17:00"));
    s.runUntil(london("2026-11-09T17:00"));
    assertThat(s.events(EventType.STEP_DUE))
        .extracting(e -> e.details().get("step") + "@" + e.at())
        .containsExactly(
            "record-discussion@" + london("2026-11-03T10:00"),
            "action-plan@" + london("2026-11-09T17:00"));
  }

  @Test
  void stageOneWithNoResponseGoesToTheDeputyHeadOfServiceAtOnce() {
    s.raise(london("2026-11-02T10:00"), DisputeScenario.Raise.plain().category("drift-or-delay"))
        .runUntil(london("2026-11-16T17:00"));

    assertThat(s.stage()).isEqualTo("stage-2");
    assertThat(s.dispute.currentStage().openedAt()).isEqualTo(london("2026-11-16T17:00"));
    assertThat(s.lastAlerts(AlertKind.STAGE_OPENED).get(0).to())
        .containsExactly("dhos-iro", "dhos-operational");
  }

  @Test
  void professionalsMeetingWithinAWeekThenActionsWithinAWeekOfIt() {
    s.raise(london("2026-11-02T10:00"), DisputeScenario.Raise.plain().seriousness("immediate"))
        .escalate(london("2026-11-03T10:00"));

    assertThat(s.stage()).isEqualTo("stage-3");
    assertThat(s.lastAlerts(AlertKind.STAGE_OPENED).get(0).to())
        .containsExactly("hos-operational", "hos-qa");
    // "within one week following the stage 2 discussion": stage 2 opened on Monday 2 November.
    assertThat(s.due()).isEqualTo(london("2026-11-16T17:00"));
    assertThat(s.dispute.timers())
        .filteredOn(t -> t.kind() == uk.irodispute.core.model.Timer.TimerKind.STEP)
        .extracting(t -> t.ref() + "@" + t.dueAt())
        .containsExactlyInAnyOrder(
            "professionals-meeting@" + london("2026-11-09T17:00"),
            "agreed-actions@" + london("2026-11-16T17:00"));

    s.escalate(london("2026-11-18T10:00"));
    assertThat(s.stage()).isEqualTo("stage-4");
    assertThat(s.due()).isNull();
    assertThat(s.lastAlerts(AlertKind.STAGE_OPENED).get(0).to())
        .containsExactly("service-director", "hos-qa");
  }

  @Test
  void excellentPracticeIsSharedAndNothingEscalates() {
    s.raise(
        london("2026-11-02T10:00"), DisputeScenario.Raise.plain().category("excellent-practice"));

    assertThat(s.dispute.status()).isEqualTo(DisputeStatus.RECORDED);
    assertThat(s.dispute.nextDueAt()).isEmpty();
    assertThat(s.lastAlerts(AlertKind.COMMENDATION))
        .singleElement()
        .satisfies(a -> assertThat(a.to()).containsExactly("social-worker", "team-manager"));
    assertThat(s.lastNotes()).extracting(n -> n.kind()).containsExactly(RecordKind.OUTCOME);
  }

  @Test
  void referralNotifiesHeadOfServiceQaAndTheDirectorFirst() {
    s.raise(london("2026-11-02T10:00"), DisputeScenario.Raise.plain().category("drift-or-delay"))
        .refer(london("2026-11-03T10:00"));

    var notice = s.lastAlerts(AlertKind.REFERRAL_NOTICE).get(0);
    assertThat(notice.to()).containsExactly("hos-qa", "service-director");
    assertThat(notice.cc()).containsExactly("dhos-iro");
  }
}

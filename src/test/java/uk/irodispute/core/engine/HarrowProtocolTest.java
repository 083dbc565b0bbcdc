package uk.irodispute.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.irodispute.core.engine.Protocols.london;

import org.junit.jupiter.api.Test;
import uk.irodispute.core.model.Timer;

/** Seed 004: three stages of 5 days, stage 2 direct, Corporate Director, 15 or 10 days overall. */
class HarrowProtocolTest {

  private final DisputeScenario s = new DisputeScenario("harrow-drp");

  @Test
  void fiveDaysLandingOnSaturdayAreDueAtMondaysClose() {
    s.raise(london("2026-11-02T10:00"));

    assertThat(s.stage()).isEqualTo("stage-1");
    assertThat(s.due()).isEqualTo(london("2026-11-09T17:00"));
  }

  @Test
  void theWholeProcessIsCappedAtFifteenDaysFromTheOriginalNotification() {
    s.raise(london("2026-11-02T10:00"));

    assertThat(caps()).containsExactly("fifteen-days@" + london("2026-11-17T17:00"));
    s.runUntil(london("2026-11-17T17:00"));
    assertThat(s.alerts(AlertKind.CAP_REACHED))
        .singleElement()
        .satisfies(a -> assertThat(a.to()).containsExactly("chair", "divisional-director"));
  }

  @Test
  void verySignificantIssuesStartAtStageTwoWithTenDaysInAll() {
    s.raise(
        london("2026-11-02T10:00"), DisputeScenario.Raise.plain().seriousness("very-significant"));

    assertThat(s.stage()).isEqualTo("stage-2");
    var opened = s.lastAlerts(AlertKind.STAGE_OPENED).get(0);
    assertThat(opened.to()).containsExactly("service-manager-operational", "service-manager-qa");
    assertThat(opened.cc()).containsExactly("social-worker", "team-manager");
    assertThat(caps()).containsExactly("ten-days-from-stage-2@" + london("2026-11-12T17:00"));
  }

  @Test
  void theDivisionalDirectorPassesTheDecisionToTheCorporateDirector() {
    s.raise(london("2026-11-02T10:00"))
        .escalate(london("2026-11-10T09:00"))
        .escalate(london("2026-11-12T09:00"));
    assertThat(s.stage()).isEqualTo("stage-3");
    assertThat(s.lastAlerts(AlertKind.STAGE_OPENED).get(0).to())
        .containsExactly("divisional-director");

    s.escalate(london("2026-11-13T09:00"));
    assertThat(s.stage()).isEqualTo("corporate-director");
    var opened = s.lastAlerts(AlertKind.STAGE_OPENED).get(0);
    assertThat(opened.to()).containsExactly("corporate-director");
    assertThat(opened.cc()).containsExactly("divisional-director");
  }

  @Test
  void breachAlertsTheIroWhoProgressesTheProtocol() {
    s.raise(london("2026-11-02T10:00")).runUntil(london("2026-11-09T17:00"));

    assertThat(s.stage()).isEqualTo("stage-1");
    assertThat(s.alerts(AlertKind.BREACH)).hasSize(1);
  }

  private java.util.List<String> caps() {
    return s.dispute.timers().stream()
        .filter(t -> t.kind() == Timer.TimerKind.CAP)
        .map(t -> t.ref() + "@" + t.dueAt())
        .toList();
  }
}

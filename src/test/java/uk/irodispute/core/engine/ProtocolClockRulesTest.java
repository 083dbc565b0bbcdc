package uk.irodispute.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.irodispute.core.engine.Protocols.london;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The protocol clock's rules (issue 13), each checked on the shipped protocol that needs it. */
class ProtocolClockRulesTest {

  private final DisputeScenario harrow = new DisputeScenario("harrow-drp");

  // ---- rule 1: overall limits bound everything ----------------------------------------------

  @Test
  void overallLimitsBoundEverything() {
    // Mon 30 Mar 2026; Good Friday 3 Apr and Easter Monday 6 Apr are bank holidays.
    harrow
        .raise(london("2026-03-30T10:00"))
        .escalate(london("2026-04-08T09:00"))
        .escalate(london("2026-04-13T10:00"));

    assertThat(harrow.stage()).isEqualTo("stage-3");
    // Its own 5 days would end on Monday 20 April; "within 15 days of the original
    // notification" ends on Tuesday 14 April.
    assertThat(harrow.due()).isEqualTo(london("2026-04-14T17:00"));
    assertThat(harrow.lastAlerts(AlertKind.STAGE_OPENED).get(0).asked())
        .contains("the protocol's limit: Within 15 days of the original notification");
    assertThat(harrow.events(EventType.STAGE_OPENED).get(2).details())
        .containsEntry("cappedBy", "fifteen-days");
  }

  @Test
  void overallLimitsBoundEverythingBegunAtStageTwo() {
    harrow
        .raise(
            london("2026-03-30T10:00"),
            DisputeScenario.Raise.plain().seriousness("very-significant"))
        .escalate(london("2026-04-08T09:00"));

    assertThat(harrow.stage()).isEqualTo("stage-3");
    // "10 days if the process has begun at Stage 2": Thursday 9 April, not Monday 13 April.
    assertThat(harrow.due()).isEqualTo(london("2026-04-09T17:00"));
  }

  @Test
  void overallLimitsBoundEverythingInTheSchedule() {
    Schedule s =
        new ScheduleCalculator(Protocols.CALENDARS)
            .schedule(
                Protocols.REGISTRY.latest("harrow-drp").orElseThrow(),
                Protocols.REGISTRY.latest("harrow-drp").orElseThrow().defaultTrack(),
                london("2026-03-30T10:00"),
                Optional.empty());

    assertThat(s.overallDueAt()).isEqualTo(london("2026-04-14T17:00"));
    assertThat(s.stages())
        .allSatisfy(
            st -> {
              if (st.dueAt() != null) {
                assertThat(st.dueAt()).as(st.id()).isBeforeOrEqualTo(s.overallDueAt());
              }
            });
    assertThat(s.stages().get(2).dueAt()).isEqualTo(london("2026-04-14T17:00"));
  }
}

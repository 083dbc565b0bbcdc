package uk.irodispute.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.irodispute.core.engine.Protocols.london;

import org.junit.jupiter.api.Test;
import uk.irodispute.core.model.DisputeStatus;
import uk.irodispute.core.protocol.RecordKind;

/** Seed 003: CP and LAC tracks with day ranges, query/action/outcome notes, decision makers. */
class DayRangeProtocolTest {

  private final DisputeScenario s = new DisputeScenario("day-range-lac-cp");

  @Test
  void childProtectionStagesRunOnDayRangesCountedFromTheRaise() {
    // Day 1 is Wednesday 4 November 2026; day 10 is Tuesday 17 November.
    s.raise(london("2026-11-04T10:00"), DisputeScenario.Raise.plain().track("CP"))
        .runUntil(london("2026-11-17T17:00"));

    assertThat(s.dispute.stages())
        .extracting(r -> r.stageId() + " " + r.dueAt())
        .containsExactly(
            "stage-1 " + london("2026-11-05T17:00"),
            "stage-2 " + london("2026-11-09T17:00"),
            "stage-3 " + london("2026-11-11T17:00"),
            "stage-4 " + london("2026-11-13T17:00"),
            "stage-5 " + london("2026-11-17T17:00"));
    assertThat(s.stage()).isEqualTo("stage-5");
    assertThat(s.alerts(AlertKind.BREACH))
        .singleElement()
        .satisfies(a -> assertThat(a.stageId()).isEqualTo("stage-5"));
  }

  @Test
  void headOfSqsAuthorsAndDecidesAtChildProtectionStageFour() {
    s.raise(
        london("2026-11-04T10:00"), DisputeScenario.Raise.plain().track("CP").startAt("stage-4"));

    var opened = s.lastAlerts(AlertKind.STAGE_OPENED).get(0);
    assertThat(opened.to()).containsExactly("hos-operational", "head-of-sqs");
    assertThat(opened.cc()).containsExactly("social-worker", "team-manager");
    assertThat(s.lastNotes())
        .singleElement()
        .satisfies(n -> assertThat(n.authorRole()).isEqualTo("head-of-sqs"));
    // Started at stage 4 on day 1: it opens at once and is due at the close of day 8.
    assertThat(s.due()).isEqualTo(london("2026-11-13T17:00"));
  }

  @Test
  void theTracksHaveDifferentFinalDecisionMakers() {
    var protocol = Protocols.REGISTRY.latest("day-range-lac-cp").orElseThrow();

    assertThat(protocol.track("CP").orElseThrow().finalDecisionMaker()).isEqualTo("head-of-sqs");
    assertThat(protocol.track("LAC").orElseThrow().finalDecisionMaker()).isEqualTo("head-of-lac");
    assertThat(protocol.track("CP").orElseThrow().stages()).hasSize(5);
    assertThat(protocol.track("LAC").orElseThrow().stages()).hasSize(6);
  }

  @Test
  void lookedAfterDisputeRaisedOnSaturdayCountsMondayAsDayOneAndEndsWithCafcass() {
    s.raise(london("2026-11-07T11:00"), DisputeScenario.Raise.plain().track("LAC"));
    assertThat(s.due()).isEqualTo(london("2026-11-10T17:00"));

    s.runUntil(london("2026-11-20T17:00"));
    assertThat(s.stage()).isEqualTo("stage-5");
    assertThat(s.due()).isEqualTo(london("2026-11-20T17:00"));
    var stage4 = s.alerts(AlertKind.STAGE_OPENED).get(3);
    assertThat(stage4.to()).contains("head-of-lac");

    s.escalate(london("2026-11-23T10:00"));
    assertThat(s.stage()).isEqualTo("stage-6");
    s.refer(london("2026-11-24T10:00"));
    assertThat(s.dispute.status()).isEqualTo(DisputeStatus.REFERRED);
  }

  @Test
  void everyStageWritesQueryActionAndOutcomeNotes() {
    s.raise(london("2026-11-04T10:00"), DisputeScenario.Raise.plain().track("LAC"));
    assertThat(s.lastNotes()).extracting(n -> n.kind()).containsExactly(RecordKind.QUERY);
    s.respond(london("2026-11-05T10:00"), null, "social-worker");
    assertThat(s.lastNotes()).extracting(n -> n.kind()).containsExactly(RecordKind.ACTION);
    s.satisfied(london("2026-11-05T12:00"));
    assertThat(s.lastNotes()).extracting(n -> n.kind()).containsExactly(RecordKind.OUTCOME);
    assertThat(s.dispute.status()).isEqualTo(DisputeStatus.RESOLVED);
  }

  @Test
  void dayRangesSkipChristmasAndBoxingDay() {
    s.raise(london("2026-12-23T10:00"), DisputeScenario.Raise.plain().track("CP"));
    assertThat(s.due()).isEqualTo(london("2026-12-24T17:00"));

    s.runUntil(london("2026-12-24T17:00"));
    assertThat(s.stage()).isEqualTo("stage-2");
    assertThat(s.due()).isEqualTo(london("2026-12-30T17:00"));
  }
}

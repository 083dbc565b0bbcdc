package uk.irodispute.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.irodispute.core.engine.Protocols.london;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.irodispute.core.protocol.Protocol;
import uk.irodispute.core.protocol.ProtocolRegistry;
import uk.irodispute.mappings.ProtocolFileLoader;

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
    assertThat(harrow.lastAlerts(AlertKind.STAGE_OPENED).get(0).asked().value("cap"))
        .isEqualTo("Within 15 days of the original notification");
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

  // ---- rule 2: extensions cannot break a cap ------------------------------------------------

  @Test
  void extensionsCannotBreakACap() {
    var restorative = new DisputeScenario("restorative-iro-cp");
    restorative.raise(
        london("2026-11-02T10:00"), DisputeScenario.Raise.plain().track("LAC").startAt("level-1"));
    assertThat(restorative.due()).isEqualTo(london("2026-11-09T17:00"));

    // Annex A: "Maximum of 20 working days.", which ends on Monday 30 November.
    restorative
        .extendBy(london("2026-11-03T10:00"), "25 working days", "The report is late")
        .expectOutcome(Decision.Outcome.REJECTED);

    assertThat(restorative.due()).isEqualTo(london("2026-11-09T17:00"));
    var told = restorative.lastAlerts(AlertKind.NOTE_REJECTED);
    assertThat(told).singleElement().satisfies(a -> assertThat(a.to()).containsExactly("chair"));
    assertThat(told.get(0).asked().value("reason"))
        .contains(
            "Maximum of 20 working days for the formal process",
            "(20 working days)",
            "does not allow it to be passed");

    restorative
        .extendBy(london("2026-11-03T10:00"), "5 working days", "The report is late")
        .expectOutcome(Decision.Outcome.APPLIED);
    assertThat(restorative.due()).isEqualTo(london("2026-11-16T17:00"));
  }

  @Test
  void extensionsCannotBreakACapWithoutTheApprovalTheProtocolNames(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("harrow.yaml");
    String shipped = Files.readString(Path.of("mappings/protocols/harrow-framework-i.yaml"));
    Files.writeString(
        file,
        shipped.replaceFirst(
            "alert: \\[divisional-director\\]",
            "alert: [divisional-director]\n    mayBePassedWith: corporate-director"));
    Protocol passable = new ProtocolFileLoader().load(file);
    var engine = new EscalationEngine(new ProtocolRegistry(List.of(passable)), Protocols.CALENDARS);
    var s = new DisputeScenario("harrow-drp", engine);
    s.raise(london("2026-11-02T10:00"));

    // 15 days from 2 November is Tuesday 17 November.
    s.extendBy(london("2026-11-03T10:00"), "10 working days", "A report")
        .expectOutcome(Decision.Outcome.REJECTED);
    assertThat(s.lastAlerts(AlertKind.NOTE_REJECTED).get(0).asked().value("reason"))
        .contains("needs the approval of the Corporate Director (corporate-director)");

    s.extendApprovedBy(
            london("2026-11-03T11:00"), "10 working days", "A report", "corporate-director")
        .expectOutcome(Decision.Outcome.APPLIED);
    assertThat(s.due()).isEqualTo(london("2026-11-23T17:00"));
    assertThat(s.events(EventType.EXTENDED).get(0).details())
        .containsEntry("capsPassed", "fifteen-days");
  }

  // ---- rule 3: an extension must not squeeze later stages ------------------------------------

  @Test
  void anExtensionMustNotSqueezeLaterStages() {
    var cp = new DisputeScenario("day-range-lac-cp");
    // Mon 2 Nov 2026 is day 1; stage 1 is "days 1-2", due Tuesday 3 November.
    cp.raise(london("2026-11-02T10:00"), DisputeScenario.Raise.plain().track("CP"));
    cp.extendBy(london("2026-11-03T10:00"), "3 working days", "The conference minutes are late")
        .expectOutcome(Decision.Outcome.APPLIED);
    assertThat(cp.due()).isEqualTo(london("2026-11-06T17:00"));

    cp.runUntil(london("2026-11-06T17:00"));
    assertThat(cp.stage()).isEqualTo("stage-2");
    // "days 3-4" moved by the 3 working days given: days 6-7, Monday and Tuesday.
    assertThat(cp.due()).isEqualTo(london("2026-11-10T17:00"));

    cp.runUntil(london("2026-11-10T17:00"));
    assertThat(cp.stage()).isEqualTo("stage-3");
    // "days 5-6" moved the same way: days 8-9, Wednesday and Thursday.
    assertThat(cp.due()).isEqualTo(london("2026-11-12T17:00"));
  }

  // ---- rule 5: escalate the same day ----------------------------------------------------------

  @Test
  void escalateTheSameDay() {
    var restorative = new DisputeScenario("restorative-iro-cp");
    restorative.raise(
        london("2026-11-02T10:00"), DisputeScenario.Raise.plain().track("LAC").startAt("level-1"));
    restorative.respond(london("2026-11-04T11:00"), "uphold", "service-manager");
    assertThat(restorative.lastAlerts(AlertKind.DECISION_NEEDED).get(0).dueAt())
        .isEqualTo(london("2026-11-04T17:00"));

    // "If not satisfied the matter would escalate to level 2 on the same day": by the close of
    // Wednesday 4 November, not at level 1's due time on Monday 9 November.
    restorative.runUntil(london("2026-11-04T17:00"));

    assertThat(restorative.events(EventType.DECISION_TIME_ENDED))
        .singleElement()
        .satisfies(e -> assertThat(e.at()).isEqualTo(london("2026-11-04T17:00")));
    var alert = restorative.lastAlerts(AlertKind.DECISION_NEEDED);
    assertThat(alert).singleElement().satisfies(a -> assertThat(a.to()).containsExactly("chair"));
    assertThat(alert.get(0).cc()).containsExactly("hos-sars");
    assertThat(restorative.stage()).isEqualTo("level-1");
  }

  @Test
  void escalateTheSameDayNeedsNothingOnceTheChairIsSatisfied() {
    var restorative = new DisputeScenario("restorative-iro-cp");
    restorative.raise(
        london("2026-11-02T10:00"), DisputeScenario.Raise.plain().track("LAC").startAt("level-1"));
    restorative
        .respond(london("2026-11-04T11:00"), "agree", "service-manager")
        .satisfied(london("2026-11-04T15:00"))
        .runUntil(london("2026-11-30T17:00"));

    assertThat(restorative.events(EventType.DECISION_TIME_ENDED)).isEmpty();
  }

  @Test
  void escalateTheSameDayByItselfWhereTheProtocolSaysSo(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("restorative.yaml");
    String shipped = Files.readString(Path.of("mappings/protocols/restorative-iro-cp.yaml"));
    Files.writeString(file, shipped.replace("then: alert-chair", "then: escalate"));
    Protocol escalating = new ProtocolFileLoader().load(file);
    var engine =
        new EscalationEngine(new ProtocolRegistry(List.of(escalating)), Protocols.CALENDARS);
    var s = new DisputeScenario("restorative-iro-cp", engine);
    s.raise(
            london("2026-11-02T10:00"),
            DisputeScenario.Raise.plain().track("LAC").startAt("level-1"))
        .respond(london("2026-11-04T11:00"), "uphold", "service-manager")
        .runUntil(london("2026-11-04T17:00"));

    assertThat(s.stage()).isEqualTo("level-2");
    assertThat(s.dispute.currentStage().openedAt()).isEqualTo(london("2026-11-04T17:00"));
  }

  // ---- rule 6: no silent track -------------------------------------------------------------

  @Test
  void noSilentTrackARaiseWithoutATrackOnATwoTrackProtocolIsRefused() {
    // "Where a protocol has several tracks, the track comes from the note, from a mapped field of
    // the case system (the child's legal status), or the raise is refused with a note to the IRO
    // saying what to add."
    var twoTracks = new DisputeScenario("day-range-lac-cp");
    twoTracks.raise(london("2026-11-02T10:00")).expectOutcome(Decision.Outcome.REJECTED);

    assertThat(twoTracks.dispute).isNull();
    assertThat(twoTracks.events(EventType.RAISED)).isEmpty();
    var told = twoTracks.lastAlerts(AlertKind.NOTE_REJECTED);
    assertThat(told).singleElement().satisfies(a -> assertThat(a.to()).containsExactly("chair"));
    assertThat(told.get(0).asked().value("reason"))
        .contains("CP (Child protection)", "LAC (Looked after children)", "track", "must name one");

    twoTracks
        .raise(london("2026-11-02T11:00"), DisputeScenario.Raise.plain().track("LAC"))
        .expectOutcome(Decision.Outcome.APPLIED);
    assertThat(twoTracks.events(EventType.RAISED).get(0).details()).containsEntry("track", "LAC");
  }

  @Test
  void noSilentTrackASingleTrackProtocolOpensOnItsTrackWithoutOne() {
    var oneTrack = new DisputeScenario("harrow-drp");
    oneTrack.raise(london("2026-11-02T10:00")).expectOutcome(Decision.Outcome.APPLIED);

    assertThat(oneTrack.events(EventType.RAISED).get(0).details()).containsEntry("track", "LAC");
  }

  // ---- rule 9: notice periods -----------------------------------------------------------------

  @Test
  void noticePeriodsFallDueOnAWorkingDay() {
    var qa = new DisputeScenario("iro-qa-flowchart-2015");
    // Thursday 2 April 2026, 15:00: Good Friday and Easter Monday are bank holidays.
    qa.raise(london("2026-04-02T15:00"));

    assertThat(qa.stage()).isEqualTo("issue-notification");
    // Not Easter Sunday 15:00: the 3 working days are Tuesday 7, Wednesday 8 and Thursday 9 April.
    assertThat(qa.due()).isEqualTo(london("2026-04-09T17:00"));
  }

  @Test
  void noticePeriodsMayBeCountedInWorkingHoursOrElapsedHours() {
    var thursday = london("2026-04-02T15:00");
    assertThat(
            uk.irodispute.core.calendar.Timescale.parse("3 working hours")
                .dueFrom(thursday, thursday, Protocols.ENGLAND))
        .isEqualTo(london("2026-04-07T10:00"));
    assertThat(
            uk.irodispute.core.calendar.Timescale.parse("72 hours")
                .dueFrom(thursday, thursday, Protocols.ENGLAND))
        .isEqualTo(london("2026-04-05T15:00"));
  }

  // ---- rule 7: seed 001's cross-directorate rule ---------------------------------------------

  @Test
  void crossDirectorateDisputesCopyTheServiceDirectorFromStageThree() {
    // "The relevant Service Director should be informed if the matter progresses to Stage 3 or
    // beyond in these situations."
    var other = new DisputeScenario("iro-qa-flowchart-2015");
    other
        .raise(
            london("2026-11-02T10:00"),
            DisputeScenario.Raise.plain().startAt("stage-1").concerningAnotherPartOfTheCouncil())
        .escalate(london("2026-11-03T10:00"));
    assertThat(other.lastAlerts(AlertKind.STAGE_OPENED).get(0).cc())
        .doesNotContain("service-director");

    other.escalate(london("2026-11-03T15:00"));
    assertThat(other.stage()).isEqualTo("stage-3");
    assertThat(other.lastAlerts(AlertKind.STAGE_OPENED).get(0).cc()).contains("service-director");

    var own = new DisputeScenario("iro-qa-flowchart-2015");
    own.raise(london("2026-11-02T10:00"), DisputeScenario.Raise.plain().startAt("stage-1"))
        .escalate(london("2026-11-03T10:00"))
        .escalate(london("2026-11-03T15:00"));
    assertThat(own.stage()).isEqualTo("stage-3");
    assertThat(own.lastAlerts(AlertKind.STAGE_OPENED).get(0).cc())
        .doesNotContain("service-director");
  }

  // ---- rule 8: tasks that can be done --------------------------------------------------------

  @Test
  void tasksCanBeDoneAreRemindedBeforeTheirDeadlineAndAlertedOnlyWhenNotDone() {
    // "This discussion will be recorded on the child's file by the DHoS IRO within 24 hours.
    // Urgent action plan to be agreed with actions to be taken within one week"
    var qa = new DisputeScenario("iro-qa-flowchart-2015");
    qa.raise(london("2026-11-02T10:00"), DisputeScenario.Raise.plain().seriousness("immediate"));
    assertThat(qa.stage()).isEqualTo("stage-2");

    // Recording falls due on Tuesday 3 November at 10:00; its reminder goes 4 hours before.
    qa.runUntil(london("2026-11-03T06:00"));
    assertThat(qa.alerts(AlertKind.TASK_REMINDER))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.to()).containsExactly("dhos-iro");
              assertThat(a.asked().value("task"))
                  .contains("Record the discussion on the child's file");
            });

    qa.taskDone(london("2026-11-03T07:00"), "record-discussion")
        .expectOutcome(Decision.Outcome.APPLIED);
    assertThat(qa.events(EventType.TASK_DONE).get(0).details())
        .containsEntry("task", "record-discussion");

    qa.runUntil(london("2026-11-10T09:00"));
    // The recorded discussion is not alerted; the actions, not done, are.
    assertThat(qa.alerts(AlertKind.STEP_DUE))
        .singleElement()
        .satisfies(a -> assertThat(a.asked().value("step")).contains("Take the actions"));
    assertThat(qa.alerts(AlertKind.TASK_REMINDER)).hasSize(2);

    qa.taskDone(london("2026-11-10T09:00"), "no-such-task")
        .expectOutcome(Decision.Outcome.REJECTED);
  }

  // ---- rule 4: timings anchored where the seed anchors them ----------------------------------

  @Test
  void timingsAnchoredWhereTheSeedAnchorsThem() {
    // "If necessary a Professionals meeting should be held within one week following the stage 2
    // discussion": counted from stage 2 opening on Monday 2 November, not stage 3 on Thursday.
    var qa = new DisputeScenario("iro-qa-flowchart-2015");
    qa.raise(london("2026-11-02T10:00"), DisputeScenario.Raise.plain().seriousness("immediate"))
        .taskDone(london("2026-11-02T15:00"), "record-discussion")
        .escalate(london("2026-11-05T10:00"));
    assertThat(qa.stage()).isEqualTo("stage-3");

    assertThat(stepDue(qa, "professionals-meeting")).isEqualTo(london("2026-11-09T17:00"));
    // "agree actions to be taken within one week" of the meeting.
    assertThat(stepDue(qa, "agreed-actions")).isEqualTo(london("2026-11-16T17:00"));
  }

  private static java.time.Instant stepDue(DisputeScenario s, String step) {
    return s.dispute.timers().stream()
        .filter(t -> t.kind() == uk.irodispute.core.model.Timer.TimerKind.STEP)
        .filter(t -> t.ref().equals(step))
        .findFirst()
        .orElseThrow()
        .dueAt();
  }
}

package uk.irodispute.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.irodispute.core.engine.Protocols.london;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.irodispute.core.calendar.Timescale;
import uk.irodispute.core.engine.Decision.Outcome;
import uk.irodispute.core.model.Concerns;
import uk.irodispute.core.model.DisputeStatus;
import uk.irodispute.core.protocol.Protocol;
import uk.irodispute.core.protocol.ProtocolRegistry;
import uk.irodispute.core.protocol.RoleDefinition;
import uk.irodispute.core.protocol.StageDefinition;
import uk.irodispute.core.protocol.Track;

/**
 * What the engine does with repeated, late, disallowed and unknown input, whatever the protocol.
 */
class EscalationEngineTest {

  private static final Instant MONDAY = london("2026-12-07T10:00");
  private final DisputeScenario s = new DisputeScenario("restorative-iro-cp").onTrack("LAC");

  @Test
  void aRepeatedNoteChangesNothing() {
    s.raise(MONDAY, DisputeScenario.Raise.plain().startAt("level-1"));
    var escalate =
        new Command.Escalate("NOTE-9@1", london("2026-12-08T10:00"), DisputeScenario.REF, null);
    s.decide(escalate, london("2026-12-08T10:00"));
    var afterFirst = s.dispute;

    s.decide(escalate, london("2026-12-08T10:05"));

    s.expectOutcome(Outcome.DUPLICATE);
    assertThat(s.last.events()).isEmpty();
    assertThat(s.last.effects()).isEmpty();
    assertThat(s.dispute).isEqualTo(afterFirst);
  }

  @Test
  void aResponseToAStageThatHasClosedIsRecordedNotApplied() {
    s.raise(MONDAY, DisputeScenario.Raise.plain().startAt("level-1"))
        .escalate(london("2026-12-09T10:00"));

    // The service manager's response was recorded on Tuesday but reaches the adapter after the
    // escalation.
    s.decide(
        new Command.Respond(
            "NOTE-LATE@1",
            london("2026-12-08T16:00"),
            DisputeScenario.REF,
            null,
            "agree",
            "service-manager"),
        london("2026-12-09T11:00"));

    s.expectOutcome(Outcome.RECORDED_ONLY);
    assertThat(s.last.events())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo(EventType.LATE_RESPONSE_RECORDED);
              assertThat(e.stageId()).isEqualTo("level-1");
            });
    assertThat(s.dispute.currentStage().responses()).isEmpty();
    assertThat(s.stage()).isEqualTo("level-2");
  }

  @Test
  void aCommandOnAResolvedDisputeIsRejectedWithAReasonNotAnException() {
    s.raise(MONDAY).satisfied(london("2026-12-08T10:00"));
    assertThat(s.dispute.status()).isEqualTo(DisputeStatus.RESOLVED);
    assertThat(s.dispute.nextDueAt()).isEmpty();

    s.escalate(london("2026-12-09T10:00"));

    s.expectOutcome(Outcome.REJECTED);
    assertThat(s.last.events())
        .extracting(e -> e.type())
        .containsExactly(EventType.COMMAND_REJECTED);
    assertThat(s.lastAlerts(AlertKind.NOTE_REJECTED).get(0).asked().value("reason"))
        .contains("already resolved");
    assertThat(s.dispute.status()).isEqualTo(DisputeStatus.RESOLVED);
  }

  @Test
  void aCommandOnAClosedDisputeIsAnsweredToItsAuthorWithTheIroInCopy() {
    s.raise(MONDAY).satisfied(london("2026-12-08T10:00"));

    s.escalate(london("2026-12-09T10:00"));

    assertThat(s.lastAlerts(AlertKind.NOTE_REJECTED))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.to()).containsExactly(RoleDefinition.AUTHOR);
              assertThat(a.cc()).containsExactly(RoleDefinition.CHAIR);
            });
  }

  @Test
  void aLateResponseOnAClosedDisputeTellsItsAuthorWhenAndHowItClosed() {
    s.raise(MONDAY).satisfied(london("2026-12-08T10:00"));

    s.decide(
        new Command.Respond(
            "NOTE-LATE@1",
            london("2026-12-09T09:30"),
            DisputeScenario.REF,
            null,
            "agree",
            "service-manager"),
        london("2026-12-09T09:30"));

    s.expectOutcome(Outcome.RECORDED_ONLY);
    assertThat(s.last.events())
        .extracting(e -> e.type())
        .containsExactly(EventType.LATE_RESPONSE_RECORDED);
    assertThat(s.lastAlerts(AlertKind.NOTE_REJECTED))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.to()).containsExactly(RoleDefinition.AUTHOR);
              assertThat(a.asked().what()).isEqualTo(Asked.Ask.NOTE_NOT_APPLIED);
              assertThat(a.asked().value("reason"))
                  .contains(
                      "already closed",
                      "resolved",
                      "Tuesday 8 December 2026 at 10:00",
                      "kept in its history",
                      "new dispute");
            });
  }

  @Test
  void aLateResponseToAClosedStageOfAnOpenDisputeTellsNobody() {
    s.raise(MONDAY, DisputeScenario.Raise.plain().startAt("level-1"))
        .escalate(london("2026-12-09T10:00"));

    s.decide(
        new Command.Respond(
            "NOTE-LATE@1",
            london("2026-12-08T16:00"),
            DisputeScenario.REF,
            null,
            "agree",
            "service-manager"),
        london("2026-12-09T11:00"));

    assertThat(s.last.effects()).as("the dispute runs on; its chair decides").isEmpty();
  }

  @Test
  void aRejectedNoteIsNotRejectedTwiceWhenItComesAgain() {
    s.raise(MONDAY);
    var resume = new Command.Resume("NOTE-R@1", london("2026-12-08T10:00"), DisputeScenario.REF);
    s.decide(resume, london("2026-12-08T10:00")).expectOutcome(Outcome.REJECTED);

    s.decide(resume, london("2026-12-08T10:01")).expectOutcome(Outcome.DUPLICATE);
  }

  @Test
  void aRaiseThatCannotBeTakenOpensNoDisputeAndTellsTheChairWhy() {
    var engine = Protocols.engine();
    var raise = raise("restorative-iro-cp", "FOSTERING", null);

    Decision d = engine.raise(raise, MONDAY);

    assertThat(d.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(d.dispute()).isEmpty();
    assertThat(d.reason()).contains("track 'FOSTERING'").contains("tracks: LAC, CP");
    assertThat(d.effects())
        .singleElement()
        .satisfies(
            e -> {
              var alert = (Effect.SendAlert) e;
              assertThat(alert.to()).containsExactly("chair");
              assertThat(alert.chairId()).isEqualTo("IRO-7");
            });
  }

  @Test
  void unknownProtocolCategoryAndStartStageAreRejectedByName() {
    var engine = Protocols.engine();

    assertThat(engine.raise(raise("no-such-protocol", null, null), MONDAY).reason())
        .contains("no protocol 'no-such-protocol'");
    assertThat(engine.raise(raiseWithCategory("unicorns"), MONDAY).reason())
        .contains("category 'unicorns'")
        .contains("drift-or-delay");
    assertThat(engine.raise(raise("restorative-iro-cp", "LAC", "level-2"), MONDAY).reason())
        .contains("cannot start at 'level-2'")
        .contains("informal, formal-decision, level-1");
  }

  /**
   * Issue 18, finding 6: "a rejection mail quotes a typed 30,000-character form value whole". The
   * reason (stored with the note and the event) and the chair's alert quote a short excerpt only.
   */
  @Test
  void aRejectionQuotesAtMostAShortExcerptOfATypedValue() {
    String typed = "a".repeat(15_000) + "b".repeat(15_000);

    Decision d = Protocols.engine().raise(raiseWithCategory(typed), MONDAY);

    assertThat(d.reason())
        .hasSizeLessThan(500)
        .contains("category 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...' (30000 characters)")
        .doesNotContain("bbbb");
    assertThat(((Effect.SendAlert) d.effects().get(0)).asked().value("reason"))
        .hasSizeLessThan(500)
        .doesNotContain("bbbb");
  }

  @Test
  void theSameInputAlwaysGivesTheSameDecisionAndEffectKeys() {
    Decision first = Protocols.engine().raise(raise("restorative-iro-cp", "LAC", null), MONDAY);
    Decision second = Protocols.engine().raise(raise("restorative-iro-cp", "LAC", null), MONDAY);

    assertThat(second).isEqualTo(first);
  }

  @Test
  void everyEffectOfADisputeHasItsOwnKey() {
    s.raise(MONDAY, DisputeScenario.Raise.plain().startAt("level-1"))
        .runUntil(london("2027-01-31T17:00"));

    List<String> keys = s.effects.stream().map(Effect::idempotencyKey).toList();
    assertThat(keys)
        .hasSizeGreaterThan(10)
        .doesNotHaveDuplicates()
        .allMatch(k -> k.startsWith("DRP-2026-000042/"));
  }

  @Test
  void aNoteDatedInTheFutureCountsFromNow() {
    Decision d = Protocols.engine().raise(raiseAt(london("2027-03-01T10:00")), MONDAY);

    assertThat(d.dispute().orElseThrow().raisedAt()).isEqualTo(MONDAY);
  }

  @Test
  void withdrawingClosesTheDisputeAndClearsEveryTimer() {
    s.raise(MONDAY).withdraw(london("2026-12-08T10:00"));

    assertThat(s.dispute.status()).isEqualTo(DisputeStatus.WITHDRAWN);
    assertThat(s.dispute.timers()).isEmpty();
    assertThat(s.lastAlerts(AlertKind.WITHDRAWN).get(0).to())
        .containsExactly("social-worker", "team-manager");
  }

  @Test
  void aCommentIsRecordedAndChangesNothingElse() {
    s.raise(MONDAY);
    var before = s.dispute;

    s.decide(
        new Command.Comment("NOTE-C@1", london("2026-12-08T10:00"), DisputeScenario.REF),
        london("2026-12-08T10:00"));

    assertThat(s.last.events())
        .extracting(e -> e.type())
        .containsExactly(EventType.COMMENT_RECORDED);
    assertThat(s.last.effects()).isEmpty();
    assertThat(s.dispute.timers()).isEqualTo(before.timers());
  }

  @Test
  void eventsAreNumberedInOrderAcrossDecisions() {
    s.raise(MONDAY).escalate(london("2026-12-08T10:00")).escalate(london("2026-12-09T10:00"));

    assertThat(s.events).extracting(e -> e.sequence()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    assertThat(s.dispute.lastSequence()).isEqualTo(6);
  }

  @Test
  void aDisputeKeepsTheProtocolVersionItStartedUnder() {
    Protocol v1 = Protocols.REGISTRY.latest("restorative-iro-cp").orElseThrow();
    Decision raised =
        new EscalationEngine(new ProtocolRegistry(List.of(v1)), Protocols.CALENDARS)
            .raise(raise("restorative-iro-cp", "LAC", "level-1"), MONDAY);
    var dispute = raised.dispute().orElseThrow();

    Protocol v2 = withLevelTimescale(v1, "2026-2", "2 working days");
    var both = new EscalationEngine(new ProtocolRegistry(List.of(v1, v2)), Protocols.CALENDARS);
    Decision escalated =
        both.decide(
            dispute,
            new Command.Escalate("NOTE-E@1", london("2026-12-08T10:00"), DisputeScenario.REF, null),
            london("2026-12-08T10:00"));

    var after = escalated.dispute().orElseThrow();
    assertThat(after.protocolVersion()).isEqualTo("2026-1");
    assertThat(after.currentStage().dueAt()).isEqualTo(london("2026-12-15T17:00"));
    assertThat(
            both.raise(raise("restorative-iro-cp", "LAC", "level-1"), MONDAY)
                .dispute()
                .orElseThrow()
                .protocolVersion())
        .isEqualTo("2026-2");
  }

  private static Command.Raise raise(String protocol, String track, String startAt) {
    return new Command.Raise(
        "NOTE-1@1",
        MONDAY,
        DisputeScenario.REF,
        protocol,
        DisputeScenario.SUBJECT,
        "IRO-7",
        track,
        null,
        null,
        startAt,
        null,
        Set.of(),
        false,
        Concerns.CHILDRENS_SERVICES);
  }

  private static Command.Raise raiseWithCategory(String category) {
    return new Command.Raise(
        "NOTE-1@1",
        MONDAY,
        DisputeScenario.REF,
        "restorative-iro-cp",
        DisputeScenario.SUBJECT,
        "IRO-7",
        "LAC",
        category,
        null,
        null,
        null,
        Set.of(),
        false,
        Concerns.CHILDRENS_SERVICES);
  }

  private static Command.Raise raiseAt(Instant recordedAt) {
    return new Command.Raise(
        "NOTE-1@1",
        recordedAt,
        DisputeScenario.REF,
        "restorative-iro-cp",
        DisputeScenario.SUBJECT,
        "IRO-7",
        "LAC",
        null,
        null,
        null,
        null,
        Set.of(),
        false,
        Concerns.CHILDRENS_SERVICES);
  }

  /** A copy of the protocol under another version with every formal level given a new timescale. */
  private static Protocol withLevelTimescale(Protocol p, String version, String timescale) {
    List<Track> tracks = new ArrayList<>();
    for (Track t : p.tracks()) {
      List<StageDefinition> stages =
          t.stages().stream()
              .map(
                  st ->
                      st.id().startsWith("level-")
                          ? new StageDefinition(
                              st.id(),
                              st.name(),
                              st.kind(),
                              st.to(),
                              st.cc(),
                              Timescale.parse(timescale),
                              st.chairSetsTimescale(),
                              st.limit(),
                              st.onBreach(),
                              st.reminders(),
                              st.mayStartHere(),
                              st.recording(),
                              st.recordedBy(),
                              st.mustRecord(),
                              st.steps(),
                              st.decisionMaker(),
                              st.guidance(),
                              st.next(),
                              st.afterResponse(),
                              st.meeting())
                          : st)
              .toList();
      tracks.add(new Track(t.id(), t.name(), stages, t.finalDecisionMaker()));
    }
    return new Protocol(
        p.id(),
        version,
        p.name(),
        p.source(),
        p.calendar(),
        p.roles(),
        p.categories(),
        p.seriousness(),
        p.responseTypes(),
        tracks,
        p.caps(),
        p.timeOut(),
        p.referral(),
        p.otherPartOfCouncil());
  }
}

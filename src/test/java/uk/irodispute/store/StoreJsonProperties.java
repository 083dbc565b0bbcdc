package uk.irodispute.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import uk.irodispute.core.calendar.Timescale;
import uk.irodispute.core.engine.Command;
import uk.irodispute.core.engine.Decision;
import uk.irodispute.core.engine.DisputeEvent;
import uk.irodispute.core.model.Concerns;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.core.model.DisputeReference;
import uk.irodispute.core.model.Subject;

/**
 * Every dispute the engine makes from the shipped protocols, and every event's details, read back
 * from their stored JSON equal to what was written: disputes raised at random times and walked
 * through random notes and ticks, rejected ones included.
 */
class StoreJsonProperties {

  private static final DisputeReference REF = DisputeReference.of(2026, 42);
  private static final Subject SUBJECT = new Subject("test-lcs", "PERSON-1001", "CASE-2001");
  private static final Instant FROM = Instant.parse("2026-01-05T09:00:00Z");

  private final StoreJson json = new StoreJson();

  enum Step {
    RESPOND,
    ESCALATE,
    PAUSE,
    RESUME,
    EXTEND,
    SATISFIED,
    REFER,
    WITHDRAW,
    COMMENT,
    TICK
  }

  record Move(Step step, int minutesLater) {}

  /** A protocol and one of its tracks: a raise on a protocol with several must name one. */
  record RaisedOn(String protocolId, String trackId) {}

  record Walk(RaisedOn on, Instant raisedAt, List<Move> moves) {}

  @Property(tries = 200)
  void everyDisputeAndEventSurvivesItsJson(@ForAll("walks") Walk walk) {
    Instant t = walk.raisedAt();
    Decision decision =
        TestStore.ENGINE.raise(
            new Command.Raise(
                "N-0@1",
                t,
                REF,
                walk.on().protocolId(),
                SUBJECT,
                "IRO-7",
                walk.on().trackId(),
                null,
                null,
                null,
                null,
                Set.of("issue", "outcome-sought", "response-by"),
                false,
                Concerns.CHILDRENS_SERVICES),
            t);
    Dispute dispute = survives(decision, null);
    int note = 1;
    for (Move move : walk.moves()) {
      t = t.plus(Duration.ofMinutes(move.minutesLater()));
      String id = "N-" + note++ + "@1";
      decision =
          move.step() == Step.TICK
              ? TestStore.ENGINE.tick(dispute, t)
              : TestStore.ENGINE.decide(dispute, command(move.step(), id, t), t);
      dispute = survives(decision, dispute);
    }
    Statistics.label("more than one stage").collect(dispute.stages().size() > 1);
    Statistics.label("a time out").collect(!dispute.pauses().isEmpty());
    Statistics.label("an extension").collect(!dispute.extensions().isEmpty());
    Statistics.label("closed").collect(dispute.status().isClosed());
  }

  @Provide
  Arbitrary<Walk> walks() {
    Arbitrary<RaisedOn> protocols =
        Arbitraries.of(
            TestStore.PROTOCOLS.latest().stream()
                .flatMap(p -> p.tracks().stream().map(t -> new RaisedOn(p.id(), t.id())))
                .toList());
    Arbitrary<Instant> raised =
        Arbitraries.integers()
            .between(0, 2 * 365 * 24 * 60)
            .map(m -> FROM.plus(Duration.ofMinutes(m)));
    Arbitrary<Move> move =
        Combinators.combine(steps(), Arbitraries.integers().between(0, 7 * 24 * 60)).as(Move::new);
    return Combinators.combine(protocols, raised, move.list().ofMaxSize(12)).as(Walk::new);
  }

  /** Ticks and steps that keep a dispute open come more often than those that close it. */
  private static Arbitrary<Step> steps() {
    return Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just(Step.TICK)),
        Tuple.of(3, Arbitraries.of(Step.RESPOND, Step.ESCALATE, Step.EXTEND, Step.COMMENT)),
        Tuple.of(3, Arbitraries.of(Step.PAUSE, Step.RESUME)),
        Tuple.of(1, Arbitraries.of(Step.SATISFIED, Step.REFER, Step.WITHDRAW)));
  }

  private Dispute survives(Decision decision, Dispute before) {
    for (DisputeEvent e : decision.events()) {
      assertThat(json.readDetails(json.writeDetails(e.details()))).isEqualTo(e.details());
    }
    if (decision.dispute().isEmpty()) {
      return before;
    }
    Dispute dispute = decision.dispute().get();
    assertThat(json.readDispute(json.write(dispute))).isEqualTo(dispute);
    return dispute;
  }

  private static Command.OnDispute command(Step step, String id, Instant t) {
    return switch (step) {
      case RESPOND -> new Command.Respond(id, t, REF, null, null, "social-worker");
      case ESCALATE -> new Command.Escalate(id, t, REF, null);
      case PAUSE -> new Command.Pause(id, t, REF, "iro-team-manager");
      case RESUME -> new Command.Resume(id, t, REF);
      case EXTEND ->
          new Command.Extend(id, t, REF, Timescale.parse("2 working days"), null, "A report", null);
      case SATISFIED -> new Command.Satisfied(id, t, REF);
      case REFER -> new Command.Refer(id, t, REF);
      case WITHDRAW -> new Command.Withdraw(id, t, REF);
      case COMMENT -> new Command.Comment(id, t, REF);
      case TICK -> throw new IllegalArgumentException("a tick is not a command");
    };
  }
}

package uk.irodispute.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.irodispute.core.calendar.Timescale;
import uk.irodispute.core.model.Concerns;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.core.model.DisputeReference;
import uk.irodispute.core.model.Subject;

/**
 * Drives one dispute through the engine as a case system would: notes recorded at given times,
 * ticks at given times. Keeps every event and effect so tests can read what happened.
 */
final class DisputeScenario {

  static final DisputeReference REF = DisputeReference.of(2026, 42);
  static final Subject SUBJECT = new Subject("test-lcs", "PERSON-1001", "CASE-2001");

  private final EscalationEngine engine;
  private final String protocolId;
  private String track;
  private int noteNumber;
  Dispute dispute;
  Decision last;
  final List<DisputeEvent> events = new ArrayList<>();
  final List<Effect> effects = new ArrayList<>();

  DisputeScenario(String protocolId) {
    this(protocolId, Protocols.engine());
  }

  /** A scenario on an engine that holds other protocols than the shipped ones. */
  DisputeScenario(String protocolId, EscalationEngine engine) {
    this.protocolId = protocolId;
    this.engine = engine;
  }

  /** Names this track in every raise that names none of its own. */
  DisputeScenario onTrack(String trackId) {
    this.track = trackId;
    return this;
  }

  /** Raise options; null means not given in the note. */
  record Raise(
      String track,
      String category,
      String seriousness,
      String startAt,
      Instant chairDue,
      Set<String> recorded,
      boolean repeat,
      Concerns concerns) {
    static Raise plain() {
      return new Raise(
          null,
          null,
          null,
          null,
          null,
          Set.of("issue", "outcome-sought", "response-by"),
          false,
          Concerns.CHILDRENS_SERVICES);
    }

    Raise concerningAnotherPartOfTheCouncil() {
      return new Raise(
          track,
          category,
          seriousness,
          startAt,
          chairDue,
          recorded,
          repeat,
          Concerns.ANOTHER_PART_OF_THE_COUNCIL);
    }

    Raise track(String t) {
      return new Raise(t, category, seriousness, startAt, chairDue, recorded, repeat, concerns);
    }

    Raise category(String c) {
      return new Raise(track, c, seriousness, startAt, chairDue, recorded, repeat, concerns);
    }

    Raise seriousness(String s) {
      return new Raise(track, category, s, startAt, chairDue, recorded, repeat, concerns);
    }

    Raise startAt(String s) {
      return new Raise(track, category, seriousness, s, chairDue, recorded, repeat, concerns);
    }

    Raise chairDue(Instant due) {
      return new Raise(track, category, seriousness, startAt, due, recorded, repeat, concerns);
    }

    Raise recorded(Set<String> r) {
      return new Raise(track, category, seriousness, startAt, chairDue, r, repeat, concerns);
    }

    Raise asRepeat() {
      return new Raise(track, category, seriousness, startAt, chairDue, recorded, true, concerns);
    }
  }

  DisputeScenario raise(Instant at, Raise r) {
    Command.Raise c =
        new Command.Raise(
            nextNote(),
            at,
            REF,
            protocolId,
            SUBJECT,
            "IRO-7",
            r.track() != null ? r.track() : track,
            r.category(),
            r.seriousness(),
            r.startAt(),
            r.chairDue(),
            r.recorded(),
            r.repeat(),
            r.concerns());
    return take(engine.raise(c, at));
  }

  DisputeScenario raise(Instant at) {
    return raise(at, Raise.plain());
  }

  DisputeScenario respond(Instant at, String responseType, String fromRole) {
    return decide(new Command.Respond(nextNote(), at, REF, null, responseType, fromRole), at);
  }

  DisputeScenario taskDone(Instant at, String task) {
    return decide(new Command.TaskDone(nextNote(), at, REF, task), at);
  }

  DisputeScenario satisfied(Instant at) {
    return decide(new Command.Satisfied(nextNote(), at, REF), at);
  }

  DisputeScenario escalate(Instant at) {
    return decide(new Command.Escalate(nextNote(), at, REF, null), at);
  }

  DisputeScenario escalateTo(Instant at, String stage) {
    return decide(new Command.Escalate(nextNote(), at, REF, stage), at);
  }

  DisputeScenario pause(Instant at, String approvedBy) {
    return decide(new Command.Pause(nextNote(), at, REF, approvedBy), at);
  }

  DisputeScenario resume(Instant at) {
    return decide(new Command.Resume(nextNote(), at, REF), at);
  }

  DisputeScenario extendBy(Instant at, String timescale, String reason) {
    return decide(
        new Command.Extend(nextNote(), at, REF, Timescale.parse(timescale), null, reason, null),
        at);
  }

  DisputeScenario extendUntil(Instant at, Instant until, String reason) {
    return decide(new Command.Extend(nextNote(), at, REF, null, until, reason, null), at);
  }

  DisputeScenario extendApprovedBy(Instant at, String timescale, String reason, String approver) {
    return decide(
        new Command.Extend(nextNote(), at, REF, Timescale.parse(timescale), null, reason, approver),
        at);
  }

  DisputeScenario refer(Instant at) {
    return decide(new Command.Refer(nextNote(), at, REF), at);
  }

  DisputeScenario withdraw(Instant at) {
    return decide(new Command.Withdraw(nextNote(), at, REF), at);
  }

  DisputeScenario decide(Command.OnDispute c, Instant now) {
    return take(engine.decide(dispute, c, now));
  }

  DisputeScenario tick(Instant now) {
    return take(engine.tick(dispute, now));
  }

  /** Ticks at every due time up to {@code until}, as the tick route would. */
  DisputeScenario runUntil(Instant until) {
    for (int i = 0; i < 500; i++) {
      var next = dispute.nextDueAt();
      if (next.isEmpty() || next.get().isAfter(until)) {
        return this;
      }
      tick(next.get());
    }
    throw new AssertionError("more than 500 ticks before " + until);
  }

  String stage() {
    return dispute.currentStageId();
  }

  Instant due() {
    return dispute.currentStage().dueAt();
  }

  List<Effect.SendAlert> alerts(AlertKind kind) {
    return effects.stream()
        .filter(Effect.SendAlert.class::isInstance)
        .map(Effect.SendAlert.class::cast)
        .filter(a -> a.kind() == kind)
        .toList();
  }

  List<Effect.SendAlert> lastAlerts(AlertKind kind) {
    return last.effects().stream()
        .filter(Effect.SendAlert.class::isInstance)
        .map(Effect.SendAlert.class::cast)
        .filter(a -> a.kind() == kind)
        .toList();
  }

  List<Effect.WriteCaseNote> lastNotes() {
    return last.effects().stream()
        .filter(Effect.WriteCaseNote.class::isInstance)
        .map(Effect.WriteCaseNote.class::cast)
        .toList();
  }

  List<DisputeEvent> events(EventType type) {
    return events.stream().filter(e -> e.type() == type).toList();
  }

  DisputeScenario expectOutcome(Decision.Outcome outcome) {
    assertThat(last.outcome()).as("outcome (reason: %s)", last.reason()).isEqualTo(outcome);
    return this;
  }

  private DisputeScenario take(Decision d) {
    last = d;
    d.dispute().ifPresent(x -> dispute = x);
    events.addAll(d.events());
    effects.addAll(d.effects());
    return this;
  }

  private String nextNote() {
    return "NOTE-" + (++noteNumber) + "@1";
  }
}

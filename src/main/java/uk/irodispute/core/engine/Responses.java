package uk.irodispute.core.engine;

import static uk.irodispute.core.engine.DisputeDraft.details;
import static uk.irodispute.core.engine.Verdicts.applied;
import static uk.irodispute.core.engine.Verdicts.reject;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.irodispute.core.model.DisputeStatus;
import uk.irodispute.core.model.Response;
import uk.irodispute.core.model.StageRecord;
import uk.irodispute.core.protocol.Quote;
import uk.irodispute.core.protocol.RecordKind;
import uk.irodispute.core.protocol.RoleDefinition;
import uk.irodispute.core.protocol.StageDefinition;

/** A response at a stage: recorded on the open stage it answers, or only recorded when late. */
final class Responses {

  private static final String CHAIR = RoleDefinition.CHAIR;

  private Responses() {}

  /**
   * @param recorded when the response was recorded
   * @param t when it takes effect: not before the current stage opened
   */
  static Decision respond(DisputeDraft d, Command.Respond r, Instant recorded, Instant t) {
    Optional<StageRecord> target =
        r.stageId() != null
            ? d.stages.stream().filter(s -> s.stageId().equals(r.stageId())).reduce((a, b) -> b)
            : d.stages.stream()
                .filter(s -> s.wasCurrentAt(recorded))
                .findFirst()
                .or(() -> Optional.of(d.currentRecord()));
    if (r.responseType() != null
        && !d.protocol.responseTypes().isEmpty()
        && d.protocol.responseType(r.responseType()).isEmpty()) {
      return reject(
          d,
          r,
          t,
          "response type "
              + Quote.typed(r.responseType())
              + " is not known; types: "
              + Verdicts.ids(d.protocol.responseTypes().stream().map(x -> x.id()).toList()));
    }
    if (target.isEmpty() || !target.get().isOpen() || d.status.isClosed()) {
      return recordLate(d, r, recorded, target);
    }
    StageDefinition stage = d.currentDefinition();
    StageRecord cur = d.currentRecord();
    d.replaceCurrentRecord(
        cur.withResponse(
            new Response(stage.id(), r.responseType(), r.fromRole(), t, r.commandId())));
    d.event(
        t,
        EventType.RESPONSE_RECORDED,
        stage.id(),
        r.commandId(),
        details("responseType", r.responseType(), "fromRole", r.fromRole()));
    String author =
        r.fromRole() != null ? r.fromRole() : stage.to().isEmpty() ? CHAIR : stage.to().get(0);
    d.note(
        RecordKind.ACTION,
        author,
        stage,
        cur.dueAt(),
        "Dispute "
            + d.reference
            + ": "
            + (r.responseType() == null ? "a response" : "a response (" + typeName(d, r) + ")")
            + " was recorded at "
            + stage.name()
            + ".");
    Optional<Instant> decideBy = ChairDecision.start(d, stage, t);
    d.alert(
        AlertKind.DECISION_NEEDED,
        List.of(CHAIR),
        List.of(),
        stage,
        decideBy.orElse(null),
        Asked.of(Asked.Ask.DECIDE_ON_RESPONSE, "responseType", typeName(d, r)));
    return applied(d);
  }

  /** The response type's name in the protocol; null when the note named none. */
  private static String typeName(DisputeDraft d, Command.Respond r) {
    return r.responseType() == null
        ? null
        : d.protocol.responseType(r.responseType()).map(x -> x.name()).orElse(r.responseType());
  }

  /**
   * Why a response to a closed dispute is not applied, in words its author can act on: when and how
   * the dispute closed, and what to do instead. Issue 14: "the author gets a note (or a mail) in
   * plain words saying it was not applied, why, and what to record instead."
   */
  private static String closedBefore(DisputeDraft d) {
    return "dispute "
        + d.reference.value()
        + " was already closed: it was "
        + how(d.status)
        + " on "
        + DueTimes.inWords(d.currentRecord().closedAt())
        + ". Your response is kept in its history but changes nothing. If the concern is still"
        + " open, speak to the IRO, who can raise a new dispute";
  }

  private static String how(DisputeStatus status) {
    return switch (status) {
      case RESOLVED -> "resolved (the IRO was satisfied)";
      case WITHDRAWN -> "withdrawn by the IRO";
      case REFERRED -> "referred on at the protocol's final step";
      case RECORDED -> "recorded as a commendation";
      case OPEN, PAUSED -> throw new IllegalStateException(status + " is not closed");
    };
  }

  private static Decision recordLate(
      DisputeDraft d, Command.Respond r, Instant recorded, Optional<StageRecord> target) {
    String stageId = target.map(StageRecord::stageId).orElse(r.stageId());
    d.event(
        recorded,
        EventType.LATE_RESPONSE_RECORDED,
        stageId,
        r.commandId(),
        details("responseType", r.responseType(), "fromRole", r.fromRole()));
    if (d.status.isClosed()) {
      d.alert(
          AlertKind.NOTE_REJECTED,
          List.of(RoleDefinition.AUTHOR),
          List.of(),
          d.currentDefinition(),
          null,
          Asked.of(Asked.Ask.NOTE_NOT_APPLIED, "reason", closedBefore(d)));
    }
    return new Decision(
        Optional.of(d.freeze()),
        d.events,
        d.effects,
        Decision.Outcome.RECORDED_ONLY,
        "the response is to "
            + (stageId == null ? "a stage that does not exist" : "stage " + stageId)
            + ", which is closed; recorded, not applied");
  }
}

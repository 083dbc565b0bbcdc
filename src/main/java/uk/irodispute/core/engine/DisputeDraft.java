package uk.irodispute.core.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import uk.irodispute.core.calendar.WorkingCalendar;
import uk.irodispute.core.model.Concerns;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.core.model.DisputeReference;
import uk.irodispute.core.model.DisputeStatus;
import uk.irodispute.core.model.Extension;
import uk.irodispute.core.model.Pause;
import uk.irodispute.core.model.StageRecord;
import uk.irodispute.core.model.Subject;
import uk.irodispute.core.model.Timer;
import uk.irodispute.core.protocol.Protocol;
import uk.irodispute.core.protocol.RecordKind;
import uk.irodispute.core.protocol.StageDefinition;
import uk.irodispute.core.protocol.Track;

/**
 * A dispute being changed by one decision: its fields, plus the events and effects the decision
 * produces. Every effect's idempotency key is derived from the event it follows, so the same
 * decision always yields the same keys.
 */
final class DisputeDraft {

  final Protocol protocol;
  final Track track;
  final WorkingCalendar calendar;
  final DisputeReference reference;
  final Subject subject;
  final String chairId;
  final String categoryId;
  final String seriousnessId;
  final Concerns concerns;
  final Instant raisedAt;
  final String startStageId;
  DisputeStatus status;
  String currentStageId;
  Instant formalStartedAt;
  Instant referredAt;
  final List<StageRecord> stages;
  final List<Pause> pauses;
  final List<Extension> extensions;
  final List<Timer> timers;
  final Set<String> appliedCommands;
  private long sequence;
  private int effectsOfEvent;
  final List<DisputeEvent> events = new ArrayList<>();
  final List<Effect> effects = new ArrayList<>();

  private DisputeDraft(Dispute d, Protocol protocol, Track track, WorkingCalendar calendar) {
    this.protocol = protocol;
    this.track = track;
    this.calendar = calendar;
    this.reference = d.reference();
    this.subject = d.subject();
    this.chairId = d.chairId();
    this.categoryId = d.categoryId();
    this.seriousnessId = d.seriousnessId();
    this.concerns = d.concerns();
    this.raisedAt = d.raisedAt();
    this.startStageId = d.startStageId();
    this.status = d.status();
    this.currentStageId = d.currentStageId();
    this.formalStartedAt = d.formalStartedAt();
    this.referredAt = d.referredAt();
    this.stages = new ArrayList<>(d.stages());
    this.pauses = new ArrayList<>(d.pauses());
    this.extensions = new ArrayList<>(d.extensions());
    this.timers = new ArrayList<>(d.timers());
    this.appliedCommands = new HashSet<>(d.appliedCommands());
    this.sequence = d.lastSequence();
  }

  static DisputeDraft of(Dispute d, Protocol protocol, Track track, WorkingCalendar calendar) {
    return new DisputeDraft(d, protocol, track, calendar);
  }

  /** A draft for a dispute that does not exist yet. */
  static DisputeDraft fresh(
      Command.Raise raise,
      Protocol protocol,
      Track track,
      WorkingCalendar calendar,
      String categoryId,
      String startStageId,
      Instant raisedAt) {
    Dispute empty =
        new Dispute(
            raise.reference(),
            raise.subject(),
            raise.chairId(),
            track.id(),
            categoryId,
            raise.seriousnessId(),
            raise.concerns(),
            protocol.id(),
            protocol.version(),
            DisputeStatus.OPEN,
            raisedAt,
            startStageId,
            startStageId,
            null,
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            Set.of(),
            0);
    return new DisputeDraft(empty, protocol, track, calendar);
  }

  Dispute freeze() {
    return new Dispute(
        reference,
        subject,
        chairId,
        track.id(),
        categoryId,
        seriousnessId,
        concerns,
        protocol.id(),
        protocol.version(),
        status,
        raisedAt,
        startStageId,
        currentStageId,
        formalStartedAt,
        referredAt,
        stages,
        pauses,
        extensions,
        timers,
        appliedCommands,
        sequence);
  }

  StageDefinition currentDefinition() {
    return track.stage(currentStageId).orElseThrow();
  }

  StageRecord currentRecord() {
    return stages.get(stages.size() - 1);
  }

  void replaceCurrentRecord(StageRecord record) {
    stages.set(stages.size() - 1, record);
  }

  /** Appends an event; the effects that follow it take their keys from it. */
  void event(
      Instant at, EventType type, String stageId, String commandId, Map<String, String> details) {
    sequence++;
    effectsOfEvent = 0;
    events.add(new DisputeEvent(reference, sequence, at, type, stageId, commandId, details));
  }

  void note(
      RecordKind kind, String authorRole, StageDefinition stage, Instant dueAt, String summary) {
    if (!stage.recording().contains(kind)) {
      return;
    }
    effects.add(
        new Effect.WriteCaseNote(
            nextKey(),
            reference,
            subject,
            kind,
            authorRole,
            stage.id(),
            stage.name(),
            dueAt,
            summary));
  }

  void alert(
      AlertKind kind,
      List<String> to,
      List<String> cc,
      StageDefinition stage,
      Instant dueAt,
      Asked asked) {
    List<String> copy = cc.stream().filter(Predicate.not(to::contains)).distinct().toList();
    effects.add(
        new Effect.SendAlert(
            nextKey(),
            reference,
            subject,
            kind,
            to.stream().distinct().toList(),
            copy,
            stage.id(),
            stage.name(),
            dueAt,
            asked,
            chairId));
  }

  void removeTimersOf(String stageId) {
    timers.removeIf(t -> stageId.equals(t.stageId()));
  }

  static Map<String, String> details(String... keyValues) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i + 1 < keyValues.length; i += 2) {
      if (keyValues[i + 1] != null) {
        m.put(keyValues[i], keyValues[i + 1]);
      }
    }
    return m;
  }

  private String nextKey() {
    return reference.value() + "/" + sequence + "/" + (++effectsOfEvent);
  }
}

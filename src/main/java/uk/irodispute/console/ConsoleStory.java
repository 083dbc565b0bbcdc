package uk.irodispute.console;

import java.util.List;
import java.util.Map;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.store.DisputeStory;
import uk.irodispute.store.OutboxListing;
import uk.irodispute.store.OutboxStatus;

/**
 * A dispute's story and outbox items as the console shows them: times in London, statuses in words.
 * Identifiers, roles and addresses only, never the child's name.
 */
record ConsoleStory(
    String reference,
    String system,
    String protocol,
    String track,
    String status,
    String raised,
    String currentStage,
    List<Stage> stages,
    List<Pause> pauses,
    List<Extension> extensions,
    List<Note> notes,
    List<Event> events,
    List<Delivery> deliveries,
    List<DisputeStory.Recipient> recipients) {

  /** The statuses the outbox page lists. */
  static final List<OutboxStatus> LISTED =
      List.of(OutboxStatus.PENDING, OutboxStatus.IN_FLIGHT, OutboxStatus.DEAD, OutboxStatus.HELD);

  /** Items an outbox page shows. */
  static final int PAGE_SIZE = 50;

  static ConsoleStory of(DisputeStory.Story story) {
    Dispute d = story.dispute();
    return new ConsoleStory(
        d.reference().value(),
        d.subject().sourceSystem(),
        d.protocolId() + " " + d.protocolVersion(),
        d.trackId(),
        d.status().name(),
        ConsoleTimes.london(d.raisedAt()),
        d.currentStageId(),
        d.stages().stream()
            .map(
                s ->
                    new Stage(
                        s.stageId(),
                        ConsoleTimes.london(s.openedAt()),
                        ConsoleTimes.london(s.dueAt()),
                        ConsoleTimes.london(s.closedAt()),
                        s.closedBecause() == null ? "" : s.closedBecause().name(),
                        s.breached()))
            .toList(),
        d.pauses().stream()
            .map(
                p ->
                    new Pause(
                        ConsoleTimes.london(p.startedAt()),
                        ConsoleTimes.london(p.endedAt()),
                        p.workingMinutesPaused()))
            .toList(),
        d.extensions().stream()
            .map(
                e ->
                    new Extension(
                        e.stageId(),
                        ConsoleTimes.london(e.previousDueAt()),
                        ConsoleTimes.london(e.newDueAt())))
            .toList(),
        story.notesTaken().stream()
            .map(
                n ->
                    new Note(
                        n.systemId(),
                        n.noteId(),
                        n.version(),
                        ConsoleTimes.london(n.takenAt()),
                        n.outcome()))
            .toList(),
        story.events().stream()
            .map(
                e ->
                    new Event(
                        e.sequence(),
                        ConsoleTimes.london(e.at()),
                        e.type().name(),
                        e.stageId() == null ? "" : e.stageId(),
                        e.commandId() == null ? "" : e.commandId(),
                        e.details()))
            .toList(),
        story.deliveries().stream().map(Delivery::of).toList(),
        story.recipients());
  }

  record Stage(
      String stage,
      String opened,
      String due,
      String closed,
      String closedBecause,
      boolean breached) {}

  record Pause(String started, String ended, long workingMinutes) {}

  record Extension(String stage, String from, String to) {}

  record Note(String system, String noteId, String version, String taken, String outcome) {}

  record Event(
      long sequence,
      String at,
      String type,
      String stage,
      String command,
      Map<String, String> details) {}

  /** An outbox item: what, where, how it went; never its content. */
  record Delivery(
      long id,
      String kind,
      String system,
      String reference,
      String key,
      String status,
      int attempts,
      String lastError,
      String nextAttempt,
      String created) {
    static Delivery of(OutboxListing.Entry e) {
      return new Delivery(
          e.id(),
          e.kind().name(),
          e.systemId(),
          e.reference(),
          e.idempotencyKey(),
          e.status().name(),
          e.attempts(),
          e.lastError() == null ? "" : e.lastError(),
          ConsoleTimes.london(e.nextAttemptAt()),
          ConsoleTimes.london(e.createdAt()));
    }
  }
}

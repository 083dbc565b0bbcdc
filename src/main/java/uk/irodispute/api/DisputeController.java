package uk.irodispute.api;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.irodispute.core.engine.DisputeEvent;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.core.model.DisputeReference;
import uk.irodispute.core.model.Extension;
import uk.irodispute.core.model.Pause;
import uk.irodispute.core.model.StageRecord;
import uk.irodispute.store.DisputeStory;

/**
 * {@code GET /api/v1/disputes/{reference}}: one dispute's story, for operations asking why a mail
 * went. Its protocol and track, the stages lived, pauses and extensions, the notes taken, every
 * event, every delivery with its attempts and last error, and the staff its notes named by role and
 * address. Never the child's name or a note's text.
 */
@RestController
@RequestMapping("/api/v1/disputes")
class DisputeController {

  private final DisputeStory stories;

  DisputeController(DisputeStory stories) {
    this.stories = stories;
  }

  @GetMapping("/{reference}")
  StoryView story(@PathVariable String reference) {
    return stories
        .of(new DisputeReference(reference.strip()))
        .map(StoryView::of)
        .orElseThrow(
            () ->
                new ApiError(HttpStatus.NOT_FOUND, "reference", "no dispute " + reference.strip())
                    .toException());
  }

  record StoryView(
      String reference,
      String system,
      String protocol,
      String protocolVersion,
      String track,
      String status,
      String raisedAt,
      String currentStage,
      List<StageView> stages,
      List<PauseView> pauses,
      List<ExtensionView> extensions,
      List<NoteView> notesTaken,
      List<EventView> events,
      List<OutboxController.Item> deliveries,
      List<RecipientView> recipients) {
    static StoryView of(DisputeStory.Story story) {
      Dispute d = story.dispute();
      return new StoryView(
          d.reference().value(),
          d.subject().sourceSystem(),
          d.protocolId(),
          d.protocolVersion(),
          d.trackId(),
          d.status().name(),
          ApiTimes.format(d.raisedAt()),
          d.currentStageId(),
          d.stages().stream().map(StageView::of).toList(),
          d.pauses().stream().map(PauseView::of).toList(),
          d.extensions().stream().map(ExtensionView::of).toList(),
          story.notesTaken().stream().map(NoteView::of).toList(),
          story.events().stream().map(EventView::of).toList(),
          story.deliveries().stream().map(OutboxController.Item::of).toList(),
          story.recipients().stream().map(r -> new RecipientView(r.role(), r.address())).toList());
    }
  }

  record StageView(
      String stage,
      String openedAt,
      String dueAt,
      String closedAt,
      String closedBecause,
      boolean breached) {
    static StageView of(StageRecord s) {
      return new StageView(
          s.stageId(),
          ApiTimes.format(s.openedAt()),
          ApiTimes.format(s.dueAt()),
          ApiTimes.format(s.closedAt()),
          s.closedBecause() == null ? null : s.closedBecause().name(),
          s.breached());
    }
  }

  record PauseView(String startedAt, String endedAt, long workingMinutesPaused) {
    static PauseView of(Pause p) {
      return new PauseView(
          ApiTimes.format(p.startedAt()), ApiTimes.format(p.endedAt()), p.workingMinutesPaused());
    }
  }

  record ExtensionView(String stage, String previousDueAt, String newDueAt, String at) {
    static ExtensionView of(Extension e) {
      return new ExtensionView(
          e.stageId(),
          ApiTimes.format(e.previousDueAt()),
          ApiTimes.format(e.newDueAt()),
          ApiTimes.format(e.at()));
    }
  }

  record NoteView(String system, String noteId, String version, String takenAt, String outcome) {
    static NoteView of(DisputeStory.TakenNote n) {
      return new NoteView(
          n.systemId(), n.noteId(), n.version(), ApiTimes.format(n.takenAt()), n.outcome());
    }
  }

  record EventView(
      long sequence,
      String at,
      String type,
      String stage,
      String command,
      Map<String, String> details) {
    static EventView of(DisputeEvent e) {
      return new EventView(
          e.sequence(),
          ApiTimes.format(e.at()),
          e.type().name(),
          e.stageId(),
          e.commandId(),
          e.details());
    }
  }

  record RecipientView(String role, String address) {}
}

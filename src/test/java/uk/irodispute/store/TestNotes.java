package uk.irodispute.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import uk.irodispute.core.engine.Command;
import uk.irodispute.core.model.Concerns;
import uk.irodispute.core.model.DisputeReference;
import uk.irodispute.core.model.Subject;
import uk.irodispute.core.note.CaseNote;
import uk.irodispute.core.note.CaseWorker;
import uk.irodispute.core.note.Classification;
import uk.irodispute.core.note.NoteClassifier;
import uk.irodispute.core.note.OpenDisputes;

/**
 * Invented case notes and a small classifier for them: note type {@code IRO-DISPUTE} raises, {@code
 * IRO-RESPONSE}, {@code IRO-COMMENT} and {@code IRO-SATISFIED} act on the child's open dispute (or
 * the one in the form's {@code reference}), a {@code draft} status is ignored.
 */
final class TestNotes {

  static final String SYSTEM = "test-lcs";
  static final String PERSON = "PERSON-1001";
  static final String CASE = "CASE-2001";

  /** Invented note text, which the store must never keep. */
  static final String TEXT = "Invented concern about the care plan of Robin Invented-Child";

  static final CaseWorker IRO =
      new CaseWorker(null, "IRO-7", "Iris Example", "iris.example@council.example", "IRO service");
  static final CaseWorker SOCIAL_WORKER =
      new CaseWorker(
          "social-worker", "SW-3", "Sam Example", "sam.example@council.example", "Team North");
  static final CaseWorker TEAM_MANAGER =
      new CaseWorker(
          "team-manager", "TM-2", "Tara Example", "tara.example@council.example", "Team North");

  static final NoteClassifier CLASSIFIER = TestNotes::classify;

  private TestNotes() {}

  /** A dispute raised under the day-range protocol's child protection track. */
  static CaseNote raise(String noteId, String version, Instant at) {
    return note(
        noteId,
        version,
        "IRO-DISPUTE",
        at,
        Map.of("protocol", "day-range-lac-cp", "track", "CP"),
        IRO,
        PERSON);
  }

  static CaseNote draftRaise(String noteId, String version, Instant at) {
    return note(
        noteId,
        version,
        "IRO-DISPUTE",
        at,
        Map.of("protocol", "day-range-lac-cp", "track", "CP", "status", "draft"),
        IRO,
        PERSON);
  }

  static CaseNote response(String noteId, Instant at) {
    return note(noteId, "1", "IRO-RESPONSE", at, Map.of(), SOCIAL_WORKER.as(null), PERSON);
  }

  static CaseNote comment(String noteId, Instant at) {
    return note(noteId, "1", "IRO-COMMENT", at, Map.of(), IRO, PERSON);
  }

  static CaseNote note(
      String noteId,
      String version,
      String type,
      Instant at,
      Map<String, String> form,
      CaseWorker author,
      String person) {
    return new CaseNote(
        SYSTEM,
        noteId,
        version,
        at,
        person,
        CASE,
        type,
        author,
        at,
        TEXT,
        form,
        List.of(SOCIAL_WORKER, TEAM_MANAGER));
  }

  private static Classification classify(
      CaseNote note, OpenDisputes open, Supplier<DisputeReference> newReference) {
    if (note.answer("status").filter("draft"::equals).isPresent()) {
      return new Classification.Ignored("the note is a draft");
    }
    Subject subject = new Subject(note.systemId(), note.personId(), note.caseId());
    if (note.noteType().equals("IRO-DISPUTE")) {
      return new Classification.Accepted(
          new Command.Raise(
              note.commandId(),
              note.recordedAt(),
              newReference.get(),
              note.answer("protocol").orElseThrow(),
              subject,
              note.author().id(),
              note.answer("track").orElse(null),
              note.answer("category").orElse(null),
              null,
              null,
              null,
              Set.of("issue", "outcome-sought", "response-by"),
              false,
              Concerns.CHILDRENS_SERVICES,
              note.answer("outcome-sought").orElse(null)));
    }
    Optional<DisputeReference> reference =
        note.answer("reference")
            .map(DisputeReference::new)
            .or(() -> open.about(subject).stream().findFirst());
    if (reference.isEmpty()) {
      return new Classification.Rejected("no open dispute for this child; give the reference");
    }
    DisputeReference ref = reference.get();
    return switch (note.noteType()) {
      case "IRO-RESPONSE" ->
          new Classification.Accepted(
              new Command.Respond(
                  note.commandId(), note.recordedAt(), ref, null, null, "social-worker"));
      case "IRO-COMMENT" ->
          new Classification.Accepted(
              new Command.Comment(note.commandId(), note.recordedAt(), ref));
      case "IRO-SATISFIED" ->
          new Classification.Accepted(
              new Command.Satisfied(note.commandId(), note.recordedAt(), ref));
      default -> new Classification.Ignored("the note type is not a dispute note type");
    };
  }
}

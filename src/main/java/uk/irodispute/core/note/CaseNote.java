package uk.irodispute.core.note;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A case note as the adapter understands it, whichever case system and whichever way it was read.
 *
 * <p>Carries the note's text only to classify it; the text is never logged and never stored by the
 * adapter.
 *
 * @param systemId the {@code mappings/systems/} file it was read through
 * @param noteId the case system's id for the note
 * @param version the note's version; a note edited after it was first written has a new one
 * @param modifiedAt when the note last changed: the poll's watermark
 * @param personId the child's person id in the case system; null when the note names none (the
 *     screen keeps such a dispute note out: {@link NoteScreen})
 * @param caseId the case, episode or involvement it belongs to; may be null
 * @param noteType the case system's note type code
 * @param author who recorded it
 * @param recordedAt when it was recorded (the event time, not the modification time)
 * @param text the note's text
 * @param form the note's form answers, under the canonical names the system file maps them to
 * @param allocated the workers allocated to the child's case, each with their protocol role
 */
public record CaseNote(
    String systemId,
    String noteId,
    String version,
    Instant modifiedAt,
    String personId,
    String caseId,
    String noteType,
    CaseWorker author,
    Instant recordedAt,
    String text,
    Map<String, String> form,
    List<CaseWorker> allocated) {

  public CaseNote {
    form = Map.copyOf(form);
    allocated = List.copyOf(allocated);
  }

  /** The command id the engine deduplicates on: unique per note version. */
  public String commandId() {
    return systemId + ":" + noteId + "@" + version;
  }

  /** A form answer under its canonical name, if present and not blank. */
  public Optional<String> answer(String name) {
    String v = form.get(name);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
  }

  /** No note text in {@code toString}: records would otherwise print it into logs. */
  @Override
  public String toString() {
    return "CaseNote[" + commandId() + ", type " + noteType + "]";
  }
}

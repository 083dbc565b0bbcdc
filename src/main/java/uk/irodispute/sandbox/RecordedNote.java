package uk.irodispute.sandbox;

import java.time.Instant;
import java.util.Map;

/**
 * One version of a case note in a sandbox case system, as the sandbox holds it: form answers under
 * their canonical names and values; each system shows them in its own words.
 *
 * @param system the case system
 * @param noteId the system's note id (fixed width, so ids sort as the system made them)
 * @param version 1 when written, one more at each edit
 * @param noteType the system's note type code ({@code IRO}, {@code IRO_DRP}, {@code IRO_MONITORING}
 *     for dispute notes)
 * @param personId the child
 * @param caseId the child's case or episode; null in the reporting database
 * @param authorId the worker who wrote it
 * @param recordedAt when it was first written
 * @param modifiedAt when this version was written
 * @param answers canonical field to canonical value (for example {@code action: raise})
 * @param text the note's text
 */
public record RecordedNote(
    SandboxSystem system,
    String noteId,
    int version,
    String noteType,
    String personId,
    String caseId,
    String authorId,
    Instant recordedAt,
    Instant modifiedAt,
    Map<String, String> answers,
    String text) {

  public RecordedNote {
    answers = Map.copyOf(answers);
  }

  /** A canonical answer, or null. */
  public String answer(String field) {
    return answers.get(field);
  }

  /** Whether it is an IRO dispute note rather than another kind of case note. */
  public boolean isDisputeNote() {
    return VendorForm.of(system).noteType().equals(noteType);
  }

  /** Whether it was saved as a draft; a note written without a status is complete. */
  public boolean isDraft() {
    return "Draft".equalsIgnoreCase(answer(VendorForm.STATUS));
  }

  /** The next version, written at {@code at}. */
  RecordedNote edited(Map<String, String> newAnswers, String newText, Instant at) {
    return new RecordedNote(
        system,
        noteId,
        version + 1,
        noteType,
        personId,
        caseId,
        authorId,
        recordedAt,
        at,
        newAnswers,
        newText);
  }

  /** No note text here: a note's text is a child's personal data and stays out of logs. */
  @Override
  public String toString() {
    return "RecordedNote[" + system.id() + ":" + noteId + "@" + version + ", " + noteType + "]";
  }
}

package uk.irodispute.delivery;

import java.time.Instant;
import uk.irodispute.core.note.CaseNote;

/**
 * What a decision was taken on, for the values a write-back template may name: when, and the note
 * that caused it. Identifiers and times only, never the note's text.
 *
 * @param now when the adapter decided (its clock)
 * @param noteId the case system's id of the note that caused the decision; null for a tick
 * @param noteRecordedAt when that note was recorded (its event time); null for a tick
 * @param authorWorkerId the worker id of who recorded the note; null for a tick or when not known
 */
public record Trigger(Instant now, String noteId, Instant noteRecordedAt, String authorWorkerId) {

  /** A decision on a note. */
  public static Trigger of(CaseNote note, Instant now) {
    return new Trigger(
        now, note.noteId(), note.recordedAt(), note.author() == null ? null : note.author().id());
  }

  /** A decision no note caused: the clock's tick. */
  public static Trigger tick(Instant now) {
    return new Trigger(now, null, null, null);
  }

  /** Planned outside a decision: no note and no time known, so those values are empty. */
  public static Trigger unknown() {
    return new Trigger(null, null, null, null);
  }
}

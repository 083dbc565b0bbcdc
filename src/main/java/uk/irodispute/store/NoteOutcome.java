package uk.irodispute.store;

/** What became of a case note version: the {@code outcome} column of {@code processed_notes}. */
public enum NoteOutcome {
  /** A dispute was raised or changed as the note asked. */
  APPLIED,
  /** Recorded in the dispute's history but not applied (a response to a closed stage). */
  RECORDED_ONLY,
  /** A dispute note that could not be taken: its author is told why. */
  REJECTED,
  /** Not a dispute command (another note type, a draft, an edit of a note already taken). */
  IGNORED,
  /** This note version was taken before: nothing changed. */
  DUPLICATE
}

package uk.irodispute.application;

import uk.irodispute.store.NoteOutcome;

/**
 * Published once a note version is taken and committed, for counting: the system, the outcome and
 * its cause, never the note's content or the child.
 */
public record NoteTaken(String systemId, NoteOutcome outcome, IntakeCause cause) {}

package uk.irodispute.store;

/**
 * What the intake made of a case note.
 *
 * @param outcome applied, recorded only, rejected, ignored or a duplicate
 * @param reference the dispute it raised or concerned; null when none
 * @param reason why, when not simply applied; names fields, never their values
 */
public record IntakeResult(NoteOutcome outcome, String reference, String reason) {}

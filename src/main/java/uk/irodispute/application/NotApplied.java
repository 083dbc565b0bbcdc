package uk.irodispute.application;

import uk.irodispute.core.engine.Asked;
import uk.irodispute.core.engine.Decision;
import uk.irodispute.core.engine.EscalationEngine;
import uk.irodispute.core.model.DisputeReference;
import uk.irodispute.core.model.Subject;
import uk.irodispute.core.note.CaseNote;

/**
 * The answer to the author of a dispute note the adapter takes but does not act on, where no engine
 * decision answers it: why, and what to record instead, worded by {@code asked.NOTE_EDITED}. Issue
 * 14: "the author gets a note (or a mail) in plain words saying it was not applied, why, and what
 * to record instead." Identifiers only: never the note's text, never the child's name.
 */
final class NotApplied {

  private NotApplied() {}

  /**
   * An edit of a note whose earlier version acted on a dispute: the dispute stays as it is, and the
   * author is told to record a new note.
   *
   * @param note the edited version
   * @param reference the dispute the earlier version acted on; null when it opened none
   */
  static Decision edit(CaseNote note, String reference) {
    return EscalationEngine.rejectNote(
        note.commandId(),
        reference == null ? null : new DisputeReference(reference),
        new Subject(note.systemId(), note.personId(), note.caseId()),
        note.author() == null ? null : note.author().id(),
        Asked.of(Asked.Ask.NOTE_EDITED),
        "it changes a note the adapter already acted on, and edits are not applied again");
  }
}

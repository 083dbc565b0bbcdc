package uk.irodispute.application;

/**
 * Why the intake made of a note what it did, as a fixed code: the outcome's reason text says more,
 * in words that vary, so counting goes by this code instead.
 */
public enum IntakeCause {
  /** Applied, or recorded in the dispute's history, as the note asked. */
  AS_ASKED,
  /** The same note version was taken before. */
  TAKEN_BEFORE,
  /** A new version of a note that already acted: edits are not re-applied. */
  EDIT_OF_APPLIED_NOTE,
  /** No system file to classify the note by. */
  NO_SYSTEM_FILE,
  /**
   * The system file's rules: another note type or a draft (ignored), or a dispute note without what
   * its command needs (rejected).
   */
  RULES,
  /** The note names a dispute that does not exist. */
  NO_SUCH_DISPUTE,
  /** The note names a dispute about another child. */
  ANOTHER_CHILD,
  /** The protocol does not allow the command at this point of the dispute. */
  PROTOCOL
}

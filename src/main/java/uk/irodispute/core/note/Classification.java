package uk.irodispute.core.note;

import uk.irodispute.core.engine.Command;

/** What a case note means for the disputes: a command, or nothing, with the reason. */
public sealed interface Classification {

  /** The note asks something of a dispute, or raises one. */
  record Accepted(Command command) implements Classification {}

  /**
   * The note is not a dispute command (another note type, a draft, a note missing what a command
   * needs). Recorded with the reason and never retried.
   *
   * @param reason in plain words, naming the note's fields but never their values
   */
  record Ignored(String reason) implements Classification {}

  /**
   * A dispute note that cannot be taken (no open dispute to apply it to, an answer the protocol
   * does not know): recorded, never retried, and its author is told why.
   *
   * @param reason in plain words, naming the note's fields but never their values
   */
  record Rejected(String reason) implements Classification {}
}

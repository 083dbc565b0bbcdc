package uk.irodispute.core.note;

import java.util.function.Supplier;
import uk.irodispute.core.model.DisputeReference;

/** Turns a canonical case note into a dispute command under one system's rules. */
@FunctionalInterface
public interface NoteClassifier {

  /**
   * @param note the note
   * @param open the open disputes, to find the one a note without a reference is about
   * @param newReference allocates a reference; called only when the note raises a dispute
   */
  Classification classify(
      CaseNote note, OpenDisputes open, Supplier<DisputeReference> newReference);

  /**
   * Whether the note may concern a dispute at all. A note that may not (a note type that is no
   * dispute note type) is {@link Classification.Ignored} whatever the disputes are, without {@code
   * open} or {@code newReference} being used, so it may be taken with others in one go. True unless
   * a classifier knows better.
   */
  default boolean mayConcernDisputes(CaseNote note) {
    return true;
  }
}

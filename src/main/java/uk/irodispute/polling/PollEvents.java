package uk.irodispute.polling;

import java.time.Duration;
import uk.irodispute.store.DeadLetterReason;

/**
 * What a poll tells whoever counts (the metrics): pages read, notes kept as dead letters, runs
 * ended, lookups made. Identifiers, counts and fixed codes only, never a note's content.
 */
public interface PollEvents {

  /** Counts nothing. */
  PollEvents NONE =
      new PollEvents() {
        @Override
        public void pageRead(String systemId, int items, int mapped) {}

        @Override
        public void noteKept(String systemId, DeadLetterReason reason) {}

        @Override
        public void runEnded(String systemId, Duration took, boolean succeeded) {}

        @Override
        public void lookedUp(String systemId, String lookup, LookupOutcome outcome) {}
      };

  /**
   * A page was read from the system.
   *
   * @param items the notes the page held, readable or not
   * @param mapped those the mapping made a case note of
   */
  void pageRead(String systemId, int items, int mapped);

  /**
   * Poison notes (too large, too deep) were cut out of a page as it was read, so that the rest of
   * the page goes on; each is then a dead letter by its position.
   */
  default void notesIsolated(String systemId, int count) {}

  /** A note was kept as a new dead letter rather than taken. */
  void noteKept(String systemId, DeadLetterReason reason);

  /**
   * A run of the system's poll ended: every page read and committed, or stopped on a failure.
   *
   * @param took how long the run took, in real time
   */
  void runEnded(String systemId, Duration took, boolean succeeded);

  /**
   * A lookup of a dispute note was made, or answered from the run's cache.
   *
   * @param lookup the lookup's name in the system file
   */
  void lookedUp(String systemId, String lookup, LookupOutcome outcome);
}

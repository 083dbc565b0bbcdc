package uk.irodispute.store;

import java.time.Instant;

/**
 * Something operations did with a dead letter: the {@code dead_letter_actions} log.
 *
 * @param id the row
 * @param deadLetterId the letter acted on
 * @param action what was done
 * @param actor who did it: the user signed in to the API or the console
 * @param reason why, in the operator's words (required to discard); null when none was given
 * @param actedAt when
 */
public record DeadLetterAction(
    long id, long deadLetterId, Kind action, String actor, String reason, Instant actedAt) {

  /** The actions operations can take. */
  public enum Kind {
    REPLAY,
    DISCARD
  }
}

package uk.irodispute.application;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.irodispute.store.DeadLetter;
import uk.irodispute.store.DeadLetterAction;
import uk.irodispute.store.DeadLetterFilter;
import uk.irodispute.store.DeadLetters;
import uk.irodispute.store.Outbox;
import uk.irodispute.store.Watermarks;

/**
 * What operations do with dead letters: list them, replay one or all that match, discard one with a
 * reason. Each action is logged in {@code dead_letter_actions} with who did it and when, in the
 * transaction that does it; letters are never deleted.
 *
 * <ul>
 *   <li>Replaying a <b>delivery</b> puts its outbox item back in the queue, due now with its
 *       attempts counted afresh.
 *   <li>Replaying a <b>note</b> moves its system's watermark back to the note's modification time,
 *       so the next poll reads it again (with whatever was corrected since: the system file, or the
 *       note in the case system). A note whose time could not be read cannot be replayed.
 * </ul>
 */
@Component
public class DeadLetterOperations {

  private static final Logger LOG = LoggerFactory.getLogger(DeadLetterOperations.class);

  static final int MOST_ACTOR_CHARACTERS = 200;

  private final TransactionTemplate tx;
  private final DeadLetters letters;
  private final Outbox outbox;
  private final Watermarks watermarks;

  public DeadLetterOperations(
      PlatformTransactionManager transactions,
      DeadLetters letters,
      Outbox outbox,
      Watermarks watermarks) {
    this.tx = new TransactionTemplate(transactions);
    this.letters = letters;
    this.outbox = outbox;
    this.watermarks = watermarks;
  }

  /** The letters the filter matches, oldest first. */
  public List<DeadLetter> list(DeadLetterFilter filter) {
    return letters.find(filter);
  }

  /**
   * One letter.
   *
   * @throws DeadLetterRefusal when there is none with that id
   */
  public DeadLetter letter(long id) {
    return letters
        .byId(id)
        .orElseThrow(
            () ->
                new DeadLetterRefusal(
                    DeadLetterRefusal.Why.UNKNOWN, "id", "there is no dead letter " + id));
  }

  /** What operations did with a letter, first first. */
  public List<DeadLetterAction> actions(long id) {
    return letters.actions(id);
  }

  /**
   * Replays an open letter.
   *
   * @param actor who asks: the signed-in user
   * @param reason why, optional
   * @return the letter, now replayed
   * @throws DeadLetterRefusal when there is no such letter, it is not open, or it cannot be
   *     replayed (a delivery whose item is no longer dead, a note whose time is not known)
   */
  public DeadLetter replay(long id, String actor, String reason) {
    String who = actor(actor);
    tx.executeWithoutResult(s -> replayInTransaction(id, who, reason));
    LOG.info("Dead letter {} replayed by an operator", id);
    return letter(id);
  }

  /**
   * Replays every open letter the filter matches, each on its own, so one that cannot be replayed
   * does not stop the others.
   *
   * @return what was replayed and what was refused, and why
   */
  public ReplayReport replayAll(DeadLetterFilter filter, String actor, String reason) {
    String who = actor(actor);
    List<Long> replayed = new ArrayList<>();
    List<ReplayReport.Refused> refused = new ArrayList<>();
    for (DeadLetter letter : letters.find(filter.open())) {
      try {
        tx.executeWithoutResult(s -> replayInTransaction(letter.id(), who, reason));
        replayed.add(letter.id());
      } catch (DeadLetterRefusal e) {
        refused.add(new ReplayReport.Refused(letter.id(), e.getMessage()));
      }
    }
    LOG.info(
        "Dead letters replayed by an operator: {} replayed, {} refused",
        replayed.size(),
        refused.size());
    return new ReplayReport(replayed, refused);
  }

  /**
   * Discards an open letter: it is kept, marked discarded, and nothing is sent or read again.
   *
   * @param reason why; required
   * @return the letter, now discarded
   */
  public DeadLetter discard(long id, String actor, String reason) {
    String who = actor(actor);
    if (reason == null || reason.isBlank()) {
      throw new DeadLetterRefusal(
          DeadLetterRefusal.Why.INCOMPLETE, "reason", "a discard needs a reason");
    }
    tx.executeWithoutResult(
        s -> {
          openLetter(id);
          letters.resolve(id, DeadLetter.Status.DISCARDED);
          letters.recordAction(id, DeadLetterAction.Kind.DISCARD, who, reason);
        });
    LOG.info("Dead letter {} discarded by an operator", id);
    return letter(id);
  }

  private void replayInTransaction(long id, String actor, String reason) {
    DeadLetter letter = openLetter(id);
    if (letter.kind() == DeadLetter.Kind.DELIVERY) {
      if (letter.outboxId() == null || !outbox.replay(letter.outboxId())) {
        throw new DeadLetterRefusal(
            DeadLetterRefusal.Why.NOT_REPLAYABLE,
            "id",
            "dead letter "
                + id
                + "'s outbox item "
                + letter.outboxId()
                + " is no longer dead: it was put back in the queue another way");
      }
    } else {
      if (letter.noteModifiedAt() == null) {
        throw new DeadLetterRefusal(
            DeadLetterRefusal.Why.NOT_REPLAYABLE,
            "id",
            "dead letter "
                + id
                + " cannot be replayed: the note's modification time could not be read, so there"
                + " is no point to read "
                + letter.systemId()
                + " again from; correct the note in the case system (a new version is read at the"
                + " next poll) and discard this letter");
      }
      watermarks.rewind(letter.systemId(), letter.noteModifiedAt());
    }
    letters.resolve(id, DeadLetter.Status.REPLAYED);
    letters.recordAction(id, DeadLetterAction.Kind.REPLAY, actor, reason);
  }

  /** The letter, locked for this transaction, when it is open. */
  private DeadLetter openLetter(long id) {
    DeadLetter.Status status =
        letters
            .lockStatus(id)
            .orElseThrow(
                () ->
                    new DeadLetterRefusal(
                        DeadLetterRefusal.Why.UNKNOWN, "id", "there is no dead letter " + id));
    if (status != DeadLetter.Status.OPEN) {
      throw new DeadLetterRefusal(
          DeadLetterRefusal.Why.NOT_OPEN,
          "id",
          "dead letter " + id + " is " + status + " already: only an open letter is acted on");
    }
    return letter(id);
  }

  private static String actor(String actor) {
    if (actor == null || actor.isBlank()) {
      throw new DeadLetterRefusal(
          DeadLetterRefusal.Why.INCOMPLETE, "actor", "who acts on a dead letter must be named");
    }
    String who = actor.strip();
    if (who.length() > MOST_ACTOR_CHARACTERS) {
      throw new DeadLetterRefusal(
          DeadLetterRefusal.Why.INCOMPLETE,
          "actor",
          "an operator's name is at most " + MOST_ACTOR_CHARACTERS + " characters");
    }
    return who;
  }

  /**
   * What a replay of many letters did.
   *
   * @param replayed the letters replayed, by id
   * @param refused the letters left open, each with the reason
   */
  public record ReplayReport(List<Long> replayed, List<Refused> refused) {

    public ReplayReport {
      replayed = List.copyOf(replayed);
      refused = List.copyOf(refused);
    }

    /** A letter not replayed. */
    public record Refused(long id, String reason) {}
  }
}

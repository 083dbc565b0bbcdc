package uk.irodispute.application;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.irodispute.core.engine.Asked;
import uk.irodispute.core.note.CaseNote;
import uk.irodispute.core.note.CaseWorker;
import uk.irodispute.directory.Directory;
import uk.irodispute.directory.MailAddresses;
import uk.irodispute.store.DeadLetterReason;
import uk.irodispute.store.DeadLetters;

/**
 * A dispute note the screen keeps out (too large, unreadable, naming no child, dated out of range):
 * kept as a dead letter and, where its author is known, answered with the "Note not applied" mail,
 * in one transaction. Issue 14: "the author gets a note (or a mail) in plain words saying it was
 * not applied, why, and what to record instead." The answer gives the screen's reason (a field, a
 * size, a limit, a date), never the note's text and never the child's name.
 */
@Component
public class RefusedNotes {

  private final TransactionTemplate tx;
  private final DeadLetters deadLetters;
  private final DecisionWriter writer;
  private final Directory directory;
  private final Clock clock;

  public RefusedNotes(
      PlatformTransactionManager transactions,
      DeadLetters deadLetters,
      DecisionWriter writer,
      Directory directory,
      Clock clock) {
    this.tx = new TransactionTemplate(transactions);
    this.deadLetters = deadLetters;
    this.writer = writer;
    this.directory = directory;
    this.clock = clock;
  }

  /**
   * Keeps the note as a dead letter, and tells its author once, when the letter is new.
   *
   * @param reason the screen's reason, for operations: the field and the limit
   * @return whether the dead letter is new
   */
  public boolean keep(CaseNote note, DeadLetterReason code, String reason) {
    boolean known = authorKnown(note.author());
    String kept =
        reason
            + (known
                ? "; its author is told by mail"
                : "; its author has no address known, so nobody is told");
    Boolean added =
        tx.execute(
            s -> {
              if (!deadLetters.recordNote(
                  note.systemId(), note.noteId(), note.version(), note.modifiedAt(), code, kept)) {
                return false;
              }
              if (known) {
                writer.rejectNote(note, asked(code, reason), reason, clock.instant());
              }
              return true;
            });
    return Boolean.TRUE.equals(added);
  }

  /** The mapped author's e-mail, or their worker id in the staff directory with an address. */
  private boolean authorKnown(CaseWorker author) {
    if (author == null) {
      return false;
    }
    if (author.email() != null && MailAddresses.isPlain(author.email().strip())) {
      return true;
    }
    return author.id() != null
        && directory
            .person(author.id())
            .map(p -> p.email() != null && MailAddresses.isPlain(p.email().strip()))
            .orElse(false);
  }

  /**
   * Why, and what to record instead, as the ask the author's mail words ({@code asked.<ASK>} in
   * {@code alerts.properties}), with the screen's reason as its detail.
   */
  static Asked asked(DeadLetterReason code, String reason) {
    Asked.Ask ask =
        switch (code) {
          case NOTE_TOO_LARGE -> Asked.Ask.NOTE_TOO_LARGE;
          case MISSING_SUBJECT -> Asked.Ask.NOTE_OFF_CASE;
          case DATE_OUT_OF_RANGE -> Asked.Ask.NOTE_DATE_OUT_OF_RANGE;
          default -> Asked.Ask.NOTE_UNREADABLE;
        };
    return Asked.of(ask, "detail", reason);
  }
}

package uk.irodispute.store;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.irodispute.core.engine.Command;
import uk.irodispute.core.engine.Decision;
import uk.irodispute.core.engine.EscalationEngine;
import uk.irodispute.core.model.Subject;
import uk.irodispute.core.note.CaseNote;
import uk.irodispute.core.note.Classification;
import uk.irodispute.core.note.NoteClassifier;
import uk.irodispute.logging.LogContext;
import uk.irodispute.privacy.Pseudonyms;

/**
 * Takes a case note, once, in one transaction: classifies it under its system's rules, hands the
 * command to the engine, and writes the dispute, its events, the staff the note names, the
 * deliveries and the note's outcome together. Nothing is written unless all of it is.
 *
 * <ul>
 *   <li>A note version taken before is a duplicate, and nothing changes.
 *   <li>A new version of a note whose earlier version acted on a dispute is ignored: edits are not
 *       re-applied. A new version of a note that was only ignored or rejected (a draft, a note
 *       missing an answer) is classified afresh.
 *   <li>A command about a dispute locks the dispute's row, so notes about one dispute are taken one
 *       after the other.
 * </ul>
 *
 * Two nodes taking the same note at once: one commits, the other's transaction fails on the note's
 * key and is taken again, as a duplicate. A transaction that lost a lock or a version check to
 * another is taken again once in the same way.
 */
@Component
public class NoteIntake {

  private static final Logger LOG = LoggerFactory.getLogger(NoteIntake.class);

  static final String EDIT_OF_APPLIED_NOTE =
      "an edit of a note already applied; edits are not re-applied";

  private final TransactionTemplate tx;
  private final Clock clock;
  private final EscalationEngine engine;
  private final Classifiers classifiers;
  private final ProcessedNotes processed;
  private final Disputes disputes;
  private final DisputeReferences references;
  private final DecisionWriter writer;
  private final Pseudonyms pseudonyms;
  private final ApplicationEventPublisher published;

  /** What the intake made of a note, with its cause as a fixed code for counting. */
  private record Taken(IntakeResult result, IntakeCause cause) {}

  NoteIntake(
      PlatformTransactionManager transactions,
      Clock clock,
      EscalationEngine engine,
      @Lazy Classifiers classifiers,
      ProcessedNotes processed,
      Disputes disputes,
      DisputeReferences references,
      DecisionWriter writer,
      Pseudonyms pseudonyms,
      ApplicationEventPublisher published) {
    this.published = published;
    this.tx = new TransactionTemplate(transactions);
    this.clock = clock;
    this.engine = engine;
    this.classifiers = classifiers;
    this.processed = processed;
    this.disputes = disputes;
    this.references = references;
    this.writer = writer;
    this.pseudonyms = pseudonyms;
  }

  /**
   * Whether the intake decides this note on what it took before: the same version (a duplicate), or
   * an earlier version that acted on a dispute (an edit, which is not re-applied).
   */
  public boolean tookBefore(CaseNote note) {
    return processed.find(note).isPresent() || processed.actedVersion(note).isPresent();
  }

  /**
   * Takes the note; see the class comment for what that means. Once committed, a {@link NoteTaken}
   * is published.
   */
  public IntakeResult take(CaseNote note) {
    Taken taken;
    try (LogContext logged = LogContext.system(note.systemId())) {
      try {
        taken = tx.execute(s -> takeOnce(note));
      } catch (DuplicateKeyException | ConcurrencyFailureException raced) {
        LOG.info("Note {} was taken at the same time elsewhere; taking it again", note.commandId());
        taken = tx.execute(s -> takeOnce(note));
      }
    }
    if (taken == null) {
      return null;
    }
    try (LogContext logged = LogContext.dispute(note.systemId(), taken.result().reference())) {
      logOutcome(note, taken.result());
    }
    published.publishEvent(new NoteTaken(note.systemId(), taken.result().outcome(), taken.cause()));
    return taken.result();
  }

  /**
   * One line a note that acted or was refused, at DEBUG for the rest: the note id, the dispute and
   * the child's pseudonym, so that lines about one child can be told together without naming them.
   */
  private void logOutcome(CaseNote note, IntakeResult result) {
    boolean routine =
        result.outcome() == NoteOutcome.IGNORED || result.outcome() == NoteOutcome.DUPLICATE;
    if (routine && !LOG.isDebugEnabled()) {
      return;
    }
    String line = "Note {} {}: dispute {}, child {}{}";
    Object[] values = {
      note.commandId(),
      result.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' '),
      result.reference() == null ? "none" : result.reference(),
      pseudonyms.of(note.personId()),
      result.outcome() == NoteOutcome.REJECTED ? " (" + result.reason() + ")" : ""
    };
    if (routine) {
      LOG.debug(line, values);
    } else {
      LOG.info(line, values);
    }
  }

  private Taken takeOnce(CaseNote note) {
    Instant now = clock.instant();
    Optional<IntakeResult> seen = processed.find(note);
    if (seen.isPresent()) {
      return new Taken(
          new IntakeResult(
              NoteOutcome.DUPLICATE,
              seen.get().reference(),
              "this note version was taken before ("
                  + seen.get().outcome().name().toLowerCase().replace('_', ' ')
                  + ")"),
          IntakeCause.TAKEN_BEFORE);
    }
    Optional<IntakeResult> acted = processed.actedVersion(note);
    if (acted.isPresent()) {
      return record(
          note,
          new IntakeResult(NoteOutcome.IGNORED, acted.get().reference(), EDIT_OF_APPLIED_NOTE),
          IntakeCause.EDIT_OF_APPLIED_NOTE,
          now);
    }
    Optional<NoteClassifier> classifier = classifiers.forSystem(note.systemId());
    if (classifier.isEmpty()) {
      return record(
          note,
          new IntakeResult(
              NoteOutcome.IGNORED,
              null,
              "no system file '" + note.systemId() + "' to classify the note by"),
          IntakeCause.NO_SYSTEM_FILE,
          now);
    }
    Classification classification =
        classifier.get().classify(note, disputes, () -> references.next(now));
    if (classification instanceof Classification.Ignored ignored) {
      return record(
          note,
          new IntakeResult(NoteOutcome.IGNORED, null, ignored.reason()),
          IntakeCause.RULES,
          now);
    }
    if (classification instanceof Classification.Rejected rejected) {
      return reject(note, rejected.reason(), IntakeCause.RULES, now);
    }
    Command command = ((Classification.Accepted) classification).command();
    if (command instanceof Command.Raise raise) {
      Decision decision = engine.raise(raise, now);
      writer.write(Optional.empty(), decision, Optional.of(note), now);
      String reference = decision.dispute().map(d -> d.reference().value()).orElse(null);
      return record(note, result(decision, reference), cause(decision), now);
    }
    return decide(note, (Command.OnDispute) command, now);
  }

  private Taken decide(CaseNote note, Command.OnDispute command, Instant now) {
    Optional<StoredDispute> stored = disputes.lock(command.reference());
    if (stored.isEmpty()) {
      return reject(
          note, "there is no dispute " + command.reference(), IntakeCause.NO_SUCH_DISPUTE, now);
    }
    Subject subject = stored.get().dispute().subject();
    if (!subject.sourceSystem().equals(note.systemId())
        || !subject.personId().equals(note.personId())) {
      return reject(
          note,
          "dispute " + command.reference() + " is not about the child this note is on",
          IntakeCause.ANOTHER_CHILD,
          now);
    }
    Decision decision = engine.decide(stored.get().dispute(), command, now);
    if (decision.outcome() != Decision.Outcome.DUPLICATE) {
      writer.write(stored, decision, Optional.of(note), now);
    }
    return record(note, result(decision, command.reference().value()), cause(decision), now);
  }

  private Taken reject(CaseNote note, String reason, IntakeCause cause, Instant now) {
    Subject subject = new Subject(note.systemId(), note.personId(), note.caseId());
    String author = note.author() == null ? null : note.author().id();
    Decision decision = EscalationEngine.rejectNote(note.commandId(), subject, author, reason);
    writer.write(Optional.empty(), decision, Optional.of(note), now);
    return record(note, new IntakeResult(NoteOutcome.REJECTED, null, reason), cause, now);
  }

  private Taken record(CaseNote note, IntakeResult result, IntakeCause cause, Instant now) {
    processed.record(note, result, now);
    return new Taken(result, cause);
  }

  private static IntakeCause cause(Decision decision) {
    return switch (decision.outcome()) {
      case APPLIED, RECORDED_ONLY, NOTHING_DUE -> IntakeCause.AS_ASKED;
      case REJECTED -> IntakeCause.PROTOCOL;
      case DUPLICATE -> IntakeCause.TAKEN_BEFORE;
    };
  }

  private static IntakeResult result(Decision decision, String reference) {
    NoteOutcome outcome =
        switch (decision.outcome()) {
          case APPLIED -> NoteOutcome.APPLIED;
          case RECORDED_ONLY -> NoteOutcome.RECORDED_ONLY;
          case REJECTED -> NoteOutcome.REJECTED;
          case DUPLICATE -> NoteOutcome.DUPLICATE;
          case NOTHING_DUE -> throw new IllegalStateException("a note is not a tick");
        };
    return new IntakeResult(outcome, reference, decision.reason());
  }
}

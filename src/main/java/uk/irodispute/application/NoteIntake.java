package uk.irodispute.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
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
import uk.irodispute.core.model.DisputeReference;
import uk.irodispute.core.model.Subject;
import uk.irodispute.core.note.CaseNote;
import uk.irodispute.core.note.Classification;
import uk.irodispute.core.note.NoteClassifier;
import uk.irodispute.logging.LogContext;
import uk.irodispute.privacy.Pseudonyms;
import uk.irodispute.store.DisputeReferences;
import uk.irodispute.store.Disputes;
import uk.irodispute.store.IntakeResult;
import uk.irodispute.store.NoteOutcome;
import uk.irodispute.store.ProcessedNotes;
import uk.irodispute.store.StoredDispute;

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
 *
 * <p>Routine notes, those that concern no dispute by their type (most of a case system's notes,
 * where its API cannot be asked for dispute notes only), are ignored with their classifier's reason
 * and leave no record: they change nothing, whatever the disputes, so reading one again ignores it
 * again, and a record of each would be a write a note, and a table as large as the case system's,
 * for a back-fill of a million notes. A note that acted keeps its record, so an edit of it is still
 * not re-applied should its type become a dispute type again.
 */
@Component
public class NoteIntake {

  private static final Logger LOG = LoggerFactory.getLogger(NoteIntake.class);

  public static final String EDIT_OF_APPLIED_NOTE =
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

  public NoteIntake(
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
    if (isRoutine(note)) {
      IntakeResult ignored = routineResult(note);
      announce(note, new Taken(ignored, IntakeCause.RULES));
      return ignored;
    }
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
    announce(note, taken);
    return taken.result();
  }

  /**
   * Takes a note whose command is already known: an answer by e-mail, written back as its author's
   * note. It is taken as {@link #take} takes a note about a dispute, classification aside: once per
   * note id and version, in one transaction with the dispute's decision.
   */
  public IntakeResult takeAnswer(CaseNote note, Command.OnDispute command) {
    Taken taken;
    try (LogContext logged = LogContext.system(note.systemId())) {
      taken =
          tx.execute(
              s ->
                  processed
                      .find(note)
                      .map(
                          seen ->
                              new Taken(
                                  new IntakeResult(
                                      NoteOutcome.DUPLICATE,
                                      seen.reference(),
                                      "this answer was taken before"),
                                  IntakeCause.TAKEN_BEFORE))
                      .orElseGet(() -> decide(note, command, clock.instant())));
    }
    announce(note, taken);
    return taken.result();
  }

  /** Once the note is committed: its log line, and a {@link NoteTaken} published. */
  private void announce(CaseNote note, Taken taken) {
    try (LogContext logged = LogContext.dispute(note.systemId(), taken.result().reference())) {
      logOutcome(note, taken.result());
    }
    published.publishEvent(new NoteTaken(note.systemId(), taken.result().outcome(), taken.cause()));
  }

  /**
   * Ignores the notes that concern no dispute by their type, each with its classifier's reason, and
   * records none of them (see the class comment).
   *
   * @return the other notes, in their order, to be taken one by one with {@link #take}
   */
  public List<CaseNote> takeRoutine(List<CaseNote> notes) {
    List<CaseNote> routine = new ArrayList<>();
    List<CaseNote> others = new ArrayList<>();
    sort(notes, routine, others);
    ignoreRoutine(routine);
    return others;
  }

  /**
   * Takes a page's notes: its routine notes as {@link #takeRoutine} ignores them, and the others,
   * in the page's order, as {@link #take} would, in one transaction, one commit for the page.
   * Should that transaction fail (another node taking a note at the same time, a lock or a version
   * check lost, a note that cannot be taken), none of it is kept and each of those notes is taken
   * in a transaction of its own, so that a note that cannot be taken fails by itself, after the
   * notes before it are taken.
   */
  public void takePage(List<CaseNote> notes) {
    List<CaseNote> routine = new ArrayList<>();
    List<CaseNote> others = new ArrayList<>();
    sort(notes, routine, others);
    ignoreRoutine(routine);
    if (others.isEmpty()) {
      return;
    }
    List<Taken> othersTaken = new ArrayList<>();
    try {
      tx.executeWithoutResult(
          s -> {
            for (CaseNote note : others) {
              try (LogContext logged = LogContext.system(note.systemId())) {
                othersTaken.add(takeOnce(note));
              }
            }
          });
    } catch (RuntimeException failed) {
      LOG.info(
          "A page's {} dispute notes could not be taken in one transaction ({}); taking them one"
              + " by one",
          others.size(),
          failed.getClass().getSimpleName());
      others.forEach(this::take);
      return;
    }
    for (int i = 0; i < others.size(); i++) {
      announce(others.get(i), othersTaken.get(i));
    }
  }

  /**
   * Puts each note in {@code routine} when its type concerns no dispute, else in {@code others}.
   */
  private void sort(List<CaseNote> notes, List<CaseNote> routine, List<CaseNote> others) {
    for (CaseNote note : notes) {
      (isRoutine(note) ? routine : others).add(note);
    }
  }

  /** Whether the note's system classifies it and its type concerns no dispute. */
  private boolean isRoutine(CaseNote note) {
    Optional<NoteClassifier> classifier = classifiers.forSystem(note.systemId());
    return classifier.isPresent() && !classifier.get().mayConcernDisputes(note);
  }

  private void ignoreRoutine(List<CaseNote> routine) {
    for (CaseNote note : routine) {
      logOutcome(note, routineResult(note));
    }
  }

  /** A routine note ignored, with the reason its classifier gives. */
  private IntakeResult routineResult(CaseNote note) {
    Classification classification =
        classifiers
            .forSystem(note.systemId())
            .orElseThrow()
            .classify(note, disputes, NO_NEW_REFERENCE);
    if (!(classification instanceof Classification.Ignored ignored)) {
      throw new IllegalStateException(
          "the classifier of " + note.systemId() + " did not ignore a note it said was routine");
    }
    return new IntakeResult(NoteOutcome.IGNORED, null, ignored.reason());
  }

  private static final Supplier<DisputeReference> NO_NEW_REFERENCE =
      () -> {
        throw new IllegalStateException("a routine note raises no dispute");
      };

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
      Decision answer = NotApplied.edit(note, acted.get().reference());
      writer.write(Optional.empty(), answer, Optional.of(note), now);
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
      writer.write(Optional.empty(), decision, Optional.of(note), raise.outcomeSought(), now);
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
    writer.rejectNote(note, reason, now);
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

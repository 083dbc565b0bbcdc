package uk.irodispute.store;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
 * <p>A page's routine notes, those that concern no dispute by their type (most of a case system's
 * notes), are taken together by {@link #takeRoutine} in one transaction, each with the outcome
 * {@link #take} would give it: a transaction a note is what a back-fill of a million notes cannot
 * afford, and these notes change no dispute, so taking them together changes nothing else.
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
   * Takes, in one transaction, the notes that concern no dispute by their type (their classifier
   * ignores them whatever the disputes are), each recorded as {@link #take} would record it: a
   * version taken before is a duplicate (nothing written), an edit of a note that acted is ignored
   * as such, any other is ignored with the classifier's reason. Should another node take one of
   * them at the same time, each is taken by itself instead.
   *
   * @return the other notes, in their order, to be taken one by one with {@link #take}
   */
  public List<CaseNote> takeRoutine(List<CaseNote> notes) {
    List<CaseNote> routine = new ArrayList<>();
    List<CaseNote> others = new ArrayList<>();
    sort(notes, routine, others);
    if (routine.isEmpty()) {
      return others;
    }
    Map<CaseNote, IntakeResult> results;
    try {
      results = tx.execute(s -> takeTogether(routine));
    } catch (DuplicateKeyException | ConcurrencyFailureException raced) {
      LOG.info("Notes of a page were taken at the same time elsewhere; taking each by itself");
      routine.forEach(this::take);
      return others;
    }
    results.forEach(this::logOutcome);
    return others;
  }

  /**
   * Takes a page's notes in one transaction: its routine notes as {@link #takeRoutine} takes them,
   * then each of the others, in the page's order, as {@link #take} would, one commit for the page.
   * Should that transaction fail (another node taking a note at the same time, a lock or a version
   * check lost, a note that cannot be taken), none of it is kept and the page is taken as it was
   * before this method: the routine notes together, then each other note in a transaction of its
   * own, so that a note that cannot be taken fails by itself, after the notes before it are taken.
   */
  public void takePage(List<CaseNote> notes) {
    List<CaseNote> routine = new ArrayList<>();
    List<CaseNote> others = new ArrayList<>();
    sort(notes, routine, others);
    if (others.isEmpty()) {
      takeRoutine(routine);
      return;
    }
    Map<CaseNote, IntakeResult> routineTaken;
    List<Taken> othersTaken = new ArrayList<>();
    try {
      routineTaken =
          tx.execute(
              s -> {
                Map<CaseNote, IntakeResult> together =
                    routine.isEmpty() ? Map.of() : takeTogether(routine);
                for (CaseNote note : others) {
                  try (LogContext logged = LogContext.system(note.systemId())) {
                    othersTaken.add(takeOnce(note));
                  }
                }
                return together;
              });
    } catch (RuntimeException failed) {
      LOG.info(
          "A page of {} notes could not be taken in one transaction ({}); taking them one by one",
          notes.size(),
          failed.getClass().getSimpleName());
      takeRoutine(routine);
      others.forEach(this::take);
      return;
    }
    routineTaken.forEach(this::logOutcome);
    for (int i = 0; i < others.size(); i++) {
      announce(others.get(i), othersTaken.get(i));
    }
  }

  /**
   * Puts each note in {@code routine} when its type concerns no dispute, else in {@code others}.
   */
  private void sort(List<CaseNote> notes, List<CaseNote> routine, List<CaseNote> others) {
    for (CaseNote note : notes) {
      Optional<NoteClassifier> classifier = classifiers.forSystem(note.systemId());
      if (classifier.isPresent() && !classifier.get().mayConcernDisputes(note)) {
        routine.add(note);
      } else {
        others.add(note);
      }
    }
  }

  private Map<CaseNote, IntakeResult> takeTogether(List<CaseNote> routine) {
    Instant now = clock.instant();
    Map<String, List<CaseNote>> bySystem = new LinkedHashMap<>();
    routine.forEach(n -> bySystem.computeIfAbsent(n.systemId(), k -> new ArrayList<>()).add(n));
    Map<CaseNote, IntakeResult> results = new LinkedHashMap<>();
    Map<CaseNote, IntakeResult> toRecord = new LinkedHashMap<>();
    for (Map.Entry<String, List<CaseNote>> system : bySystem.entrySet()) {
      Set<String> seenHere = new HashSet<>();
      for (CaseNote note : system.getValue()) {
        List<ProcessedNotes.Taken> taken = processed.versionsOf(system.getKey(), note.noteId());
        IntakeResult result = routineResult(note, taken, seenHere);
        results.put(note, result);
        if (result.outcome() != NoteOutcome.DUPLICATE) {
          toRecord.put(note, result);
        }
      }
    }
    if (!toRecord.isEmpty()) {
      processed.recordAll(toRecord, now);
    }
    return results;
  }

  /** What {@link #takeOnce} decides for a note that concerns no dispute by its type. */
  private IntakeResult routineResult(
      CaseNote note, List<ProcessedNotes.Taken> taken, Set<String> seenHere) {
    String key = note.noteId() + "@" + note.version();
    Optional<ProcessedNotes.Taken> same =
        taken.stream()
            .filter(t -> t.noteId().equals(note.noteId()))
            .filter(t -> Objects.equals(t.version(), note.version()))
            .findFirst();
    if (same.isPresent() || !seenHere.add(key)) {
      IntakeResult before =
          same.map(ProcessedNotes.Taken::result)
              .orElse(new IntakeResult(NoteOutcome.IGNORED, null, null));
      return new IntakeResult(
          NoteOutcome.DUPLICATE,
          before.reference(),
          "this note version was taken before ("
              + before.outcome().name().toLowerCase().replace('_', ' ')
              + ")");
    }
    Optional<ProcessedNotes.Taken> acted =
        taken.stream()
            .filter(t -> t.noteId().equals(note.noteId()))
            .filter(t -> !Objects.equals(t.version(), note.version()))
            .filter(
                t ->
                    t.result().outcome() == NoteOutcome.APPLIED
                        || t.result().outcome() == NoteOutcome.RECORDED_ONLY)
            .findFirst();
    if (acted.isPresent()) {
      return new IntakeResult(
          NoteOutcome.IGNORED, acted.get().result().reference(), EDIT_OF_APPLIED_NOTE);
    }
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

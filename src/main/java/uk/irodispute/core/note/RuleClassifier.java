package uk.irodispute.core.note;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import uk.irodispute.core.calendar.Timescale;
import uk.irodispute.core.calendar.WorkingHours;
import uk.irodispute.core.engine.Command;
import uk.irodispute.core.model.Concerns;
import uk.irodispute.core.model.DisputeReference;
import uk.irodispute.core.model.Subject;
import uk.irodispute.core.note.Classification.Accepted;
import uk.irodispute.core.note.Classification.Ignored;
import uk.irodispute.core.note.Classification.Rejected;
import uk.irodispute.core.note.NoteRules.CommandKind;
import uk.irodispute.core.protocol.ProtocolRegistry;

/**
 * Classifies case notes by one system's {@link NoteRules}: which note types are dispute notes,
 * which command each carries, and how its form answers fill the command. Reasons name the note's
 * fields, never their values.
 */
public final class RuleClassifier implements NoteClassifier {

  private static final Set<String> YES = Set.of("yes", "y", "true");

  private final NoteRules rules;
  private final String defaultProtocolId;
  private final ProtocolRegistry protocols;

  /**
   * @param rules the system's rules
   * @param defaultProtocolId the protocol a dispute is raised under unless the note names another
   * @param protocols for the close of business a due date written as a day means
   */
  public RuleClassifier(NoteRules rules, String defaultProtocolId, ProtocolRegistry protocols) {
    this.rules = rules;
    this.defaultProtocolId = defaultProtocolId;
    this.protocols = protocols;
  }

  @Override
  public boolean mayConcernDisputes(CaseNote note) {
    return note.noteType() != null && rules.noteTypes().contains(note.noteType());
  }

  @Override
  public Classification classify(
      CaseNote note, OpenDisputes open, Supplier<DisputeReference> newReference) {
    if (!mayConcernDisputes(note)) {
      return new Ignored("the note type is not one of the dispute note types");
    }
    if (isDraft(note)) {
      return new Ignored("draft: the form field '" + rules.draftField() + "' is not final yet");
    }
    Optional<CommandKind> command = commandOf(note);
    if (command.isEmpty()) {
      return new Rejected(noCommand(note));
    }
    if (command.get() == CommandKind.RAISE) {
      return raise(note, newReference);
    }
    Answers answers = new Answers(note, rules.answerValues());
    Optional<String> given = answers.raw(FormFields.REFERENCE);
    DisputeReference reference;
    if (given.isPresent()) {
      try {
        reference = new DisputeReference(given.get().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        return new Rejected(
            "the form field 'reference' is not a dispute reference such as DRP-2026-000042");
      }
    } else {
      List<DisputeReference> about = open.about(subjectOf(note));
      if (about.isEmpty()) {
        return new Rejected("no open dispute for this child and no reference given");
      }
      if (about.size() > 1) {
        return new Rejected("several open disputes; give the reference");
      }
      reference = about.get(0);
    }
    return onDispute(command.get(), note, answers, reference);
  }

  private boolean isDraft(CaseNote note) {
    if (rules.draftField() == null) {
      return false;
    }
    return note.answer(rules.draftField())
        .map(a -> rules.finalAnswers().stream().noneMatch(f -> f.equalsIgnoreCase(a)))
        .orElse(false);
  }

  private Optional<CommandKind> commandOf(CaseNote note) {
    CommandKind byType = rules.commandByNoteType().get(note.noteType());
    if (byType != null) {
      return Optional.of(byType);
    }
    if (rules.commandField() == null) {
      return Optional.empty();
    }
    return note.answer(rules.commandField()).flatMap(a -> lookUp(rules.commandByAnswer(), a));
  }

  private String noCommand(CaseNote note) {
    if (rules.commandField() == null) {
      return "the note type carries no command";
    }
    return note.answer(rules.commandField()).isEmpty()
        ? "the form field '" + rules.commandField() + "' is empty: it names the command"
        : "the answer in the form field '"
            + rules.commandField()
            + "' is not a command these rules know";
  }

  private Classification raise(CaseNote note, Supplier<DisputeReference> newReference) {
    if (note.author() == null || note.author().id() == null) {
      return new Rejected("the note names no author to chair the dispute");
    }
    Answers answers = new Answers(note, rules.answerValues());
    String protocolId = answers.value(FormFields.PROTOCOL).orElse(defaultProtocolId);
    Instant dueBy = null;
    Optional<String> due = answers.raw(FormFields.DUE_BY);
    if (due.isPresent()) {
      Optional<Instant> parsed = FormTimes.parse(due.get(), closeOfBusiness(protocolId));
      if (parsed.isEmpty()) {
        return new Rejected("the form field 'dueBy' is not a date such as 2026-11-13");
      }
      dueBy = parsed.get();
    }
    Set<String> recorded =
        note.form().entrySet().stream()
            .filter(e -> e.getValue() != null && !e.getValue().isBlank())
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());
    return new Accepted(
        new Command.Raise(
            note.commandId(),
            note.recordedAt(),
            newReference.get(),
            protocolId,
            subjectOf(note),
            note.author().id(),
            answers.value(FormFields.TRACK).or(() -> trackFrom(note)).orElse(null),
            answers.value(FormFields.CATEGORY).orElse(null),
            answers.value(FormFields.SERIOUSNESS).orElse(null),
            answers.value(FormFields.START_AT).orElse(null),
            dueBy,
            recorded,
            answers
                .raw(FormFields.REPEAT)
                .map(a -> YES.contains(a.toLowerCase(Locale.ROOT)))
                .orElse(false),
            answers
                .raw(FormFields.OTHER_PART_OF_COUNCIL)
                .filter(a -> YES.contains(a.toLowerCase(Locale.ROOT)))
                .map(a -> Concerns.ANOTHER_PART_OF_THE_COUNCIL)
                .orElse(Concerns.CHILDRENS_SERVICES),
            answers.listed(FormFields.OUTCOME_SOUGHT).orElse(null)));
  }

  private Classification onDispute(
      CommandKind command, CaseNote note, Answers answers, DisputeReference reference) {
    String id = note.commandId();
    Instant at = note.recordedAt();
    return switch (command) {
      case RESPOND ->
          new Accepted(
              new Command.Respond(
                  id,
                  at,
                  reference,
                  null,
                  answers.value(FormFields.RESPONSE_TYPE).orElse(null),
                  answers.value(FormFields.FROM_ROLE).orElseGet(() -> authorRole(note))));
      case SATISFIED -> new Accepted(new Command.Satisfied(id, at, reference));
      case ESCALATE ->
          new Accepted(
              new Command.Escalate(
                  id, at, reference, answers.value(FormFields.ESCALATE_TO).orElse(null)));
      case PAUSE ->
          new Accepted(
              new Command.Pause(
                  id, at, reference, answers.value(FormFields.APPROVED_BY).orElse(null)));
      case RESUME -> new Accepted(new Command.Resume(id, at, reference));
      case EXTEND -> extend(note, answers, reference);
      case REFER -> new Accepted(new Command.Refer(id, at, reference));
      case WITHDRAW -> new Accepted(new Command.Withdraw(id, at, reference));
      case COMMENT -> new Accepted(new Command.Comment(id, at, reference));
      case TASK_DONE ->
          new Accepted(
              new Command.TaskDone(id, at, reference, answers.value(FormFields.TASK).orElse(null)));
      case RAISE -> throw new IllegalStateException("a raise has no dispute yet");
    };
  }

  private Classification extend(CaseNote note, Answers answers, DisputeReference reference) {
    Timescale by = null;
    Instant until = null;
    Optional<String> extendBy = answers.raw(FormFields.EXTEND_BY);
    Optional<String> extendUntil = answers.raw(FormFields.EXTEND_UNTIL);
    if (extendBy.isPresent()) {
      try {
        by = Timescale.parse(extendBy.get());
      } catch (IllegalArgumentException e) {
        return new Rejected(
            "the form field 'extendBy' is not a timescale such as '5 working days'");
      }
    } else if (extendUntil.isPresent()) {
      Optional<Instant> parsed =
          FormTimes.parse(extendUntil.get(), closeOfBusiness(defaultProtocolId));
      if (parsed.isEmpty()) {
        return new Rejected("the form field 'extendUntil' is not a date such as 2026-11-13");
      }
      until = parsed.get();
    } else {
      return new Rejected("an extension needs the form field 'extendBy' or 'extendUntil'");
    }
    return new Accepted(
        new Command.Extend(
            note.commandId(),
            note.recordedAt(),
            reference,
            by,
            until,
            answers.raw(FormFields.REASON).orElse(null),
            answers.value(FormFields.APPROVED_BY).orElse(null)));
  }

  /**
   * The track the rules' mapped field gives, when the note names none itself. A value the rules do
   * not list gives none: the raise goes on without a track.
   */
  private Optional<String> trackFrom(CaseNote note) {
    NoteRules.TrackFrom from = rules.trackFrom();
    if (from == null) {
      return Optional.empty();
    }
    return note.answer(from.field()).flatMap(a -> lookUp(from.values(), a));
  }

  /** The author's role among the workers allocated to the child, else the note's own. */
  private static String authorRole(CaseNote note) {
    if (note.author() == null) {
      return null;
    }
    return note.allocated().stream()
        .filter(w -> w.id() != null && w.id().equals(note.author().id()) && w.role() != null)
        .map(CaseWorker::role)
        .findFirst()
        .orElse(note.author().role());
  }

  private LocalTime closeOfBusiness(String protocolId) {
    return protocols
        .latest(protocolId)
        .map(p -> p.calendar().hours().close())
        .orElse(WorkingHours.DEFAULT.close());
  }

  private static Subject subjectOf(CaseNote note) {
    return new Subject(note.systemId(), note.personId(), note.caseId());
  }

  /** The value listed for {@code answer}: exactly as written, else ignoring case and spaces. */
  static <V> Optional<V> lookUp(Map<String, V> map, String answer) {
    V exact = map.get(answer);
    if (exact != null) {
      return Optional.of(exact);
    }
    return map.entrySet().stream()
        .filter(e -> e.getKey().strip().equalsIgnoreCase(answer.strip()))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  /** A note's answers, translated to the protocol's ids where the rules list a translation. */
  private record Answers(CaseNote note, Map<String, Map<String, String>> translations) {

    Optional<String> raw(String field) {
      return note.answer(field);
    }

    Optional<String> value(String field) {
      Map<String, String> byAnswer = translations.getOrDefault(field, Map.of());
      return raw(field).map(a -> lookUp(byAnswer, a).orElse(a));
    }

    /** The answer's wording, only when the system file lists the answer. */
    Optional<String> listed(String field) {
      Map<String, String> byAnswer = translations.getOrDefault(field, Map.of());
      return raw(field).flatMap(a -> lookUp(byAnswer, a));
    }
  }
}

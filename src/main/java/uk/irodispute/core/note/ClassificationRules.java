package uk.irodispute.core.note;

import java.util.List;
import java.util.Map;

/**
 * One system's rules for which case notes are dispute commands, as the {@link RuleClassifier}
 * applies them. Built from the system file's {@code rules} section.
 *
 * @param systemId the system the notes come from
 * @param defaultProtocolId the protocol a dispute is raised under unless the note names another
 * @param noteTypes the note type codes that are dispute notes
 * @param commandByNoteType note type code to command
 * @param commandField the form field naming the command; null when every note type has its own
 * @param commandByAnswer that field's answers to commands
 * @param draftField the form field marking a note as not yet final; null when notes are final
 * @param finalAnswers the answers of {@code draftField} that mean final
 * @param answerValues per form field, the case system's answers to the protocol's ids; an answer
 *     not listed is used as it is
 */
public record ClassificationRules(
    String systemId,
    String defaultProtocolId,
    List<String> noteTypes,
    Map<String, NoteCommand> commandByNoteType,
    String commandField,
    Map<String, NoteCommand> commandByAnswer,
    String draftField,
    List<String> finalAnswers,
    Map<String, Map<String, String>> answerValues) {

  public ClassificationRules {
    noteTypes = List.copyOf(noteTypes);
    commandByNoteType = Map.copyOf(commandByNoteType);
    commandByAnswer = Map.copyOf(commandByAnswer);
    finalAnswers = List.copyOf(finalAnswers);
    answerValues = Map.copyOf(answerValues);
  }

  /** The commands a note can carry. */
  public enum NoteCommand {
    RAISE,
    RESPOND,
    SATISFIED,
    ESCALATE,
    PAUSE,
    RESUME,
    EXTEND,
    REFER,
    WITHDRAW,
    COMMENT,
    TASK_DONE
  }
}

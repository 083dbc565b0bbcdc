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
 * @param trackFrom where a raise's track comes from when the note names none; null when only the
 *     note gives it
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
    Map<String, Map<String, String>> answerValues,
    TrackFrom trackFrom) {

  public ClassificationRules {
    noteTypes = List.copyOf(noteTypes);
    commandByNoteType = Map.copyOf(commandByNoteType);
    commandByAnswer = Map.copyOf(commandByAnswer);
    finalAnswers = List.copyOf(finalAnswers);
    answerValues = Map.copyOf(answerValues);
  }

  /** Rules where only the note itself names the track. */
  public ClassificationRules(
      String systemId,
      String defaultProtocolId,
      List<String> noteTypes,
      Map<String, NoteCommand> commandByNoteType,
      String commandField,
      Map<String, NoteCommand> commandByAnswer,
      String draftField,
      List<String> finalAnswers,
      Map<String, Map<String, String>> answerValues) {
    this(
        systemId,
        defaultProtocolId,
        noteTypes,
        commandByNoteType,
        commandField,
        commandByAnswer,
        draftField,
        finalAnswers,
        answerValues,
        null);
  }

  /**
   * A mapped field of the case system that gives a raise its track, such as the child's legal
   * status: issue 13, rule 6, "the track comes from the note, from a mapped field of the case
   * system (the child's legal status), or the raise is refused".
   *
   * @param field the form field or note field read, for example {@code legalStatus}
   * @param values its values to the protocol's track ids; a value not listed gives no track
   */
  public record TrackFrom(String field, Map<String, String> values) {

    public TrackFrom {
      values = Map.copyOf(values);
    }
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

package uk.irodispute.core.note;

import java.util.List;
import java.util.Map;

/**
 * One system's rules for which case notes are dispute commands and how their answers fill the
 * command, as the {@link RuleClassifier} applies them. The system file's {@code rules} section is
 * read into it.
 *
 * <p>A note is a dispute note when its type is in {@code noteTypes}. Its command is the one its
 * note type maps to in {@code commandByNoteType}, or else the one the answer in {@code
 * commandField} maps to in {@code commandByAnswer}. The canonical form fields a command reads
 * (after the system file's {@code formFields} have renamed the vendor's questions) are: {@code
 * reference}, {@code protocol}, {@code track}, {@code category}, {@code seriousness}, {@code
 * startAt}, {@code dueBy}, {@code repeat}, {@code responseType}, {@code fromRole}, {@code
 * escalateTo}, {@code approvedBy}, {@code extendBy}, {@code extendUntil}, {@code reason}.
 *
 * @param noteTypes the note type codes that are dispute notes
 * @param commandByNoteType note type code to command
 * @param commandField the canonical form field holding the command's name, for a note type that
 *     carries several commands
 * @param commandByAnswer that field's answers to commands
 * @param draftField a form field that marks a note as not yet final; null when notes are final when
 *     written
 * @param finalAnswers the answers of {@code draftField} that mean final
 * @param answerValues per canonical form field, the vendor's answers to the protocol's ids (for
 *     example {@code category: {"Drift or delay": drift-or-delay}}); an answer not listed is used
 *     as it is
 * @param trackFrom a mapped field that gives a raise its track when the note names none, with its
 *     values to the protocol's track ids; null when only the note gives the track
 */
public record NoteRules(
    List<String> noteTypes,
    Map<String, CommandKind> commandByNoteType,
    String commandField,
    Map<String, CommandKind> commandByAnswer,
    String draftField,
    List<String> finalAnswers,
    Map<String, Map<String, String>> answerValues,
    TrackFrom trackFrom) {

  public NoteRules {
    noteTypes = List.copyOf(noteTypes);
    commandByNoteType = Map.copyOf(commandByNoteType);
    commandByAnswer = Map.copyOf(commandByAnswer);
    finalAnswers = List.copyOf(finalAnswers);
    answerValues = Map.copyOf(answerValues);
  }

  /**
   * The field a raise's track comes from when the note names none, such as the child's looked-up
   * legal status.
   *
   * @param field a form field or note field
   * @param values its values to the protocol's track ids; a value not listed gives no track
   */
  public record TrackFrom(String field, Map<String, String> values) {

    public TrackFrom {
      values = Map.copyOf(values);
    }
  }

  /** The commands a note can carry; their names in files are the lower-case forms. */
  public enum CommandKind {
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

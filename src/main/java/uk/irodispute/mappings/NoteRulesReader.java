package uk.irodispute.mappings;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.irodispute.core.note.FormFields;
import uk.irodispute.core.note.NoteRules;
import uk.irodispute.core.note.NoteRules.CommandKind;
import uk.irodispute.core.protocol.Category;
import uk.irodispute.core.protocol.Protocol;
import uk.irodispute.core.protocol.ProtocolRegistry;
import uk.irodispute.core.protocol.ResponseType;
import uk.irodispute.core.protocol.RoleDefinition;
import uk.irodispute.core.protocol.SeriousnessLevel;
import uk.irodispute.core.protocol.StageDefinition;
import uk.irodispute.core.protocol.Track;

/**
 * Reads the {@code rules} object of a system file: which notes are dispute commands, which command
 * each carries, and how the case system's answers translate to the protocol's ids.
 */
final class NoteRulesReader {

  static final Set<String> FIELDS =
      Set.of(
          "noteTypes",
          "commandByNoteType",
          "commandField",
          "commandByAnswer",
          "draftField",
          "finalAnswers",
          "answerValues",
          "trackFrom");

  private static final List<String> COMMANDS =
      Arrays.stream(CommandKind.values()).map(YamlField::fileName).toList();

  private final EnvironmentValues values;
  private final ProtocolRegistry protocols;

  NoteRulesReader(EnvironmentValues values, ProtocolRegistry protocols) {
    this.values = values;
    this.protocols = protocols;
  }

  /**
   * @param protocol the system's protocol, to check translated answers; null when unknown
   */
  NoteRules read(YamlField root, Protocol protocol) {
    Optional<YamlField> object = root.requiredObject("rules");
    if (object.isEmpty()) {
      return null;
    }
    YamlField f = object.get();
    f.rejectUnknownKeys(FIELDS);
    List<String> noteTypes = noteTypes(f);
    Map<String, CommandKind> byNoteType = commands(f, "commandByNoteType");
    String commandField = values.optional(f, "commandField");
    Map<String, CommandKind> byAnswer = commands(f, "commandByAnswer");
    String draftField = values.optional(f, "draftField");
    List<String> finalAnswers = f.stringList("finalAnswers");
    checkNoteTypesHaveCommands(f, noteTypes, byNoteType, commandField, byAnswer);
    checkDraft(f, draftField, finalAnswers);
    Map<String, Map<String, String>> answerValues = answerValues(f, protocol);
    return new NoteRules(
        noteTypes,
        byNoteType,
        commandField,
        byAnswer,
        draftField,
        finalAnswers,
        answerValues,
        trackFrom(f, protocol));
  }

  /**
   * The mapped field a raise's track comes from when the note names none: a field name and a table
   * of its values to the protocol's tracks.
   */
  private NoteRules.TrackFrom trackFrom(YamlField f, Protocol protocol) {
    Optional<YamlField> object = f.optionalObject("trackFrom");
    if (object.isEmpty()) {
      return null;
    }
    YamlField o = object.get();
    o.rejectUnknownKeys(Set.of("field", "values"));
    String field = values.required(o, "field");
    Map<String, String> table = new LinkedHashMap<>();
    Optional<YamlField> answers = o.optionalObject("values");
    if (answers.isEmpty() && !o.has("values")) {
      o.missing("values");
    }
    answers.ifPresent(
        a -> {
          a.rejectUnknownKeys(a.keys());
          for (String answer : a.keys()) {
            String id = values.required(a, answer);
            if (id != null) {
              checkKnown(a.field(answer).orElseThrow(), FormFields.TRACK, id, protocol);
              table.put(answer, id);
            }
          }
        });
    return field == null ? null : new NoteRules.TrackFrom(field, table);
  }

  private static List<String> noteTypes(YamlField f) {
    if (!f.has("noteTypes")) {
      f.missing("noteTypes");
      return List.of();
    }
    List<String> types = f.stringList("noteTypes");
    f.value("noteTypes")
        .filter(YamlField::isEmpty)
        .ifPresent(v -> v.problem("at least one note type is needed"));
    return types;
  }

  private Map<String, CommandKind> commands(YamlField f, String key) {
    Map<String, CommandKind> commands = new LinkedHashMap<>();
    f.optionalObject(key)
        .ifPresent(
            o -> {
              o.rejectUnknownKeys(o.keys());
              for (String answer : o.keys()) {
                YamlField at = o.field(answer).orElseThrow();
                CommandKind command = command(at);
                if (command != null) {
                  commands.put(answer, command);
                }
              }
            });
    return commands;
  }

  private CommandKind command(YamlField at) {
    String name = values.text(at);
    if (name == null) {
      if (at.isNull()) {
        at.problem("no command given; commands: " + String.join(", ", COMMANDS));
      }
      return null;
    }
    int i = COMMANDS.indexOf(name.strip().toLowerCase(Locale.ROOT));
    if (i < 0) {
      at.problem(
          "unknown command '"
              + name
              + "'"
              + Suggestions.didYouMean(name, COMMANDS)
              + "; commands: "
              + String.join(", ", COMMANDS));
      return null;
    }
    return CommandKind.values()[i];
  }

  private static void checkNoteTypesHaveCommands(
      YamlField f,
      List<String> noteTypes,
      Map<String, CommandKind> byNoteType,
      String commandField,
      Map<String, CommandKind> byAnswer) {
    f.value("commandByNoteType")
        .filter(YamlField::isMapping)
        .ifPresent(
            o -> {
              for (String type : o.keys()) {
                if (!noteTypes.contains(type)) {
                  o.field(type)
                      .orElseThrow()
                      .problem(
                          "note type '"
                              + type
                              + "' is not in 'noteTypes'"
                              + Suggestions.didYouMean(type, noteTypes));
                }
              }
            });
    if (commandField != null && !f.has("commandByAnswer")) {
      f.value("commandField")
          .orElseThrow()
          .problem("'commandField' needs 'commandByAnswer': which answer is which command");
    }
    if (commandField == null && f.has("commandByAnswer")) {
      f.value("commandByAnswer")
          .orElseThrow()
          .problem("'commandByAnswer' needs 'commandField': the form field holding the answer");
    }
    if (commandField == null) {
      List<String> without = noteTypes.stream().filter(t -> !byNoteType.containsKey(t)).toList();
      if (!without.isEmpty()) {
        f.problem(
            "no command for note type(s) "
                + String.join(", ", without)
                + ": give each one in 'commandByNoteType', or name the form field that holds the"
                + " command in 'commandField' with 'commandByAnswer'");
      }
    }
  }

  private static void checkDraft(YamlField f, String draftField, List<String> finalAnswers) {
    if (draftField != null && finalAnswers.isEmpty()) {
      f.value("draftField")
          .orElseThrow()
          .problem("'draftField' needs 'finalAnswers': the answers that mean a note is final");
    }
    if (draftField == null && f.has("finalAnswers")) {
      f.value("finalAnswers")
          .orElseThrow()
          .problem("'finalAnswers' needs 'draftField': the form field they are answers of");
    }
  }

  private Map<String, Map<String, String>> answerValues(YamlField f, Protocol protocol) {
    Map<String, Map<String, String>> all = new LinkedHashMap<>();
    Optional<YamlField> object = f.optionalObject("answerValues");
    if (object.isEmpty()) {
      return all;
    }
    YamlField o = object.get();
    o.rejectUnknownKeys(o.keys());
    for (String field : o.keys()) {
      Optional<YamlField> answers = o.optionalObject(field);
      if (answers.isEmpty()) {
        continue;
      }
      answers.get().rejectUnknownKeys(answers.get().keys());
      Map<String, String> translated = new LinkedHashMap<>();
      for (String answer : answers.get().keys()) {
        String id = values.required(answers.get(), answer);
        if (id != null) {
          checkKnown(answers.get().field(answer).orElseThrow(), field, id, protocol);
          translated.put(answer, id);
        }
      }
      all.put(field, translated);
    }
    return all;
  }

  /** Reports an answer translated to an id the protocol does not have. */
  private void checkKnown(YamlField at, String field, String id, Protocol protocol) {
    if (field.equals(FormFields.PROTOCOL)) {
      List<String> ids = protocols.latest().stream().map(Protocol::id).toList();
      report(at, id, ids, "a protocol", ids.contains(id));
      return;
    }
    if (protocol == null) {
      return;
    }
    List<String> ids =
        switch (field) {
          case FormFields.TRACK -> protocol.tracks().stream().map(Track::id).toList();
          case FormFields.CATEGORY -> protocol.categories().stream().map(Category::id).toList();
          case FormFields.SERIOUSNESS ->
              protocol.seriousness().stream().map(SeriousnessLevel::id).toList();
          case FormFields.RESPONSE_TYPE ->
              protocol.responseTypes().stream().map(ResponseType::id).toList();
          case FormFields.FROM_ROLE, FormFields.APPROVED_BY ->
              protocol.roles().stream().map(RoleDefinition::id).toList();
          case FormFields.START_AT, FormFields.ESCALATE_TO ->
              protocol.tracks().stream()
                  .flatMap(t -> t.stages().stream())
                  .map(StageDefinition::id)
                  .distinct()
                  .toList();
          default -> null;
        };
    if (ids == null) {
      return;
    }
    boolean known =
        field.equals(FormFields.TRACK)
            ? ids.stream().anyMatch(t -> t.equalsIgnoreCase(id))
            : ids.contains(id);
    report(at, id, ids, "a " + what(field) + " of protocol '" + protocol.id() + "'", known);
  }

  private static void report(YamlField at, String id, List<String> ids, String what, boolean ok) {
    if (!ok) {
      at.problem(
          "'"
              + id
              + "' is not "
              + what
              + Suggestions.didYouMean(id, ids)
              + "; known: "
              + (ids.isEmpty() ? "(none)" : String.join(", ", ids)));
    }
  }

  private static String what(String field) {
    return switch (field) {
      case FormFields.TRACK -> "track";
      case FormFields.CATEGORY -> "category";
      case FormFields.SERIOUSNESS -> "seriousness level";
      case FormFields.RESPONSE_TYPE -> "response type";
      case FormFields.FROM_ROLE, FormFields.APPROVED_BY -> "role";
      default -> "stage";
    };
  }
}

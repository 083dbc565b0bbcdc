package uk.irodispute.systems.mapping;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import uk.irodispute.core.note.ClassificationRules;
import uk.irodispute.core.note.ClassificationRules.NoteCommand;
import uk.irodispute.core.note.NoteClassifier;
import uk.irodispute.core.note.RuleClassifier;
import uk.irodispute.core.protocol.ProtocolRegistry;
import uk.irodispute.systems.NoteRules;
import uk.irodispute.systems.SystemDefinition;
import uk.irodispute.systems.SystemRegistry;

/** The note classifier of each system, built from the {@code rules} of its file. */
public final class RuleClassifiers {

  private final Map<String, NoteClassifier> bySystem = new LinkedHashMap<>();

  public RuleClassifiers(SystemRegistry systems, ProtocolRegistry protocols) {
    for (SystemDefinition system : systems.all()) {
      bySystem.put(system.id(), new RuleClassifier(rulesOf(system), protocols));
    }
  }

  /**
   * The classifier for the system's notes.
   *
   * @throws IllegalArgumentException when no system has this id
   */
  public NoteClassifier forSystem(String systemId) {
    NoteClassifier classifier = bySystem.get(systemId);
    if (classifier == null) {
      throw new IllegalArgumentException("no system '" + systemId + "' under mappings/systems");
    }
    return classifier;
  }

  /** The core's rules record for a system file's {@code rules}. */
  public static ClassificationRules rulesOf(SystemDefinition system) {
    NoteRules r = system.rules();
    return new ClassificationRules(
        system.id(),
        system.protocolId(),
        r.noteTypes(),
        commands(r.commandByNoteType()),
        r.commandField(),
        commands(r.commandByAnswer()),
        r.draftField(),
        r.finalAnswers(),
        r.answerValues(),
        r.trackFrom() == null
            ? null
            : new ClassificationRules.TrackFrom(r.trackFrom().field(), r.trackFrom().values()));
  }

  private static Map<String, NoteCommand> commands(Map<String, NoteRules.CommandKind> kinds) {
    return kinds.entrySet().stream()
        .collect(
            Collectors.toMap(Map.Entry::getKey, e -> NoteCommand.valueOf(e.getValue().name())));
  }
}

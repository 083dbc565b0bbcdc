package uk.irodispute.systems.mapping;

import java.util.LinkedHashMap;
import java.util.Map;
import uk.irodispute.core.note.NoteClassifier;
import uk.irodispute.core.note.RuleClassifier;
import uk.irodispute.core.protocol.ProtocolRegistry;
import uk.irodispute.systems.SystemDefinition;
import uk.irodispute.systems.SystemRegistry;

/** The note classifier of each system, built from the {@code rules} of its file. */
public final class RuleClassifiers {

  private final Map<String, NoteClassifier> bySystem = new LinkedHashMap<>();

  public RuleClassifiers(SystemRegistry systems, ProtocolRegistry protocols) {
    for (SystemDefinition system : systems.all()) {
      bySystem.put(system.id(), new RuleClassifier(system.rules(), system.protocolId(), protocols));
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
}

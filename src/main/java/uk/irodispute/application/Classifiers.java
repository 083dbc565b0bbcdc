package uk.irodispute.application;

import java.util.Optional;
import uk.irodispute.core.note.NoteClassifier;

/** Each system file's note classifier, built from its note rules. */
@FunctionalInterface
public interface Classifiers {

  /**
   * @param systemId the system file's id, as in {@code CaseNote.systemId()}
   * @return its classifier; empty when no system file has that id
   */
  Optional<NoteClassifier> forSystem(String systemId);
}

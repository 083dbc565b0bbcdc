package uk.irodispute.core.note;

import java.util.List;
import uk.irodispute.core.model.DisputeReference;
import uk.irodispute.core.model.Subject;

/** Finds the open disputes about a child, so a note that names no reference can find its own. */
@FunctionalInterface
public interface OpenDisputes {

  /** The open (or paused) disputes about the subject's person in the subject's system. */
  List<DisputeReference> about(Subject subject);
}

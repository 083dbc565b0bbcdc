package uk.irodispute.core.engine;

import java.util.List;
import uk.irodispute.core.model.Concerns;
import uk.irodispute.core.protocol.OtherPartOfCouncil;
import uk.irodispute.core.protocol.StageDefinition;

/**
 * Who else is copied into a stage because the dispute concerns another part of the council (seed
 * 001: "The relevant Service Director should be informed if the matter progresses to Stage 3 or
 * beyond in these situations").
 */
final class OtherPartOfCouncilCopies {

  private OtherPartOfCouncilCopies() {}

  /** The roles to copy into {@code stage}; empty for a dispute within children's services. */
  static List<String> of(DisputeDraft d, StageDefinition stage) {
    if (d.concerns != Concerns.ANOTHER_PART_OF_THE_COUNCIL) {
      return List.of();
    }
    return d.protocol
        .otherPartOfCouncilIfAny()
        .filter(rule -> reached(d, rule, stage))
        .map(OtherPartOfCouncil::inform)
        .orElse(List.of());
  }

  private static boolean reached(DisputeDraft d, OtherPartOfCouncil rule, StageDefinition stage) {
    int from = d.track.indexOf(rule.fromStage());
    return from >= 0 && d.track.indexOf(stage.id()) >= from;
  }
}

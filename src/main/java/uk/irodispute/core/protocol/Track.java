package uk.irodispute.core.protocol;

import java.util.List;
import java.util.Optional;

/**
 * One path through a protocol, for example looked-after children (LAC) or child protection (CP).
 *
 * @param id for example {@code LAC}
 * @param name for example {@code Looked after children}
 * @param stages in the order a dispute climbs them
 * @param finalDecisionMaker the role whose decision ends the internal process, if the protocol
 *     names one
 */
public record Track(
    String id, String name, List<StageDefinition> stages, String finalDecisionMaker) {

  public Track {
    stages = List.copyOf(stages);
  }

  public Optional<StageDefinition> stage(String stageId) {
    return stages.stream().filter(s -> s.id().equals(stageId)).findFirst();
  }

  public int indexOf(String stageId) {
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).id().equals(stageId)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The stage escalation goes to from the given one: its declared {@code next}, else the following
   * stage in order; empty at the last stage.
   */
  public Optional<StageDefinition> after(String stageId) {
    int i = indexOf(stageId);
    if (i < 0) {
      return Optional.empty();
    }
    var declared = stages.get(i).nextStage();
    if (declared.isPresent()) {
      return stage(declared.get());
    }
    return i + 1 < stages.size() ? Optional.of(stages.get(i + 1)) : Optional.empty();
  }

  /**
   * Why a dispute on this track cannot start at the given stage, naming the stages it may start at;
   * empty when it can.
   */
  public Optional<String> whyNotStartAt(String stageId) {
    if (stage(stageId).filter(StageDefinition::mayStartHere).isPresent()) {
      return Optional.empty();
    }
    List<String> allowed =
        stages.stream().filter(StageDefinition::mayStartHere).map(StageDefinition::id).toList();
    return Optional.of(
        "a dispute on track "
            + id
            + " cannot start at "
            + Quote.typed(stageId)
            + "; it may start at: "
            + String.join(", ", allowed));
  }

  public StageDefinition first() {
    return stages.get(0);
  }
}

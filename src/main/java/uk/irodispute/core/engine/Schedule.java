package uk.irodispute.core.engine;

import java.time.Instant;
import java.util.List;
import uk.irodispute.core.protocol.AfterResponse;

/**
 * A protocol's clock for one start: every stage on the path where each runs to its full timescale
 * and escalates.
 *
 * @param protocolId the protocol
 * @param protocolVersion its version
 * @param trackId the track
 * @param start when the dispute is raised
 * @param stages the stages in order from the starting one
 * @param overallDueAt when the whole process is due: the earlier of the caps that apply and the
 *     last due time on the path; null where neither exists
 */
public record Schedule(
    String protocolId,
    String protocolVersion,
    String trackId,
    Instant start,
    List<ScheduledStage> stages,
    Instant overallDueAt) {

  public Schedule {
    stages = List.copyOf(stages);
  }

  /**
   * One stage on the path.
   *
   * @param opensAt when it opens; null after a stage with no timescale
   * @param dueAt when it is due; null where it has no timescale
   * @param afterResponse how long the chair has to decide after a response, and what follows; null
   *     where the stage sets none
   */
  public record ScheduledStage(
      String id,
      String name,
      List<String> to,
      List<String> cc,
      Instant opensAt,
      Instant dueAt,
      AfterResponse afterResponse) {
    public ScheduledStage {
      to = List.copyOf(to);
      cc = List.copyOf(cc);
    }
  }
}

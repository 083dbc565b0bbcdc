package uk.irodispute.core.model;

import java.time.Instant;
import java.util.List;

/**
 * One stage as this dispute lived it.
 *
 * @param stageId the protocol's stage id
 * @param openedAt when it opened
 * @param dueAt when it is due now (after extensions and time outs); null where no timescale
 * @param originalDueAt when it was first due
 * @param closedAt when it closed; null while current
 * @param closedBecause why it closed; null while current
 * @param breached whether its due time passed while it was current
 * @param responses responses received while it was current
 */
public record StageRecord(
    String stageId,
    Instant openedAt,
    Instant dueAt,
    Instant originalDueAt,
    Instant closedAt,
    StageClosure closedBecause,
    boolean breached,
    List<Response> responses) {

  public StageRecord {
    responses = List.copyOf(responses);
  }

  public boolean isOpen() {
    return closedAt == null;
  }

  /** Whether the stage was current at the given instant. */
  public boolean wasCurrentAt(Instant t) {
    return !t.isBefore(openedAt) && (closedAt == null || t.isBefore(closedAt));
  }

  /** Why a stage closed. */
  public enum StageClosure {
    ESCALATED,
    RESOLVED,
    WITHDRAWN,
    REFERRED,
    RECORDED
  }
}

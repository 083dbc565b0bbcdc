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

  /** The same stage with a new due time (an extension or a time out). */
  public StageRecord withDueAt(Instant newDueAt) {
    return new StageRecord(
        stageId, openedAt, newDueAt, originalDueAt, closedAt, closedBecause, breached, responses);
  }

  /** The same stage with one more response. */
  public StageRecord withResponse(Response response) {
    List<Response> all = new java.util.ArrayList<>(responses);
    all.add(response);
    return new StageRecord(
        stageId, openedAt, dueAt, originalDueAt, closedAt, closedBecause, breached, all);
  }

  /** The same stage, its due time passed while current. */
  public StageRecord asBreached() {
    return new StageRecord(
        stageId, openedAt, dueAt, originalDueAt, closedAt, closedBecause, true, responses);
  }

  /** The same stage, closed. */
  public StageRecord closed(Instant at, StageClosure why) {
    return new StageRecord(stageId, openedAt, dueAt, originalDueAt, at, why, breached, responses);
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

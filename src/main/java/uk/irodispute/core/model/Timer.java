package uk.irodispute.core.model;

import java.time.Instant;

/**
 * Something due at a time: a stage's due time, a reminder, a step, a limit or a cap.
 *
 * @param kind what falls due
 * @param stageId the stage it belongs to; null for caps
 * @param ref the step, cap or reminder it stands for
 * @param dueAt when it falls due
 */
public record Timer(TimerKind kind, String stageId, String ref, Instant dueAt) {

  public Timer withDueAt(Instant newDueAt) {
    return new Timer(kind, stageId, ref, newDueAt);
  }

  /** What a timer stands for. */
  public enum TimerKind {
    /** A reminder before a stage's due time. */
    REMINDER,
    /** A step inside a stage falls due. */
    STEP,
    /** A reminder before a step falls due; ref is the step. */
    STEP_REMINDER,
    /** The stage's due time. */
    STAGE_DUE,
    /** The most a stage may take, extensions included. */
    STAGE_LIMIT,
    /** An overall cap on the process. */
    CAP,
    /** A time out has lasted as long as the protocol allows. It runs while paused. */
    TIME_OUT_LIMIT,
    /** The chair's time to decide after a response has ended. */
    DECISION_DUE
  }
}

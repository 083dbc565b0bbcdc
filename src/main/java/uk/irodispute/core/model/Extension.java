package uk.irodispute.core.model;

import java.time.Instant;

/**
 * More time given at a stage, with its reason.
 *
 * @param stageId the stage extended
 * @param previousDueAt the due time before
 * @param newDueAt the due time after
 * @param reason why, as the chair recorded it
 * @param at when it was given
 */
public record Extension(
    String stageId, Instant previousDueAt, Instant newDueAt, String reason, Instant at) {}

package uk.irodispute.core.model;

import java.time.Instant;

/**
 * A written response to the dispute at a stage.
 *
 * @param stageId the stage it answers
 * @param responseType the protocol's response type id, or null where the protocol has none
 * @param fromRole the role of whoever responded
 * @param receivedAt when the response was recorded in the case system
 * @param commandId the note that carried it
 */
public record Response(
    String stageId, String responseType, String fromRole, Instant receivedAt, String commandId) {}

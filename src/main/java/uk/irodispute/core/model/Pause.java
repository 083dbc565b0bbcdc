package uk.irodispute.core.model;

import java.time.Instant;

/**
 * A time out.
 *
 * @param startedAt when the clock stopped
 * @param endedAt when it resumed; null while paused
 * @param approvedBy the role that approved it, where the protocol asks for one
 * @param workingMinutesPaused working time the pause lasted, once ended
 */
public record Pause(
    Instant startedAt, Instant endedAt, String approvedBy, long workingMinutesPaused) {}

package uk.irodispute.scenarios;

import java.time.Instant;

/**
 * A moment in a scenario: the time is reached (every due time up to it falls due), then the note,
 * if any, is recorded, then the expectations are checked.
 *
 * @param line the step's line in its file
 * @param at when it happens
 * @param note the note recorded then; null for a moment only
 * @param expect what must be true after it
 */
public record ScenarioStep(int line, Instant at, ScenarioNote note, Expectations expect) {}

package uk.irodispute.polling;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How each system's polls are going: the last success, the last failure and its reason, and how
 * many runs in a row have failed. Read by operations (health and console).
 */
public class SourceHealth {

  /**
   * @param lastSuccess when a page was last read and committed
   * @param lastFailure when a run last stopped on an error
   * @param lastReason why, without any note content
   * @param failuresInARow runs failed since the last success
   * @param notesRead notes read since start-up
   */
  public record Status(
      Instant lastSuccess,
      Instant lastFailure,
      String lastReason,
      int failuresInARow,
      long notesRead) {}

  private final Clock clock;
  private final Map<String, Status> statuses = new ConcurrentHashMap<>();

  public SourceHealth(Clock clock) {
    this.clock = clock;
  }

  /** A page of the system's notes was read and committed (called by the poll cycle). */
  public void polled(String systemId, int notes) {
    statuses.merge(
        systemId,
        new Status(clock.instant(), null, null, 0, notes),
        (old, now) ->
            new Status(
                now.lastSuccess(),
                old.lastFailure(),
                old.lastReason(),
                0,
                old.notesRead() + notes));
  }

  /** A run of the system's poll stopped on an error, described without note content. */
  public void failed(String systemId, String reason) {
    statuses.merge(
        systemId,
        new Status(null, clock.instant(), reason, 1, 0),
        (old, now) ->
            new Status(
                old.lastSuccess(),
                now.lastFailure(),
                reason,
                old.failuresInARow() + 1,
                old.notesRead()));
  }

  public Optional<Status> of(String systemId) {
    return Optional.ofNullable(statuses.get(systemId));
  }

  public Map<String, Status> all() {
    return Map.copyOf(statuses);
  }
}

package uk.irodispute.polling;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.irodispute.store.SourcePolls;

/**
 * How each system's polls are going: the last success, the last failure and its reason, and how
 * many runs in a row have failed. Read by operations (health and console).
 *
 * <p>With the shared record ({@link SourcePolls}, in the database every node uses) the success, the
 * failure and its reason are those of whichever node ran the poll, so each node sees the polls of
 * all; the notes read are this node's since start-up. Without it (tests of the poll alone),
 * everything is this node's.
 */
public class SourceHealth {

  private static final Logger LOG = LoggerFactory.getLogger(SourceHealth.class);

  /**
   * @param lastSuccess when a page was last read and committed
   * @param lastFailure when a run last stopped on an error
   * @param lastReason why, without any note content
   * @param failuresInARow runs failed since the last success
   * @param notesRead notes read since start-up, on this node
   */
  public record Status(
      Instant lastSuccess,
      Instant lastFailure,
      String lastReason,
      int failuresInARow,
      long notesRead) {}

  private final Clock clock;
  private final SourcePolls shared;
  private final Map<String, Status> statuses = new ConcurrentHashMap<>();

  /** Every poll's outcome kept on this node only. */
  public SourceHealth(Clock clock) {
    this(clock, null);
  }

  /**
   * @param shared where the nodes sharing the database record their polls; null for none
   */
  public SourceHealth(Clock clock, SourcePolls shared) {
    this.clock = clock;
    this.shared = shared;
  }

  /** A page of the system's notes was read and committed (called by the poll cycle). */
  public void polled(String systemId, int notes) {
    Instant now = clock.instant();
    statuses.merge(
        systemId,
        new Status(now, null, null, 0, notes),
        (old, next) ->
            new Status(
                next.lastSuccess(),
                old.lastFailure(),
                old.lastReason(),
                0,
                old.notesRead() + notes));
    share(systemId, () -> shared.succeeded(systemId, now));
  }

  /** A run of the system's poll stopped on an error, described without note content. */
  public void failed(String systemId, String reason) {
    Instant now = clock.instant();
    statuses.merge(
        systemId,
        new Status(null, now, reason, 1, 0),
        (old, next) ->
            new Status(
                old.lastSuccess(),
                next.lastFailure(),
                reason,
                old.failuresInARow() + 1,
                old.notesRead()));
    share(systemId, () -> shared.failed(systemId, now, reason));
  }

  public Optional<Status> of(String systemId) {
    return Optional.ofNullable(all().get(systemId));
  }

  /** Every system polled, on this node or (with the shared record) any. */
  public Map<String, Status> all() {
    if (shared == null) {
      return Map.copyOf(statuses);
    }
    Map<String, Status> all = new LinkedHashMap<>();
    try {
      shared
          .all()
          .forEach(
              (id, polls) ->
                  all.put(
                      id,
                      new Status(
                          polls.lastSuccess(),
                          polls.lastFailure(),
                          polls.lastReason(),
                          polls.failuresInARow(),
                          Optional.ofNullable(statuses.get(id))
                              .map(Status::notesRead)
                              .orElse(0L))));
    } catch (RuntimeException e) {
      LOG.warn(
          "The shared record of polls could not be read; this node's own is shown: {}",
          e.getClass().getSimpleName());
      return Map.copyOf(statuses);
    }
    statuses.forEach(all::putIfAbsent);
    return all;
  }

  /** Records in the shared record too; a database that fails leaves this node's record only. */
  private void share(String systemId, Runnable write) {
    if (shared == null) {
      return;
    }
    try {
      write.run();
    } catch (RuntimeException e) {
      LOG.warn(
          "System {}: the poll could not be recorded for the other nodes: {}",
          systemId,
          e.getClass().getSimpleName());
    }
  }
}

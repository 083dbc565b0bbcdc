package uk.irodispute.store;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What is waiting on operations, read for health and metrics: the outbox by status, the oldest
 * delivery still to be sent, and the dead letters still open. Reads only; counts, never rows.
 */
@Component
public class Backlog {

  private final NamedParameterJdbcTemplate jdbc;
  private final Outbox outbox;

  public Backlog(NamedParameterJdbcTemplate jdbc, Outbox outbox) {
    this.jdbc = jdbc;
    this.outbox = outbox;
  }

  /** How many outbox items are in each status, every status present. */
  public Map<OutboxStatus, Long> outboxItems() {
    return outbox.counts();
  }

  /**
   * When the oldest delivery still to be sent (waiting for an attempt, or claimed by a sender) was
   * queued; empty when none is.
   */
  public Optional<Instant> oldestWaitingSince() {
    List<Instant> oldest =
        jdbc.query(
            "SELECT MIN(created_at) AS oldest FROM outbox WHERE status IN ('PENDING', 'IN_FLIGHT')",
            (rs, n) -> Times.read(rs, "oldest"));
    return oldest.stream().filter(at -> at != null).findFirst();
  }

  /**
   * The waiting deliveries whose last attempt failed: how many, and the most attempts one of them
   * has failed. A replayed or released item has its attempts counted afresh, so it is not one.
   */
  public Failing failingItems() {
    return jdbc.query(
        "SELECT COUNT(*) AS items, MAX(attempts) AS most FROM outbox"
            + " WHERE status = 'PENDING' AND attempts > 0 AND last_error IS NOT NULL",
        rs -> rs.next() ? new Failing(rs.getLong("items"), rs.getInt("most")) : new Failing(0, 0));
  }

  /**
   * @param items waiting deliveries whose last attempt failed
   * @param mostAttempts the most failed attempts of one of them; 0 when there is none
   */
  public record Failing(long items, int mostAttempts) {}

  /** How many disputes are open, in a time out or not. */
  public long openDisputes() {
    return count("SELECT COUNT(*) FROM disputes WHERE status IN ('OPEN', 'PAUSED')");
  }

  /**
   * How many open disputes (not in a time out) are overdue: their current stage passed its due time
   * ({@code STAGE_BREACHED} at that stage).
   */
  public long overdueDisputes() {
    return count(
        "SELECT COUNT(*) FROM disputes d WHERE d.status = 'OPEN' AND EXISTS (SELECT 1 FROM"
            + " dispute_events e WHERE e.reference = d.reference AND e.stage_id ="
            + " d.current_stage_id AND e.event_type = 'STAGE_BREACHED')");
  }

  private long count(String sql) {
    Long count = jdbc.getJdbcTemplate().queryForObject(sql, Long.class);
    return count == null ? 0 : count;
  }

  /** How many dead letters are open under each reason code, every code present. */
  public Map<DeadLetterReason, Long> openDeadLetters() {
    Map<DeadLetterReason, Long> open = new EnumMap<>(DeadLetterReason.class);
    for (DeadLetterReason reason : DeadLetterReason.values()) {
      open.put(reason, 0L);
    }
    jdbc.query(
        "SELECT reason_code, COUNT(*) AS letters FROM dead_letters WHERE status = 'OPEN'"
            + " GROUP BY reason_code",
        rs -> {
          open.put(DeadLetterReason.valueOf(rs.getString("reason_code")), rs.getLong("letters"));
        });
    return open;
  }
}

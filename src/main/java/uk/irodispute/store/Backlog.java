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

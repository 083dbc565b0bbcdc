package uk.irodispute.store;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.irodispute.delivery.Delivery;

/**
 * Deliveries waiting to be sent. The intake and the tick put them in, in the transaction of the
 * decision that caused them; senders claim due items for a lease, then report each delivered or
 * failed. A failed item waits longer after each attempt and is dead after the last, until
 * operations replay it.
 *
 * <p>Claiming is plain SQL that two nodes may run at once: a row goes to whichever conditional
 * update changes it first.
 */
@Component
public class Outbox {

  static final int MOST_ERROR_CHARACTERS = 1000;

  private static final String CLAIMABLE =
      "((status = 'PENDING' AND next_attempt_at <= :now)"
          + " OR (status = 'IN_FLIGHT' AND claimed_until <= :now))";

  private final NamedParameterJdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final StoreJson json;
  private final Clock clock;
  private final OutboxProperties settings;
  private final DeadLetters deadLetters;

  public Outbox(
      NamedParameterJdbcTemplate jdbc,
      PlatformTransactionManager transactions,
      StoreJson json,
      Clock clock,
      OutboxProperties settings,
      DeadLetters deadLetters) {
    this.jdbc = jdbc;
    this.deadLetters = deadLetters;
    this.tx = new TransactionTemplate(transactions);
    this.json = json;
    this.clock = clock;
    this.settings = settings;
  }

  /**
   * Claims up to {@code limit} items due now (waiting ones whose time has come, and claimed ones
   * whose sender's lease ran out), each for the claim lease, counting an attempt.
   */
  public List<OutboxItem> claimDue(int limit) {
    Instant now = clock.instant();
    List<OutboxItem> claimed =
        tx.execute(
            s -> {
              MapSqlParameterSource due =
                  new MapSqlParameterSource("now", Times.column(now)).addValue("limit", limit);
              List<Long> ids =
                  jdbc.queryForList(
                      "SELECT id FROM outbox WHERE "
                          + CLAIMABLE
                          + " ORDER BY next_attempt_at, id LIMIT :limit",
                      due,
                      Long.class);
              List<Long> taken = new ArrayList<>();
              for (Long id : ids) {
                int changed =
                    jdbc.update(
                        "UPDATE outbox SET status = 'IN_FLIGHT', attempts = attempts + 1,"
                            + " claimed_until = :until WHERE id = :id AND "
                            + CLAIMABLE,
                        new MapSqlParameterSource("now", Times.column(now))
                            .addValue("until", Times.column(now.plus(settings.claimLease())))
                            .addValue("id", id));
                if (changed == 1) {
                  taken.add(id);
                }
              }
              return taken.isEmpty() ? List.of() : items(taken);
            });
    return claimed == null ? List.of() : claimed;
  }

  /**
   * The item was sent.
   *
   * @return false when it was not in flight (already reported, or replayed)
   */
  public boolean delivered(long id) {
    return jdbc.update(
            "UPDATE outbox SET status = 'DELIVERED', delivered_at = :now, claimed_until = NULL"
                + " WHERE id = :id AND status = 'IN_FLIGHT'",
            new MapSqlParameterSource("now", Times.column(clock.instant())).addValue("id", id))
        == 1;
  }

  /**
   * The attempt failed: the item waits for its next attempt, or is dead after the last.
   *
   * @param error what went wrong, as the sender words it: status codes and exception types, never
   *     personal data; kept to {@value #MOST_ERROR_CHARACTERS} characters
   * @return false when it was not in flight
   */
  public boolean failed(long id, String error) {
    Instant now = clock.instant();
    Boolean changed =
        tx.execute(
            s -> {
              Optional<Map<String, Object>> row =
                  jdbc
                      .queryForList(
                          "SELECT attempts, reference, system_id FROM outbox"
                              + " WHERE id = :id AND status = 'IN_FLIGHT' FOR UPDATE",
                          Map.of("id", id))
                      .stream()
                      .findFirst();
              if (row.isEmpty()) {
                return false;
              }
              int attempts = ((Number) row.get().get("attempts")).intValue();
              boolean dead = attempts >= settings.maxAttempts();
              if (dead) {
                deadLetters.recordDelivery(
                    id,
                    (String) row.get().get("reference"),
                    (String) row.get().get("system_id"),
                    "failed after " + attempts + " attempts; the last: " + shortened(error));
              }
              jdbc.update(
                  "UPDATE outbox SET status = :status, next_attempt_at = :next,"
                      + " claimed_until = NULL, last_error = :error WHERE id = :id",
                  new MapSqlParameterSource("id", id)
                      .addValue("status", (dead ? OutboxStatus.DEAD : OutboxStatus.PENDING).name())
                      .addValue(
                          "next", Times.column(dead ? now : now.plus(settings.waitAfter(attempts))))
                      .addValue("error", shortened(error)));
              return true;
            });
    return Boolean.TRUE.equals(changed);
  }

  /**
   * A dead item is tried again now, with its attempts counted afresh.
   *
   * @return false when it was not dead
   */
  public boolean replay(long id) {
    return jdbc.update(
            "UPDATE outbox SET status = 'PENDING', attempts = 0, next_attempt_at = :now"
                + " WHERE id = :id AND status = 'DEAD'",
            new MapSqlParameterSource("now", Times.column(clock.instant())).addValue("id", id))
        == 1;
  }

  /** How many items are in each status, every status present. */
  public Map<OutboxStatus, Long> counts() {
    Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
    for (OutboxStatus s : OutboxStatus.values()) {
      counts.put(s, 0L);
    }
    jdbc.query(
        "SELECT status, COUNT(*) AS items FROM outbox GROUP BY status",
        rs -> {
          counts.put(OutboxStatus.valueOf(rs.getString("status")), rs.getLong("items"));
        });
    return counts;
  }

  /**
   * Queues a delivery, due now, in the caller's transaction.
   *
   * @return false when one with the same idempotency key is already queued: it is not queued twice
   */
  boolean add(Delivery delivery, Instant now) {
    Integer same =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM outbox WHERE idempotency_key = :key",
            Map.of("key", delivery.idempotencyKey()),
            Integer.class);
    if (same != null && same > 0) {
      return false;
    }
    DeliveryKind kind = DeliveryKind.of(delivery);
    jdbc.update(
        "INSERT INTO outbox (idempotency_key, reference, system_id, kind, payload, status,"
            + " attempts, next_attempt_at, created_at) VALUES (:key, :reference, :system, :kind,"
            + " :payload, 'PENDING', 0, :now, :now)",
        new MapSqlParameterSource("key", delivery.idempotencyKey())
            .addValue("reference", delivery.reference())
            .addValue("system", delivery.systemId())
            .addValue("kind", kind.name())
            .addValue("payload", json.write(delivery))
            .addValue("now", Times.column(now)));
    return true;
  }

  private List<OutboxItem> items(List<Long> ids) {
    return jdbc.query(
        "SELECT id, idempotency_key, reference, system_id, kind, payload, attempts FROM outbox"
            + " WHERE id IN (:ids) ORDER BY next_attempt_at, id",
        Map.of("ids", ids),
        (rs, i) ->
            new OutboxItem(
                rs.getLong("id"),
                rs.getString("idempotency_key"),
                rs.getString("reference"),
                rs.getString("system_id"),
                json.readDelivery(
                    DeliveryKind.valueOf(rs.getString("kind")), rs.getString("payload")),
                rs.getInt("attempts")));
  }

  private static String shortened(String error) {
    return error == null || error.length() <= MOST_ERROR_CHARACTERS
        ? error
        : error.substring(0, MOST_ERROR_CHARACTERS);
  }
}

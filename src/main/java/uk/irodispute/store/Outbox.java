package uk.irodispute.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.irodispute.delivery.Delivery;

/**
 * Deliveries waiting to be sent. The intake and the tick put them in, in the transaction of the
 * decision that caused them; senders claim due items for a lease, then report each delivered or
 * failed. A failed item waits longer after each attempt (exponential back-off with jitter, never
 * before a {@code Retry-After} the target gave) and is dead after the last, with a dead letter,
 * until operations replay it.
 *
 * <p>Claiming locks the rows it takes with {@code SELECT ... FOR UPDATE SKIP LOCKED} (the same SQL
 * on PostgreSQL and H2), so two nodes claiming at once never take the same item; each row is then
 * taken by an update that checks again that it is claimable, so a row changed since the select is
 * left alone whatever the database's locking does. Items of one dispute and one channel
 * (case-system write-back, or mail) go in the order they were queued: an item is not claimed while
 * an earlier one of its dispute and channel is waiting or in flight. A dead item does not hold back
 * the ones after it; items with no dispute are not ordered.
 */
@Component
public class Outbox {

  private static final String INSERT =
      "INSERT INTO outbox (idempotency_key, reference, system_id, kind, channel, payload,"
          + " status, attempts, next_attempt_at, created_at) VALUES (:key, :reference, :system,"
          + " :kind, :channel, :payload, 'PENDING', 0, :now, :now)";

  /** Keys looked up in one query: well within every database's limit on parameters. */
  private static final int MOST_KEYS_A_QUERY = 500;

  static final int MOST_ERROR_CHARACTERS = 1000;

  private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

  /** Tries at marking items delivered before they are left to the next claim. */
  static final int MARK_ATTEMPTS = 4;

  /** The wait before the second try; each later wait is four times the one before. */
  static final Duration MARK_FIRST_WAIT = Duration.ofMillis(100);

  /**
   * Waiting and due; or in flight and either its lease ran out or it was claimed by an earlier run
   * of this node (which is dead: this node started again under its name).
   */
  private static final String CLAIMABLE =
      "((status = 'PENDING' AND next_attempt_at <= :now)"
          + " OR (status = 'IN_FLIGHT' AND (claimed_until <= :now"
          + " OR (claimed_by = :node AND claimed_run <> :run))))";

  /**
   * {@link #CLAIMABLE} for the claim's query, led by the statuses alone: H2 reads the {@code
   * outbox_due} index for {@code status IN (...)}, but for the two statuses' conditions joined by
   * OR it read the whole table, delivered items and their payloads included (a third of a
   * back-fill's processor time once the outbox held 40,000 delivered items).
   */
  private static final String CLAIMABLE_ROW =
      "o.status IN ('PENDING', 'IN_FLIGHT') AND " + CLAIMABLE;

  private static final String NOTHING_EARLIER_TO_SEND =
      "NOT EXISTS (SELECT 1 FROM outbox e WHERE e.reference = o.reference"
          + " AND e.channel = o.channel AND e.id < o.id"
          + " AND e.status IN ('PENDING', 'IN_FLIGHT'))";

  /** The ids of the items a claim takes, most overdue first. */
  static final String CLAIM_DUE =
      "SELECT o.id FROM outbox o WHERE "
          + CLAIMABLE_ROW
          + " AND "
          + NOTHING_EARLIER_TO_SEND
          + " ORDER BY o.next_attempt_at, o.id LIMIT :limit FOR UPDATE SKIP LOCKED";

  private final NamedParameterJdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final StoreJson json;
  private final Clock clock;
  private final OutboxProperties settings;
  private final DeadLetters deadLetters;
  private final RandomGenerator jitter;
  private final NodeName node;

  /** Items that went whose delivered mark could not be written: written before the next claim. */
  private final Set<Long> wentUnmarked = ConcurrentHashMap.newKeySet();

  /** Failed attempts that could not be recorded: recorded before the next claim. */
  private final Map<Long, Failure> failuresUnrecorded = new ConcurrentHashMap<>();

  private record Failure(String error, Instant notBefore) {}

  @Autowired
  public Outbox(
      NamedParameterJdbcTemplate jdbc,
      PlatformTransactionManager transactions,
      StoreJson json,
      Clock clock,
      OutboxProperties settings,
      DeadLetters deadLetters,
      NodeName node) {
    this(jdbc, transactions, json, clock, settings, deadLetters, node, new Random());
  }

  /**
   * @param jitter where the back-off's random part comes from; tests pin it
   */
  public Outbox(
      NamedParameterJdbcTemplate jdbc,
      PlatformTransactionManager transactions,
      StoreJson json,
      Clock clock,
      OutboxProperties settings,
      DeadLetters deadLetters,
      NodeName node,
      RandomGenerator jitter) {
    this.jdbc = jdbc;
    this.node = node;
    this.deadLetters = deadLetters;
    this.tx = new TransactionTemplate(transactions);
    this.json = json;
    this.clock = clock;
    this.settings = settings;
    this.jitter = jitter;
  }

  /**
   * Claims up to {@code limit} items due now (waiting ones whose time has come, and claimed ones
   * whose sender's lease ran out) and first in line for their dispute and channel, each for the
   * claim lease, counting an attempt. Rows another node is claiming at the same moment are skipped,
   * not waited for. Items this node sent or failed but could not report yet are reported first:
   * should that fail, nothing is claimed (the database is not there).
   */
  public List<OutboxItem> claimDue(int limit) {
    reportLate();
    Instant now = clock.instant();
    List<OutboxItem> claimed =
        tx.execute(
            s -> {
              List<Long> ids =
                  jdbc.queryForList(CLAIM_DUE, claimable(now).addValue("limit", limit), Long.class);
              if (ids.isEmpty()) {
                return List.<OutboxItem>of();
              }
              // To the microsecond, as both databases keep it, so that it reads back equal.
              Instant until = now.plus(settings.claimLease()).truncatedTo(ChronoUnit.MICROS);
              jdbc.update(
                  "UPDATE outbox SET status = 'IN_FLIGHT', attempts = attempts + 1,"
                      + " claimed_until = :until, claimed_by = :node, claimed_run = :run"
                      + " WHERE id IN (:ids) AND "
                      + CLAIMABLE,
                  claimable(now).addValue("until", Times.column(until)).addValue("ids", ids));
              return items(ids, until);
            });
    return claimed == null ? List.of() : claimed;
  }

  private MapSqlParameterSource claimable(Instant now) {
    return new MapSqlParameterSource("now", Times.column(now))
        .addValue("node", node.name())
        .addValue("run", node.run());
  }

  /**
   * Just before the item is sent: renews its claim for a full lease if it is still this sender's,
   * that is still in flight on the attempt it was claimed for. A sender whose lease ran out while
   * earlier items of its batch were sent finds the item taken over (or already delivered) by
   * another node and must not send it.
   *
   * <p>An item claimed so recently that more than half its lease is left is not asked about: no
   * other node may take it over before its lease runs out, and half a lease (2.5 minutes by
   * default) is more than a send may take (its time-outs). This spares a write for each item of a
   * round, the most of the outbox's work in a back-fill.
   *
   * @return false when the claim was lost
   */
  public boolean renewClaim(OutboxItem item) {
    Instant now = clock.instant();
    if (item.claimedUntil() != null
        && now.plus(settings.claimLease().dividedBy(2)).isBefore(item.claimedUntil())) {
      return true;
    }
    return jdbc.update(
            "UPDATE outbox SET claimed_until = :until WHERE id = :id AND status = 'IN_FLIGHT'"
                + " AND attempts = :attempt",
            new MapSqlParameterSource("id", item.id())
                .addValue("attempt", item.attempts())
                .addValue("until", Times.column(now.plus(settings.claimLease()))))
        == 1;
  }

  /**
   * The item was sent.
   *
   * @return false when it was not in flight (already reported, or replayed)
   */
  public boolean delivered(long id) {
    return deliveredAll(List.of(id)) == 1;
  }

  /**
   * The items went: marked delivered, whatever the database does meanwhile. A failed mark is tried
   * again after a short wait, a few times; if it still fails the items are kept by this node and
   * marked before its next claim. So a mark that failed never counts as a failed attempt, and never
   * frees the item to be sent again by this node. Another node takes it only after its lease, as
   * for a node that stopped.
   */
  public void went(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return;
    }
    for (int attempt = 1; ; attempt++) {
      try {
        deliveredAll(ids);
        return;
      } catch (DataAccessException e) {
        if (attempt == MARK_ATTEMPTS
            || !pause(MARK_FIRST_WAIT.multipliedBy(1L << (2 * (attempt - 1))))) {
          LOG.warn(
              "{} outbox items went but could not be marked delivered ({}); marked before the"
                  + " next claim",
              ids.size(),
              e.getClass().getSimpleName());
          wentUnmarked.addAll(ids);
          return;
        }
      }
    }
  }

  /**
   * The attempt failed, and the failure could not be recorded (the database failed): it is recorded
   * before this node's next claim. The item is not sent meanwhile.
   */
  public void failedLater(long id, String error, Instant notBefore) {
    failuresUnrecorded.put(id, new Failure(error, notBefore));
  }

  /** Writes what this node could not report when it happened: marks first, then failures. */
  private void reportLate() {
    if (!wentUnmarked.isEmpty()) {
      List<Long> ids = List.copyOf(wentUnmarked);
      deliveredAll(ids);
      ids.forEach(wentUnmarked::remove);
    }
    for (Map.Entry<Long, Failure> late : Map.copyOf(failuresUnrecorded).entrySet()) {
      if (!wentUnmarked.contains(late.getKey())) {
        failed(late.getKey(), late.getValue().error(), late.getValue().notBefore());
      }
      failuresUnrecorded.remove(late.getKey());
    }
  }

  /** Waits before a mark is tried again; false when the thread was interrupted. */
  private static boolean pause(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * The items were sent: marked delivered together, in one statement.
   *
   * @return how many were in flight and are now delivered
   */
  public int deliveredAll(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return 0;
    }
    return jdbc.update(
        "UPDATE outbox SET status = 'DELIVERED', delivered_at = :now, claimed_until = NULL"
            + " WHERE id IN (:ids) AND status = 'IN_FLIGHT'",
        new MapSqlParameterSource("now", Times.column(clock.instant())).addValue("ids", ids));
  }

  /**
   * The attempt failed: the item waits for its next attempt, or is dead after the last.
   *
   * @param error what went wrong, as the sender words it: status codes and exception types, never
   *     personal data; kept to {@value #MOST_ERROR_CHARACTERS} characters
   * @return false when it was not in flight
   */
  public boolean failed(long id, String error) {
    return failed(id, error, null);
  }

  /**
   * The attempt failed and the target said when to come back ({@code Retry-After}): the next
   * attempt is after the back-off and not before that time.
   *
   * @param notBefore the earliest next attempt the target asked for; null when it gave none
   * @return false when it was not in flight
   */
  public boolean failed(long id, String error, Instant notBefore) {
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
                      .addValue("next", Times.column(dead ? now : next(now, attempts, notBefore)))
                      .addValue("error", shortened(error)));
              return true;
            });
    return Boolean.TRUE.equals(changed);
  }

  private Instant next(Instant now, int attempts, Instant notBefore) {
    Instant backOff = now.plus(settings.waitAfter(attempts, jitter));
    return notBefore != null && notBefore.isAfter(backOff) ? notBefore : backOff;
  }

  /**
   * A dead item is tried again now, with its attempts counted afresh. It holds back the items
   * queued after it for its dispute and channel that are still waiting.
   *
   * @return false when it was not dead
   */
  public boolean replay(long id) {
    return jdbc.update(
            "UPDATE outbox SET status = 'PENDING', attempts = 0, next_attempt_at = :now,"
                + " claimed_until = NULL WHERE id = :id AND status = 'DEAD'",
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
   * When the oldest item still to be delivered (waiting or in flight) was queued; empty when none
   * is.
   */
  public Optional<Instant> oldestWaiting() {
    return Optional.ofNullable(
        jdbc.query(
            "SELECT MIN(created_at) AS oldest FROM outbox WHERE status IN ('PENDING', 'IN_FLIGHT')",
            rs -> rs.next() ? Times.read(rs, "oldest") : null));
  }

  /**
   * Queues a delivery, due now, in the caller's transaction.
   *
   * @return false when one with the same idempotency key is already queued: it is not queued twice
   */
  boolean add(Delivery delivery, Instant now) {
    return addAll(List.of(delivery), now) == 1;
  }

  /**
   * Queues deliveries, due now, in the caller's transaction and in their order (so the order of a
   * dispute's items on a channel is kept): one query for the keys already queued, then the rest
   * inserted in one batch. A delivery whose key is already queued, or comes earlier in the list, is
   * not queued twice.
   *
   * @return how many were queued
   */
  public int addAll(List<Delivery> deliveries, Instant now) {
    Set<String> queued = new HashSet<>();
    for (int from = 0; from < deliveries.size(); from += MOST_KEYS_A_QUERY) {
      List<String> keys =
          deliveries.subList(from, Math.min(deliveries.size(), from + MOST_KEYS_A_QUERY)).stream()
              .map(Delivery::idempotencyKey)
              .toList();
      queued.addAll(
          jdbc.queryForList(
              "SELECT idempotency_key FROM outbox WHERE idempotency_key IN (:keys)",
              Map.of("keys", keys),
              String.class));
    }
    List<MapSqlParameterSource> rows = new ArrayList<>();
    for (Delivery delivery : deliveries) {
      if (queued.add(delivery.idempotencyKey())) {
        rows.add(row(delivery, now));
      }
    }
    if (!rows.isEmpty()) {
      jdbc.batchUpdate(INSERT, rows.toArray(MapSqlParameterSource[]::new));
    }
    return rows.size();
  }

  private MapSqlParameterSource row(Delivery delivery, Instant now) {
    return new MapSqlParameterSource("key", delivery.idempotencyKey())
        .addValue("reference", delivery.reference())
        .addValue("system", delivery.systemId())
        .addValue("kind", DeliveryKind.of(delivery).name())
        .addValue("channel", OutboxChannel.of(delivery).name())
        .addValue("payload", json.write(delivery))
        .addValue("now", Times.column(now));
  }

  /** Of the items {@code ids}, those this claim took: in flight until {@code claimedUntil}. */
  private List<OutboxItem> items(List<Long> ids, Instant claimedUntil) {
    return jdbc.query(
        "SELECT id, idempotency_key, reference, system_id, kind, payload, attempts FROM outbox"
            + " WHERE id IN (:ids) AND status = 'IN_FLIGHT' AND claimed_until = :until ORDER BY id",
        new MapSqlParameterSource("ids", ids).addValue("until", Times.column(claimedUntil)),
        (rs, i) ->
            new OutboxItem(
                rs.getLong("id"),
                rs.getString("idempotency_key"),
                rs.getString("reference"),
                rs.getString("system_id"),
                json.readDelivery(
                    DeliveryKind.valueOf(rs.getString("kind")), rs.getString("payload")),
                rs.getInt("attempts"),
                claimedUntil));
  }

  private static String shortened(String error) {
    return error == null || error.length() <= MOST_ERROR_CHARACTERS
        ? error
        : error.substring(0, MOST_ERROR_CHARACTERS);
  }
}

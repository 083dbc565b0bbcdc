package uk.irodispute.store;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Outbox items a dry run ({@code iro.dry-run}) decided but did not send. The deliver route holds
 * each claimed item instead of sending it ({@link OutboxStatus#HELD}); once the dry run is switched
 * off, operations send the held items (they wait their turn as any new item) or discard them
 * ({@link OutboxStatus#DISCARDED}, kept and never sent). A held item does not hold back the items
 * queued after it for its dispute, so one sent later arrives after them.
 */
@Component
public class HeldDeliveries {

  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;

  public HeldDeliveries(NamedParameterJdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Holds a claimed item instead of sending it, if it is still this sender's (in flight on the
   * attempt it was claimed for).
   *
   * @return false when another sender took it over: it is left alone
   */
  public boolean hold(OutboxItem item) {
    return jdbc.update(
            "UPDATE outbox SET status = 'HELD', claimed_until = NULL WHERE id = :id"
                + " AND status = 'IN_FLIGHT' AND attempts = :attempt",
            new MapSqlParameterSource("id", item.id()).addValue("attempt", item.attempts()))
        == 1;
  }

  /**
   * The held items, oldest first, at most {@code limit}.
   *
   * @param systemId only this system's; null for every system
   * @param reference only this dispute's; null for every dispute
   */
  public List<Held> list(String systemId, String reference, int limit) {
    return jdbc.query(
        "SELECT id, idempotency_key, reference, system_id, kind, created_at FROM outbox WHERE "
            + matching(systemId, reference)
            + " ORDER BY id LIMIT :limit",
        filter(systemId, reference).addValue("limit", limit),
        (rs, i) ->
            new Held(
                rs.getLong("id"),
                rs.getString("idempotency_key"),
                rs.getString("reference"),
                rs.getString("system_id"),
                DeliveryKind.valueOf(rs.getString("kind")),
                Times.read(rs, "created_at")));
  }

  /** How many items are held, of the system and dispute given (null for any). */
  public long count(String systemId, String reference) {
    Long count =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM outbox WHERE " + matching(systemId, reference),
            filter(systemId, reference),
            Long.class);
    return count == null ? 0 : count;
  }

  /**
   * Puts the held items back in the outbox to be sent now, with their attempts afresh, in the order
   * they were decided.
   *
   * @return how many
   */
  public int send(String systemId, String reference) {
    return jdbc.update(
        "UPDATE outbox SET status = 'PENDING', attempts = 0, next_attempt_at = :now,"
            + " claimed_until = NULL WHERE "
            + matching(systemId, reference),
        filter(systemId, reference).addValue("now", Times.column(clock.instant())));
  }

  /**
   * Discards the held items: they stay in the outbox, {@link OutboxStatus#DISCARDED}, never sent.
   *
   * @return how many
   */
  public int discard(String systemId, String reference) {
    return jdbc.update(
        "UPDATE outbox SET status = 'DISCARDED' WHERE " + matching(systemId, reference),
        filter(systemId, reference));
  }

  /** Held items of the system and dispute, each condition left out when not given. */
  private static String matching(String systemId, String reference) {
    return "status = 'HELD'"
        + (systemId == null ? "" : " AND system_id = :system")
        + (reference == null ? "" : " AND reference = :reference");
  }

  private static MapSqlParameterSource filter(String systemId, String reference) {
    return new MapSqlParameterSource("system", systemId).addValue("reference", reference);
  }

  /**
   * A held item, as operations see it: what and where, never its content.
   *
   * @param id the outbox row
   * @param idempotencyKey its key
   * @param reference the dispute; null for a rejected note's alert
   * @param systemId the system it belongs to
   * @param kind HTTP request, table row, file or mail
   * @param decidedAt when the decision queued it
   */
  public record Held(
      long id,
      String idempotencyKey,
      String reference,
      String systemId,
      DeliveryKind kind,
      Instant decidedAt) {}
}

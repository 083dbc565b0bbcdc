package uk.irodispute.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The outbox as operations read it: items of one status, newest first, a page at a time, and one
 * item after an attempt. What and where, how it went, never the content.
 */
@Component
public class OutboxListing {

  private static final String COLUMNS =
      "id, idempotency_key, reference, system_id, kind, status, attempts, last_error,"
          + " next_attempt_at, created_at";

  private static final RowMapper<Entry> ENTRY =
      (rs, n) ->
          new Entry(
              rs.getLong("id"),
              rs.getString("idempotency_key"),
              rs.getString("reference"),
              rs.getString("system_id"),
              DeliveryKind.valueOf(rs.getString("kind")),
              OutboxStatus.valueOf(rs.getString("status")),
              rs.getInt("attempts"),
              rs.getString("last_error"),
              Times.read(rs, "next_attempt_at"),
              Times.read(rs, "created_at"));

  private final NamedParameterJdbcTemplate jdbc;

  public OutboxListing(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * One page of the items in a status, newest first.
   *
   * @param page from 0
   * @param size items a page, 1 or more
   */
  public List<Entry> list(OutboxStatus status, int page, int size) {
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM outbox WHERE status = :status ORDER BY created_at DESC, id DESC"
            + " LIMIT :size OFFSET :offset",
        new MapSqlParameterSource("status", status.name())
            .addValue("size", size)
            .addValue("offset", (long) page * size),
        ENTRY);
  }

  /** How many items are in the status. */
  public long count(OutboxStatus status) {
    Long count =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM outbox WHERE status = :status",
            new MapSqlParameterSource("status", status.name()),
            Long.class);
    return count == null ? 0 : count;
  }

  /** One item as it is now; empty when there is none with the id. */
  public Optional<Entry> find(long id) {
    return jdbc
        .query(
            "SELECT " + COLUMNS + " FROM outbox WHERE id = :id",
            new MapSqlParameterSource("id", id),
            ENTRY)
        .stream()
        .findFirst();
  }

  /** A dispute's items, oldest first. */
  public List<Entry> ofDispute(String reference) {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM outbox WHERE reference = :reference ORDER BY id",
        new MapSqlParameterSource("reference", reference),
        ENTRY);
  }

  /**
   * An outbox item as operations see it.
   *
   * @param id the outbox row
   * @param idempotencyKey its key
   * @param reference the dispute; null for a rejected note's alert or a digest
   * @param systemId the system it belongs to
   * @param kind HTTP request, table row, file or mail
   * @param status where it is on its way out
   * @param attempts attempts made (counted when claimed)
   * @param lastError the last attempt's failure, in words, redacted; null when none failed
   * @param nextAttemptAt when it is tried next (for a waiting item)
   * @param createdAt when the decision queued it
   */
  public record Entry(
      long id,
      String idempotencyKey,
      String reference,
      String systemId,
      DeliveryKind kind,
      OutboxStatus status,
      int attempts,
      String lastError,
      Instant nextAttemptAt,
      Instant createdAt) {}
}

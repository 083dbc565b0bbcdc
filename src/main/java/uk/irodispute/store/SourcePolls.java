package uk.irodispute.store;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How each source's polls are going, in the database the nodes share ({@code source_polls}), so
 * that every node judges a source by the polls any node ran. Written after each page and each
 * failed run; one poll of a source runs at a time in the cluster, so writes to a row do not race
 * but for the very first.
 */
@Component
public class SourcePolls {

  /**
   * @param lastSuccess when a page was last read and committed; null before the first
   * @param lastFailure when a run last stopped on an error; null before the first
   * @param lastReason why, as the poll worded it (no note content, secrets redacted)
   * @param failuresInARow runs failed since the last success
   */
  public record Record(
      Instant lastSuccess, Instant lastFailure, String lastReason, int failuresInARow) {}

  static final int MOST_REASON_CHARACTERS = 1000;

  private final NamedParameterJdbcTemplate jdbc;

  public SourcePolls(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A page of the system's notes was read and committed. */
  public void succeeded(String systemId, Instant at) {
    write(
        "UPDATE source_polls SET last_success_at = :at, failures_in_a_row = 0"
            + " WHERE system_id = :system",
        "INSERT INTO source_polls (system_id, last_success_at, failures_in_a_row)"
            + " VALUES (:system, :at, 0)",
        new MapSqlParameterSource("system", systemId).addValue("at", Times.column(at)));
  }

  /** A run of the system's poll stopped on an error. */
  public void failed(String systemId, Instant at, String reason) {
    String kept =
        reason == null || reason.length() <= MOST_REASON_CHARACTERS
            ? reason
            : reason.substring(0, MOST_REASON_CHARACTERS);
    write(
        "UPDATE source_polls SET last_failure_at = :at, last_reason = :reason,"
            + " failures_in_a_row = failures_in_a_row + 1 WHERE system_id = :system",
        "INSERT INTO source_polls (system_id, last_failure_at, last_reason, failures_in_a_row)"
            + " VALUES (:system, :at, :reason, 1)",
        new MapSqlParameterSource("system", systemId)
            .addValue("at", Times.column(at))
            .addValue("reason", kept));
  }

  /** The system's record; empty before any node polled it. */
  public Optional<Record> of(String systemId) {
    return Optional.ofNullable(read("WHERE system_id = :system", systemId).get(systemId));
  }

  /** Every system's record, by system id. */
  public Map<String, Record> all() {
    return read("", null);
  }

  private Map<String, Record> read(String where, String systemId) {
    Map<String, Record> records = new LinkedHashMap<>();
    jdbc.query(
        "SELECT system_id, last_success_at, last_failure_at, last_reason, failures_in_a_row"
            + " FROM source_polls "
            + where
            + " ORDER BY system_id",
        new MapSqlParameterSource("system", systemId),
        rs -> {
          records.put(
              rs.getString("system_id"),
              new Record(
                  Times.read(rs, "last_success_at"),
                  Times.read(rs, "last_failure_at"),
                  rs.getString("last_reason"),
                  rs.getInt("failures_in_a_row")));
        });
    return records;
  }

  /** The update, or the insert when the row is not there yet (and the update if another won). */
  private void write(String update, String insert, MapSqlParameterSource values) {
    if (jdbc.update(update, values) > 0) {
      return;
    }
    try {
      jdbc.update(insert, values);
    } catch (DuplicateKeyException inserted) {
      jdbc.update(update, values);
    }
  }
}

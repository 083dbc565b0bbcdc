package uk.irodispute.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import uk.irodispute.core.engine.DisputeEvent;
import uk.irodispute.core.engine.EventType;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.core.model.DisputeReference;
import uk.irodispute.store.StoreJson;

/**
 * Reads disputes and their events from the store for the reports: the state JSON of the {@code
 * disputes} table and the rows of {@code dispute_events}, two queries a report. Read-only.
 */
public class StoredHistories {

  private static final String OPEN = "status IN ('OPEN', 'PAUSED')";

  private final NamedParameterJdbcTemplate jdbc;
  private final StoreJson json;

  public StoredHistories(NamedParameterJdbcTemplate jdbc, StoreJson json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Disputes raised from {@code from} (inclusive) to {@code to} (exclusive). */
  public List<DisputeHistory> raisedBetween(Instant from, Instant to) {
    return histories(
        "raised_at >= :from AND raised_at < :to",
        new MapSqlParameterSource("from", column(from)).addValue("to", column(to)));
  }

  /** Every open or paused dispute, the longest-running first. */
  public List<DisputeHistory> open() {
    return histories(OPEN, new MapSqlParameterSource());
  }

  /**
   * Disputes raised before {@code to} that were raised from {@code from} or were still open or
   * changed at or after it: every dispute an annual report or a digest for that period can count.
   */
  public List<DisputeHistory> activeBetween(Instant from, Instant to) {
    return histories(
        "raised_at < :to AND (raised_at >= :from OR " + OPEN + " OR updated_at >= :from)",
        new MapSqlParameterSource("from", column(from)).addValue("to", column(to)));
  }

  private List<DisputeHistory> histories(String where, MapSqlParameterSource params) {
    Map<String, Dispute> disputes = new LinkedHashMap<>();
    jdbc.query(
        "SELECT reference, state FROM disputes WHERE " + where + " ORDER BY raised_at, reference",
        params,
        rs -> {
          disputes.put(rs.getString("reference"), json.readDispute(rs.getString("state")));
        });
    Map<String, List<DisputeEvent>> events = new LinkedHashMap<>();
    disputes.keySet().forEach(ref -> events.put(ref, new ArrayList<>()));
    jdbc.query(
        "SELECT reference, sequence_no, occurred_at, event_type, stage_id, command_id, details"
            + " FROM dispute_events WHERE reference IN (SELECT reference FROM disputes WHERE "
            + where
            + ") ORDER BY reference, sequence_no",
        params,
        rs -> {
          String ref = rs.getString("reference");
          List<DisputeEvent> of = events.get(ref);
          if (of != null) {
            of.add(event(rs, ref));
          }
        });
    return disputes.entrySet().stream()
        .map(d -> new DisputeHistory(d.getValue(), events.get(d.getKey())))
        .toList();
  }

  private DisputeEvent event(ResultSet rs, String reference) throws SQLException {
    return new DisputeEvent(
        new DisputeReference(reference),
        rs.getLong("sequence_no"),
        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
        EventType.valueOf(rs.getString("event_type")),
        rs.getString("stage_id"),
        rs.getString("command_id"),
        json.readDetails(rs.getString("details")));
  }

  private static OffsetDateTime column(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }
}

package uk.irodispute.store;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.irodispute.core.engine.DisputeEvent;
import uk.irodispute.core.engine.EventType;
import uk.irodispute.core.model.DisputeReference;

/** Each dispute's history, append-only: rows are inserted, never changed. */
@Component
public class DisputeEvents {

  private final NamedParameterJdbcTemplate jdbc;
  private final StoreJson json;

  public DisputeEvents(NamedParameterJdbcTemplate jdbc, StoreJson json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** The dispute's events in order. */
  public List<DisputeEvent> of(DisputeReference reference) {
    return jdbc.query(
        "SELECT sequence_no, occurred_at, event_type, stage_id, command_id, details"
            + " FROM dispute_events WHERE reference = :reference ORDER BY sequence_no",
        Map.of("reference", reference.value()),
        (rs, i) ->
            new DisputeEvent(
                reference,
                rs.getLong("sequence_no"),
                Times.read(rs, "occurred_at"),
                EventType.valueOf(rs.getString("event_type")),
                rs.getString("stage_id"),
                rs.getString("command_id"),
                json.readDetails(rs.getString("details"))));
  }

  /** Appends the events, in their order, with one batch of inserts. */
  public void append(List<DisputeEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    jdbc.batchUpdate(
        "INSERT INTO dispute_events (reference, sequence_no, occurred_at, event_type, stage_id,"
            + " command_id, details) VALUES (:reference, :sequence, :at, :type, :stage,"
            + " :command, :details)",
        events.stream().map(this::row).toArray(MapSqlParameterSource[]::new));
  }

  private MapSqlParameterSource row(DisputeEvent e) {
    return new MapSqlParameterSource("reference", e.reference().value())
        .addValue("sequence", e.sequence())
        .addValue("at", Times.column(e.at()))
        .addValue("type", e.type().name())
        .addValue("stage", e.stageId())
        .addValue("command", e.commandId())
        .addValue("details", json.writeDetails(e.details()));
  }
}

package uk.irodispute.store;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dead-letter records: notes the adapter could not take and deliveries that failed their last
 * attempt. Recording joins the caller's transaction when there is one.
 */
@Component
public class DeadLetters {

  static final int MOST_REASON_CHARACTERS = 2000;

  private static final String COLUMNS =
      "id, kind, system_id, reference, note_id, note_version, outbox_id, reason_code, reason,"
          + " status, recorded_at, resolved_at";

  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;

  public DeadLetters(NamedParameterJdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Records a note that was not taken. A note read again before operations act on it (the same
   * system, id, version and reason, still open) is not recorded twice.
   *
   * @param noteId the note's id, or {@code position N} when it had none
   * @param noteVersion its version, or null when it could not be read
   * @return false when the same note was already open with the same reason
   */
  public boolean recordNote(
      String systemId, String noteId, String noteVersion, DeadLetterReason code, String reason) {
    Integer open =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM dead_letters WHERE kind = 'NOTE' AND status = 'OPEN'"
                + " AND system_id = :system AND note_id = :note AND reason_code = :code"
                + " AND (note_version = :version OR (note_version IS NULL AND :version IS NULL))",
            new MapSqlParameterSource("system", systemId)
                .addValue("note", noteId)
                .addValue("version", noteVersion, java.sql.Types.VARCHAR)
                .addValue("code", code.name()),
            Integer.class);
    if (open != null && open > 0) {
      return false;
    }
    insert(
        new MapSqlParameterSource("kind", DeadLetter.Kind.NOTE.name())
            .addValue("system", systemId)
            .addValue("reference", null)
            .addValue("note", noteId)
            .addValue("version", noteVersion)
            .addValue("outbox", null)
            .addValue("code", code.name())
            .addValue("reason", shortened(reason)));
    return true;
  }

  /**
   * Whether a dead letter holds this note version back: one still open, or one operations
   * discarded. A note version is then not taken when it is read again (a note modified in the
   * future is read at every run until its time has come); a replayed dead letter holds nothing
   * back.
   */
  public boolean holds(String systemId, String noteId, String noteVersion) {
    Integer held =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM dead_letters WHERE kind = 'NOTE'"
                + " AND status IN ('OPEN', 'DISCARDED') AND system_id = :system"
                + " AND note_id = :note AND note_version = :version",
            new MapSqlParameterSource("system", systemId)
                .addValue("note", noteId)
                .addValue("version", noteVersion),
            Integer.class);
    return held != null && held > 0;
  }

  /** Records a delivery that failed its last attempt, in the transaction that marks it dead. */
  public void recordDelivery(long outboxId, String reference, String systemId, String reason) {
    insert(
        new MapSqlParameterSource("kind", DeadLetter.Kind.DELIVERY.name())
            .addValue("system", systemId)
            .addValue("reference", reference)
            .addValue("note", null)
            .addValue("version", null)
            .addValue("outbox", outboxId)
            .addValue("code", DeadLetterReason.DELIVERY_FAILED.name())
            .addValue("reason", shortened(reason)));
  }

  /** Every dead letter in a status, oldest first. */
  public List<DeadLetter> inStatus(DeadLetter.Status status) {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM dead_letters WHERE status = :status ORDER BY id",
        Map.of("status", status.name()),
        (rs, i) ->
            new DeadLetter(
                rs.getLong("id"),
                DeadLetter.Kind.valueOf(rs.getString("kind")),
                rs.getString("system_id"),
                rs.getString("reference"),
                rs.getString("note_id"),
                rs.getString("note_version"),
                rs.getObject("outbox_id", Long.class),
                rs.getString("reason_code"),
                rs.getString("reason"),
                DeadLetter.Status.valueOf(rs.getString("status")),
                Times.read(rs, "recorded_at"),
                Times.read(rs, "resolved_at")));
  }

  private void insert(MapSqlParameterSource values) {
    jdbc.update(
        "INSERT INTO dead_letters (kind, system_id, reference, note_id, note_version, outbox_id,"
            + " reason_code, reason, status, recorded_at) VALUES (:kind, :system, :reference,"
            + " :note, :version, :outbox, :code, :reason, 'OPEN', :now)",
        values.addValue("now", Times.column(clock.instant())));
  }

  private static String shortened(String reason) {
    String text = reason == null || reason.isBlank() ? "no reason given" : reason;
    return text.length() <= MOST_REASON_CHARACTERS
        ? text
        : text.substring(0, MOST_REASON_CHARACTERS);
  }
}

package uk.irodispute.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
          + " status, recorded_at, resolved_at, note_modified_at";

  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;

  public DeadLetters(NamedParameterJdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Records a note that was not taken. A note read again before operations act on it (the same
   * system, id, version and reason, still open) is not recorded twice; nor is one operations
   * discarded (the same, modified at the same time), which a source whose watermark has not moved
   * past it gives again at every poll.
   *
   * @param noteId the note's id, or {@code position N} when it had none
   * @param noteVersion its version, or null when it could not be read
   * @return false when the same note was already open, or discarded, with the same reason
   */
  public boolean recordNote(
      String systemId, String noteId, String noteVersion, DeadLetterReason code, String reason) {
    return recordNote(systemId, noteId, noteVersion, null, code, reason);
  }

  /**
   * Records a note that was not taken, with its modification time in its system, so that a replay
   * can move the system's watermark back and read the note again.
   *
   * @param noteModifiedAt the note's modification time as the source gave it; null when it could
   *     not be read (the letter then cannot be replayed)
   * @return false when the same note was already open, or discarded, with the same reason
   */
  public boolean recordNote(
      String systemId,
      String noteId,
      String noteVersion,
      Instant noteModifiedAt,
      DeadLetterReason code,
      String reason) {
    String sameTime =
        noteModifiedAt == null ? "note_modified_at IS NULL" : "note_modified_at = :modified";
    Integer known =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM dead_letters WHERE kind = 'NOTE'"
                + " AND system_id = :system AND note_id = :note AND reason_code = :code"
                + " AND (note_version = :version OR (note_version IS NULL AND :version IS NULL))"
                + " AND (status = 'OPEN' OR (status = 'DISCARDED' AND "
                + sameTime
                + "))",
            new MapSqlParameterSource("system", systemId)
                .addValue("note", noteId)
                .addValue("version", noteVersion, java.sql.Types.VARCHAR)
                .addValue("code", code.name())
                .addValue("modified", Times.column(noteModifiedAt)),
            Integer.class);
    if (known != null && known > 0) {
      return false;
    }
    insert(
        new MapSqlParameterSource("kind", DeadLetter.Kind.NOTE.name())
            .addValue("system", systemId)
            .addValue("reference", null)
            .addValue("note", noteId)
            .addValue("version", noteVersion)
            .addValue("modified", Times.column(noteModifiedAt))
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
            .addValue("modified", null)
            .addValue("outbox", outboxId)
            .addValue("code", DeadLetterReason.DELIVERY_FAILED.name())
            .addValue("reason", shortened(reason)));
  }

  /** Every dead letter in a status, oldest first. */
  public List<DeadLetter> inStatus(DeadLetter.Status status) {
    return find(DeadLetterFilter.inStatus(status));
  }

  /** The dead letters the filter matches, oldest first. */
  public List<DeadLetter> find(DeadLetterFilter filter) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    MapSqlParameterSource values = new MapSqlParameterSource();
    condition(where, values, "system_id", "system", filter.systemId());
    condition(where, values, "reference", "reference", filter.reference());
    condition(where, values, "reason_code", "code", filter.reasonCode());
    condition(
        where, values, "status", "status", filter.status() == null ? null : filter.status().name());
    condition(where, values, "kind", "kind", filter.kind() == null ? null : filter.kind().name());
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM dead_letters" + where + " ORDER BY id",
        values,
        (rs, i) -> read(rs));
  }

  /** One dead letter by its id. */
  public Optional<DeadLetter> byId(long id) {
    return jdbc
        .query(
            "SELECT " + COLUMNS + " FROM dead_letters WHERE id = :id",
            Map.of("id", id),
            (rs, i) -> read(rs))
        .stream()
        .findFirst();
  }

  /**
   * The letter's status, its row locked until the caller's transaction ends.
   *
   * @return empty when there is no letter with that id
   */
  public Optional<DeadLetter.Status> lockStatus(long id) {
    return jdbc
        .queryForList(
            "SELECT status FROM dead_letters WHERE id = :id FOR UPDATE",
            Map.of("id", id),
            String.class)
        .stream()
        .findFirst()
        .map(DeadLetter.Status::valueOf);
  }

  /** What operations did with a letter, first first. */
  public List<DeadLetterAction> actions(long id) {
    return jdbc.query(
        "SELECT id, dead_letter_id, action, actor, reason, acted_at FROM dead_letter_actions"
            + " WHERE dead_letter_id = :id ORDER BY id",
        Map.of("id", id),
        (rs, i) ->
            new DeadLetterAction(
                rs.getLong("id"),
                rs.getLong("dead_letter_id"),
                DeadLetterAction.Kind.valueOf(rs.getString("action")),
                rs.getString("actor"),
                rs.getString("reason"),
                Times.read(rs, "acted_at")));
  }

  /**
   * Logs what an operator did with a letter, in the caller's transaction.
   *
   * @param reason the operator's words; null or blank when none were given
   */
  public void recordAction(long id, DeadLetterAction.Kind action, String actor, String reason) {
    jdbc.update(
        "INSERT INTO dead_letter_actions (dead_letter_id, action, actor, reason, acted_at)"
            + " VALUES (:id, :action, :actor, :reason, :now)",
        new MapSqlParameterSource("id", id)
            .addValue("action", action.name())
            .addValue("actor", actor)
            .addValue("reason", operatorReason(reason))
            .addValue("now", Times.column(clock.instant())));
  }

  /**
   * Moves an open letter to replayed or discarded, in the caller's transaction.
   *
   * @return false when it was not open (another operator acted first)
   */
  public boolean resolve(long id, DeadLetter.Status status) {
    return jdbc.update(
            "UPDATE dead_letters SET status = :status, resolved_at = :now"
                + " WHERE id = :id AND status = 'OPEN'",
            new MapSqlParameterSource("id", id)
                .addValue("status", status.name())
                .addValue("now", Times.column(clock.instant())))
        == 1;
  }

  private static void condition(
      StringBuilder where, MapSqlParameterSource values, String column, String name, String value) {
    if (value != null) {
      where.append(" AND ").append(column).append(" = :").append(name);
      values.addValue(name, value);
    }
  }

  private static DeadLetter read(ResultSet rs) throws SQLException {
    return new DeadLetter(
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
        Times.read(rs, "resolved_at"),
        Times.read(rs, "note_modified_at"));
  }

  private void insert(MapSqlParameterSource values) {
    jdbc.update(
        "INSERT INTO dead_letters (kind, system_id, reference, note_id, note_version,"
            + " note_modified_at, outbox_id, reason_code, reason, status, recorded_at) VALUES"
            + " (:kind, :system, :reference, :note, :version, :modified, :outbox, :code, :reason,"
            + " 'OPEN', :now)",
        values.addValue("now", Times.column(clock.instant())));
  }

  /** An operator's reason as kept: null when none was given, else cut to the column's size. */
  private static String operatorReason(String reason) {
    if (reason == null || reason.isBlank()) {
      return null;
    }
    String text = reason.strip();
    return text.length() <= MOST_REASON_CHARACTERS
        ? text
        : text.substring(0, MOST_REASON_CHARACTERS);
  }

  private static String shortened(String reason) {
    String text = reason == null || reason.isBlank() ? "no reason given" : reason;
    return text.length() <= MOST_REASON_CHARACTERS
        ? text
        : text.substring(0, MOST_REASON_CHARACTERS);
  }
}

package uk.irodispute.store;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.irodispute.core.note.CaseNote;

/** Every case note version taken, with its outcome: never the note's text. */
@Component
public class ProcessedNotes {

  static final int MOST_REASON_CHARACTERS = 2000;

  private final NamedParameterJdbcTemplate jdbc;

  public ProcessedNotes(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** What became of this very note version, if it was taken before. */
  public Optional<IntakeResult> find(CaseNote note) {
    return jdbc
        .query(
            "SELECT outcome, reference, reason FROM processed_notes"
                + " WHERE system_id = :system AND note_id = :note AND note_version = :version",
            key(note).addValue("version", note.version()),
            (rs, i) ->
                new IntakeResult(
                    NoteOutcome.valueOf(rs.getString("outcome")),
                    rs.getString("reference"),
                    rs.getString("reason")))
        .stream()
        .findFirst();
  }

  /**
   * Another version of the same note that acted on a dispute, if any (the first taken). The rows
   * are few and put in order here: ordered by the database, PostgreSQL's generic plan may read the
   * system's notes in time order through {@code processed_notes_age} instead of the key.
   */
  public Optional<IntakeResult> actedVersion(CaseNote note) {
    return jdbc
        .query(
            "SELECT outcome, reference, reason, processed_at FROM processed_notes"
                + " WHERE system_id = :system AND note_id = :note AND note_version <> :version"
                + " AND outcome IN ('APPLIED', 'RECORDED_ONLY')",
            key(note).addValue("version", note.version()),
            (rs, i) ->
                new Taken(
                    note.noteId(),
                    null,
                    new IntakeResult(
                        NoteOutcome.valueOf(rs.getString("outcome")),
                        rs.getString("reference"),
                        rs.getString("reason")),
                    Times.read(rs, "processed_at")))
        .stream()
        .min(Comparator.comparing(Taken::at))
        .map(Taken::result);
  }

  /** A note version taken, what became of it, and when. */
  record Taken(String noteId, String version, IntakeResult result, Instant at) {}

  public void record(CaseNote note, IntakeResult result, Instant now) {
    jdbc.update(INSERT, values(note, result, now));
  }

  private static final String INSERT =
      "INSERT INTO processed_notes (system_id, note_id, note_version, processed_at, outcome,"
          + " reason, reference) VALUES (:system, :note, :version, :now, :outcome, :reason,"
          + " :reference)";

  private static MapSqlParameterSource values(CaseNote note, IntakeResult result, Instant now) {
    String reason = result.reason();
    if (reason != null && reason.length() > MOST_REASON_CHARACTERS) {
      reason = reason.substring(0, MOST_REASON_CHARACTERS);
    }
    return key(note)
        .addValue("version", note.version())
        .addValue("now", Times.column(now))
        .addValue("outcome", result.outcome().name())
        .addValue("reason", reason)
        .addValue("reference", result.reference());
  }

  private static MapSqlParameterSource key(CaseNote note) {
    return new MapSqlParameterSource(Map.of("system", note.systemId(), "note", note.noteId()));
  }
}

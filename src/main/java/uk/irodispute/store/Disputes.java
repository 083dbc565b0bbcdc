package uk.irodispute.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.core.model.DisputeReference;
import uk.irodispute.core.model.Subject;
import uk.irodispute.core.note.OpenDisputes;

/**
 * The disputes table: each dispute's state as JSON, with the columns searched on (subject, status,
 * next due time) beside it. Reads are public; writes belong to the intake and the tick, inside
 * their transactions.
 */
@Component
public class Disputes implements OpenDisputes {

  private static final String OPEN = "status IN ('OPEN', 'PAUSED')";

  private static final String UPDATE =
      "UPDATE disputes SET current_stage_id = :stage, status = :status,"
          + " next_due_at = :nextDue, state = :state, row_version = row_version + 1,"
          + " updated_at = :now WHERE reference = :reference AND row_version = :version";

  private final NamedParameterJdbcTemplate jdbc;
  private final StoreJson json;

  public Disputes(NamedParameterJdbcTemplate jdbc, StoreJson json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** The dispute with this reference, if there is one. */
  public Optional<Dispute> find(DisputeReference reference) {
    return jdbc
        .query(
            "SELECT state FROM disputes WHERE reference = :reference",
            Map.of("reference", reference.value()),
            (rs, i) -> json.readDispute(rs.getString("state")))
        .stream()
        .findFirst();
  }

  /** Every open or paused dispute, the longest-running first. */
  public List<Dispute> open() {
    return jdbc.query(
        "SELECT state FROM disputes WHERE " + OPEN + " ORDER BY raised_at, reference",
        Map.of(),
        (rs, i) -> json.readDispute(rs.getString("state")));
  }

  @Override
  public List<DisputeReference> about(Subject subject) {
    return jdbc.query(
        "SELECT reference FROM disputes WHERE system_id = :system AND person_id = :person AND "
            + OPEN
            + " ORDER BY raised_at, reference",
        Map.of("system", subject.sourceSystem(), "person", subject.personId()),
        (rs, i) -> new DisputeReference(rs.getString("reference")));
  }

  /** The dispute, its row locked until the transaction ends. */
  public Optional<StoredDispute> lock(DisputeReference reference) {
    return jdbc
        .query(
            "SELECT state, row_version FROM disputes WHERE reference = :reference FOR UPDATE",
            Map.of("reference", reference.value()),
            this::stored)
        .stream()
        .findFirst();
  }

  /**
   * Those of the disputes no other transaction has locked, each row locked until the transaction
   * ends; a dispute locked elsewhere is left out rather than waited for ({@code FOR UPDATE SKIP
   * LOCKED}, the same SQL on PostgreSQL and H2).
   */
  public List<StoredDispute> lockUnlocked(List<DisputeReference> references) {
    if (references.isEmpty()) {
      return List.of();
    }
    return jdbc.query(
        "SELECT state, row_version FROM disputes WHERE reference IN (:references)"
            + " FOR UPDATE SKIP LOCKED",
        Map.of("references", references.stream().map(DisputeReference::value).toList()),
        this::stored);
  }

  /**
   * Disputes whose next due time is at or before {@code now}, the most overdue first. Ordered by
   * the due time alone, the order of the {@code disputes_next_due_at} index, so the database reads
   * the first {@code limit} entries and stops, however many are due (with a second sort key it
   * would read and sort every due dispute for each batch).
   */
  public List<DisputeReference> dueBy(Instant now, int limit) {
    return jdbc.query(
        "SELECT reference FROM disputes WHERE next_due_at <= :now"
            + " ORDER BY next_due_at LIMIT :limit",
        new MapSqlParameterSource("now", Times.column(now)).addValue("limit", limit),
        (rs, i) -> new DisputeReference(rs.getString("reference")));
  }

  /**
   * @param outcomeSought what the chair seeks, as the system file words it; null when not known
   */
  public void insert(Dispute dispute, String outcomeSought, Instant now) {
    jdbc.update(
        "INSERT INTO disputes (reference, system_id, person_id, case_id, protocol_id,"
            + " current_stage_id, status, raised_at, next_due_at, state, row_version, updated_at,"
            + " outcome_sought)"
            + " VALUES (:reference, :system, :person, :case, :protocol, :stage, :status, :raised,"
            + " :nextDue, :state, 1, :now, :outcomeSought)",
        columns(dispute, now)
            .addValue("system", dispute.subject().sourceSystem())
            .addValue("person", dispute.subject().personId())
            .addValue("case", dispute.subject().caseId())
            .addValue("protocol", dispute.protocolId())
            .addValue("raised", Times.column(dispute.raisedAt()))
            .addValue("outcomeSought", outcomeSought));
  }

  /** What the chair seeks in each dispute that states it; disputes that do not are left out. */
  public Map<DisputeReference, String> outcomesSought(Collection<DisputeReference> references) {
    if (references.isEmpty()) {
      return Map.of();
    }
    Map<DisputeReference, String> found = new HashMap<>();
    jdbc.query(
        "SELECT reference, outcome_sought FROM disputes"
            + " WHERE reference IN (:references) AND outcome_sought IS NOT NULL",
        new MapSqlParameterSource(
            "references", references.stream().map(DisputeReference::value).toList()),
        (ResultSet rs) -> {
          found.put(
              new DisputeReference(rs.getString("reference")), rs.getString("outcome_sought"));
        });
    return found;
  }

  /**
   * @throws OptimisticLockingFailureException when the row changed since it was read
   */
  public void update(StoredDispute before, Dispute after, Instant now) {
    int updated = jdbc.update(UPDATE, columns(after, now).addValue("version", before.rowVersion()));
    if (updated != 1) {
      throw new OptimisticLockingFailureException(
          "dispute " + after.reference() + " changed since version " + before.rowVersion());
    }
  }

  /**
   * Updates each dispute in one batch, as {@link #update} does one.
   *
   * @throws OptimisticLockingFailureException when a row changed since it was read
   */
  public void updateAll(List<Change> changes, Instant now) {
    if (changes.isEmpty()) {
      return;
    }
    List<MapSqlParameterSource> rows = new ArrayList<>();
    for (Change c : changes) {
      rows.add(columns(c.after(), now).addValue("version", c.before().rowVersion()));
    }
    int[] updated = jdbc.batchUpdate(UPDATE, rows.toArray(MapSqlParameterSource[]::new));
    for (int i = 0; i < updated.length; i++) {
      if (updated[i] != 1 && updated[i] != Statement.SUCCESS_NO_INFO) {
        throw new OptimisticLockingFailureException(
            "dispute " + rows.get(i).getValue("reference") + " changed since it was read");
      }
    }
  }

  /**
   * A dispute to update.
   *
   * @param before as it was read and locked
   * @param after as it is now
   */
  public record Change(StoredDispute before, Dispute after) {}

  private MapSqlParameterSource columns(Dispute d, Instant now) {
    return new MapSqlParameterSource("reference", d.reference().value())
        .addValue("stage", d.currentStageId())
        .addValue("status", d.status().name())
        .addValue("nextDue", Times.column(d.nextDueAt().orElse(null)))
        .addValue("state", json.write(d))
        .addValue("now", Times.column(now));
  }

  private StoredDispute stored(ResultSet rs, int row) throws SQLException {
    return new StoredDispute(json.readDispute(rs.getString("state")), rs.getLong("row_version"));
  }
}

package uk.irodispute.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The database adapters under test share, read from the test: a new connection each query, since
 * the adapters come and go (an H2 file database is served by whichever adapter opened it first).
 */
final class AdapterDatabase {

  /** A note taken. */
  record TakenNote(String systemId, String noteId, String version, String outcome) {}

  /** An event in a dispute's history. */
  record Event(
      String reference, String type, String stageId, String commandId, Instant occurredAt) {}

  /** An outbox item. */
  record Item(String key, String kind, String status) {}

  private final JdbcTemplate jdbc;

  AdapterDatabase(String url, String user) {
    this.jdbc = new JdbcTemplate(new PatientDataSource(url, user));
  }

  /**
   * Connects once the file is free: an adapter killed a moment ago, or this JVM's own last
   * connection still closing the database, may hold H2's file lock for a moment (error 90020,
   * "database may be already in use").
   */
  private static final class PatientDataSource extends DriverManagerDataSource {

    private static final int FILE_IN_USE = 90020;

    PatientDataSource(String url, String user) {
      super(url, user, "");
    }

    @Override
    protected Connection getConnectionFromDriver(Properties properties) throws SQLException {
      AtomicReference<Connection> connection = new AtomicReference<>();
      Awaitility.await("the database file free")
          // A killed adapter's cut SMTP session fails a GreenMail thread; that is not this wait's.
          .dontCatchUncaughtExceptions()
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(200))
          .ignoreExceptionsMatching(
              e -> e instanceof SQLException sql && sql.getErrorCode() == FILE_IN_USE)
          .until(
              () -> {
                connection.set(PatientDataSource.super.getConnectionFromDriver(properties));
                return true;
              });
      return connection.get();
    }
  }

  List<TakenNote> takenNotes() {
    return jdbc.query(
        "SELECT system_id, note_id, note_version, outcome FROM processed_notes",
        (row, n) ->
            new TakenNote(row.getString(1), row.getString(2), row.getString(3), row.getString(4)));
  }

  List<Event> events() {
    return jdbc.query(
        "SELECT reference, event_type, stage_id, command_id, occurred_at FROM dispute_events"
            + " ORDER BY reference, sequence_no",
        (row, n) ->
            new Event(
                row.getString(1),
                row.getString(2),
                row.getString(3),
                row.getString(4),
                row.getObject(5, OffsetDateTime.class).toInstant()));
  }

  List<Item> outbox() {
    return jdbc.query(
        "SELECT idempotency_key, kind, status FROM outbox ORDER BY id",
        (row, n) -> new Item(row.getString(1), row.getString(2), row.getString(3)));
  }

  /** Whether the outbox holds mails and every one has gone. */
  boolean everyMailDelivered() {
    List<Item> mails = outbox().stream().filter(i -> "MAIL".equals(i.kind())).toList();
    return !mails.isEmpty() && mails.stream().allMatch(i -> "DELIVERED".equals(i.status()));
  }

  /** Whether the outbox holds items and every one has gone. */
  boolean everythingDelivered() {
    List<Item> items = outbox();
    return !items.isEmpty() && items.stream().allMatch(i -> "DELIVERED".equals(i.status()));
  }

  /** Every dispute's reference. */
  List<String> references() {
    return jdbc.queryForList("SELECT reference FROM disputes", String.class);
  }

  /** How many disputes have a due time at or before {@code now}. */
  int disputesDueBy(Instant now) {
    Integer due =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM disputes WHERE next_due_at <= ?",
            Integer.class,
            now.atOffset(ZoneOffset.UTC));
    return due == null ? 0 : due;
  }

  /** The Quartz instances (nodes) that have checked in. */
  List<String> nodes() {
    return jdbc.queryForList(
        "SELECT instance_name FROM qrtz_scheduler_state ORDER BY instance_name", String.class);
  }

  /** The node running a schedule's job now, if any. */
  Optional<String> nodeRunning(String group, String name) {
    return jdbc
        .queryForList(
            "SELECT instance_name FROM qrtz_fired_triggers WHERE job_group = ? AND job_name = ?"
                + " AND state = 'EXECUTING'",
            String.class,
            group,
            name)
        .stream()
        .findFirst();
  }

  /** The stored job's flags: {@code [runs one at a time, recovered after a crash]}. */
  List<Boolean> jobFlags(String group, String name) {
    return jdbc.queryForObject(
        "SELECT is_nonconcurrent, requests_recovery FROM qrtz_job_details"
            + " WHERE job_group = ? AND job_name = ?",
        (row, n) -> List.of(row.getBoolean(1), row.getBoolean(2)),
        group,
        name);
  }
}

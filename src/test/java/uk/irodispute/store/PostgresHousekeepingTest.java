package uk.irodispute.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import uk.irodispute.testing.MutableClock;
import uk.irodispute.testing.TestPostgres;

/**
 * Housekeeping's SQL and the V5 indexes on PostgreSQL, in a schema of the test's own; skipped
 * without PostgreSQL on {@code 127.0.0.1:5432} except under {@code CI=true}, as {@link
 * PostgresStoreTest}.
 */
class PostgresHousekeepingTest {

  private static final Instant START = Instant.parse("2026-11-04T10:00:00Z");

  private final String schema = "iro_housekeeping_" + UUID.randomUUID().toString().replace("-", "");
  private MutableClock clock;
  private TestStore store;

  @BeforeEach
  void freshSchema() throws SQLException {
    try (Connection c = TestPostgres.connect()) {
      c.createStatement().execute("CREATE SCHEMA " + schema);
    }
    clock = new MutableClock(START);
    store =
        TestStore.on(
            new DriverManagerDataSource(
                TestPostgres.URL + "?currentSchema=" + schema, TestPostgres.USER, ""),
            clock);
  }

  @AfterEach
  void dropSchema() throws SQLException {
    try (Connection c = TestPostgres.connect()) {
      c.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  @Test
  void recordsPastTheirRetentionAreDeletedAndTheRestKept() {
    store.intake.take(TestNotes.draftRaise("N-1", "1", START));
    store.intake.take(TestNotes.raise("N-2", "1", START));
    List<OutboxItem> items = store.outbox.claimDue(100);
    store.outbox.delivered(items.get(0).id());
    store.deadLetters.recordDelivery(items.get(1).id(), null, TestNotes.SYSTEM, "HTTP 503");
    store.watermarks.advance(
        TestNotes.SYSTEM, new Watermark(START.plus(Duration.ofDays(2)), "N-7", null));
    int outbox = store.count("outbox");

    clock.advance(Duration.ofDays(401));
    Housekeeping.Removed removed = store.housekeeping.run();

    assertThat(removed).isEqualTo(new Housekeeping.Removed(1, 1, 0, 0));
    assertThat(store.count("outbox")).isEqualTo(outbox - 1);
    assertThat(store.count("processed_notes")).isEqualTo(1);
    assertThat(store.count("dead_letters")).isEqualTo(1);
    assertThat(store.count("disputes")).isEqualTo(1);
  }
}

package uk.irodispute.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.irodispute.sandbox.NoteRequest;
import uk.irodispute.sandbox.SandboxChild;
import uk.irodispute.sandbox.SandboxMailServer;
import uk.irodispute.sandbox.SandboxSystem;

/**
 * Issue 18, finding 2: with the adapter's PostgreSQL connections terminated during a burst, a live
 * node sent mails and write-backs twice (a send that went, then a mark that failed, counted as a
 * failed attempt). Here a burst of dispute notes is polled and delivered while another connection
 * terminates every one of the adapter's connections ({@code pg_terminate_backend}, found by the
 * context's own application name) again and again; then every note is taken once, every delivery is
 * made, and no mail and no write-back went twice. Skipped without PostgreSQL on {@code
 * 127.0.0.1:5432}, except under {@code CI=true}, where it fails.
 */
class ConnectionDropEndToEndTest extends SandboxRun {

  private static final int OWN_HTTP_PORT = freePort();
  private static final int OWN_SMTP_PORT = freePort();
  private static final SandboxSystem LCS = SandboxSystem.LCS_API;
  private static final int NOTES = 16;

  static final String URL =
      System.getenv()
          .getOrDefault("IRO_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  static final String USER = System.getenv().getOrDefault("IRO_TEST_POSTGRES_USER", "postgres");

  private static final String SCHEMA = "iro_chaos_" + UUID.randomUUID().toString().replace("-", "");
  private static final String APPLICATION = "iro-chaos-" + SCHEMA.substring(10, 22);

  @Autowired NamedParameterJdbcTemplate jdbc;

  @DynamicPropertySource
  static void ownContextOnPostgres(DynamicPropertyRegistry registry) {
    ownContext(registry, "connection-drop-test", OWN_HTTP_PORT, OWN_SMTP_PORT);
    try (Connection c = DriverManager.getConnection(URL, USER, "")) {
      c.createStatement().execute("CREATE SCHEMA " + SCHEMA);
    } catch (SQLException e) {
      String why = "PostgreSQL is not reachable at " + URL + ": " + e.getMessage();
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(why + " (CI=true: this test must run)");
      }
      Assumptions.abort(why);
    }
    registry.add(
        "spring.datasource.url",
        () -> URL + "?currentSchema=" + SCHEMA + "&ApplicationName=" + APPLICATION);
    registry.add("spring.datasource.username", () -> USER);
    registry.add("spring.datasource.password", () -> "");
  }

  @AfterAll
  static void dropSchema() throws SQLException {
    try (Connection c = DriverManager.getConnection(URL, USER, "")) {
      c.createStatement().execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }
  }

  @Test
  void connectionsDroppedDuringABurstLoseNothingAndSendNothingTwice() throws Exception {
    List<SandboxChild> children = sandbox.addChildren(LCS, NOTES);
    for (SandboxChild child : children) {
      sandbox.record(
          NoteRequest.in(LCS, child.personId())
              .action("raise")
              .answer("track", child.track())
              .build());
    }

    AtomicInteger terminated = new AtomicInteger();
    ScheduledExecutorService dropper = Executors.newSingleThreadScheduledExecutor();
    try (Connection admin = DriverManager.getConnection(URL, USER, "")) {
      PreparedStatement kill =
          admin.prepareStatement(
              "SELECT COUNT(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                  + " WHERE application_name = ? AND pid <> pg_backend_pid()) t");
      kill.setString(1, APPLICATION);
      dropper.scheduleWithFixedDelay(
          () -> terminated.addAndGet(terminate(kill)), 0, 1000, TimeUnit.MILLISECONDS);
      await()
          .atMost(Duration.ofSeconds(90))
          .pollInterval(Duration.ofMillis(1))
          .ignoreExceptions()
          .untilAsserted(
              () -> {
                poll(LCS);
                deliver();
                assertThat(terminated.get()).as("connections terminated").isGreaterThan(10);
                assertThat(count("SELECT COUNT(*) FROM outbox WHERE status = 'DELIVERED'"))
                    .as("deliveries made while the connections drop")
                    .isGreaterThanOrEqualTo(NOTES);
              });
    } finally {
      dropper.shutdownNow();
      assertThat(dropper.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .untilAsserted(
            () -> {
              // An attempt the drops failed waits for its back-off.
              clock.advance(Duration.ofMinutes(1));
              poll(LCS);
              deliver();
              assertThat(count("SELECT COUNT(*) FROM processed_notes")).isEqualTo(NOTES);
              assertThat(outboxByStatusAndAttempts())
                  .as("every delivery made")
                  .allMatch(row -> row.startsWith("DELIVERED "));
            });

    assertThat(count("SELECT COUNT(*) FROM disputes")).as("a dispute a note").isEqualTo(NOTES);
    assertThat(count("SELECT COUNT(*) FROM processed_notes")).isEqualTo(NOTES);
    assertThat(count("SELECT COUNT(*) FROM dead_letters")).isZero();
    assertThat(count("SELECT COUNT(*) FROM outbox WHERE channel = 'CASE_SYSTEM'"))
        .as("a write-back a note")
        .isGreaterThanOrEqualTo(NOTES);
    assertThat(sandbox.writtenBack(LCS))
        .hasSize(count("SELECT COUNT(*) FROM outbox WHERE channel = 'CASE_SYSTEM'"));
    assertThat(sandbox.repeatedWriteBacks(LCS)).as("write-backs sent twice").isZero();
    Map<String, Set<String>> sendsByKey = mailSendsByKey();
    assertThat(sendsByKey.keySet())
        .containsExactlyInAnyOrderElementsOf(
            jdbc.getJdbcTemplate()
                .queryForList(
                    "SELECT idempotency_key FROM outbox WHERE channel = 'MAIL'", String.class));
    assertThat(sendsByKey.values()).as("mails sent twice").allMatch(sends -> sends.size() == 1);
  }

  /** The outbox's items as "status attempts", for what a failure shows. */
  private List<String> outboxByStatusAndAttempts() {
    return jdbc.getJdbcTemplate()
        .queryForList(
            "SELECT status || ' ' || attempts FROM outbox ORDER BY status, attempts", String.class);
  }

  /** Terminates the context's connections: how many there were. */
  private static int terminate(PreparedStatement kill) {
    try (ResultSet rs = kill.executeQuery()) {
      rs.next();
      return rs.getInt(1);
    } catch (SQLException e) {
      throw new IllegalStateException("the connection dropper failed", e);
    }
  }

  private int count(String sql) {
    Integer n = jdbc.getJdbcTemplate().queryForObject(sql, Integer.class);
    return n == null ? 0 : n;
  }

  /**
   * Each mail key, with the Message-IDs it was sent under: one a send, one a key when sent once.
   */
  private Map<String, Set<String>> mailSendsByKey() throws MessagingException {
    Map<String, Set<String>> sends = new HashMap<>();
    for (MimeMessage message : mail.greenMail().getReceivedMessages()) {
      String key = message.getHeader(SandboxMailServer.KEY_HEADER, null);
      sends.computeIfAbsent(key, k -> new HashSet<>()).add(message.getMessageID());
    }
    return sends;
  }
}

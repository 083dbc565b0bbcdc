package uk.irodispute.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import uk.irodispute.delivery.Delivery;
import uk.irodispute.store.Backlog;
import uk.irodispute.store.DeadLetterReason;
import uk.irodispute.store.DeadLetters;
import uk.irodispute.store.NodeName;
import uk.irodispute.store.Outbox;
import uk.irodispute.store.OutboxItem;
import uk.irodispute.store.OutboxProperties;
import uk.irodispute.store.OutboxQueue;
import uk.irodispute.store.StoreJson;
import uk.irodispute.testing.MutableClock;

/**
 * The outbox and dead-letter checks over a migrated database, on a clock the test moves: all well
 * while deliveries go; the outbox DOWN once a delivery has waited past the threshold; the dead
 * letters DOWN while one is open.
 */
class BacklogHealthTest {

  private static final Instant NOW = Instant.parse("2026-11-16T10:00:00Z");

  private final MutableClock clock = new MutableClock(NOW);
  private final NamedParameterJdbcTemplate jdbc;
  private final DeadLetters deadLetters;
  private final Outbox outbox;
  private final OutboxQueue queue;
  private final OutboxHealthIndicator outboxHealth;
  private final DeadLetterHealthIndicator deadLetterHealth;

  BacklogHealthTest() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:backlog-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    Flyway.configure()
        .dataSource(h2)
        .locations("classpath:db/migration", "classpath:db/vendor/h2")
        .load()
        .migrate();
    jdbc = new NamedParameterJdbcTemplate(h2);
    var transactions = new DataSourceTransactionManager(h2);
    deadLetters = new DeadLetters(jdbc, clock);
    outbox =
        new Outbox(
            jdbc,
            transactions,
            new StoreJson(),
            clock,
            new OutboxProperties(
                50, Duration.ofMinutes(5), Duration.ofSeconds(30), 2, Duration.ofHours(1), 0),
            deadLetters,
            NodeName.of("test-node"));
    queue = new OutboxQueue(outbox, transactions, clock);
    Backlog backlog = new Backlog(jdbc, outbox);
    outboxHealth = new OutboxHealthIndicator(backlog, clock, Duration.ofMinutes(10), 3);
    deadLetterHealth = new DeadLetterHealthIndicator(backlog, 0);
  }

  @Test
  void allWellWhileDeliveriesGoAndNothingIsOpen() {
    queue.queue(mail("K-1"));
    OutboxItem item = outbox.claimDue(10).get(0);
    outbox.delivered(item.id());

    Health health = outboxHealth.health();
    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails())
        .containsEntry("pending", 0L)
        .containsEntry("in_flight", 0L)
        .containsEntry("delivered", 1L)
        .containsEntry("dead", 0L)
        .containsEntry("deadLettersOpen", 0L)
        .doesNotContainKey("oldestWaitingSince");
    assertThat(deadLetterHealth.health().getStatus()).isEqualTo(Status.UP);
    assertThat(deadLetterHealth.health().getDetails()).containsEntry("open", 0L);
  }

  @Test
  void aDeliveryWaitingLongerThanTheThresholdTurnsTheOutboxDown() {
    queue.queue(mail("K-1"));
    clock.set(NOW.plus(Duration.ofMinutes(10)));
    Health waiting = outboxHealth.health();
    assertThat(waiting.getStatus()).as("ten minutes exactly: not yet stuck").isEqualTo(Status.UP);
    assertThat(waiting.getDetails())
        .containsEntry("pending", 1L)
        .containsEntry("failing", 0L)
        .containsEntry("oldestWaitingSince", NOW.toString())
        .containsEntry("oldestWaitingSeconds", 600L);

    clock.advance(Duration.ofSeconds(1));
    Health stuck = outboxHealth.health();
    assertThat(stuck.getStatus()).isEqualTo(Status.DOWN);
    assertThat(stuck.getDetails())
        .containsEntry("reason", "a delivery has waited longer than 10 minutes")
        .containsEntry("oldestWaitingSeconds", 601L);

    OutboxItem item = outbox.claimDue(10).get(0);
    outbox.delivered(item.id());
    assertThat(outboxHealth.health().getStatus()).as("delivered at last").isEqualTo(Status.UP);
  }

  @Test
  void aFailedAttemptDegradesTheOutboxAndTheThirdTurnsItDown() {
    queue.queue(mail("K-1"));
    assertThat(outboxHealth.health().getStatus()).as("queued, not tried").isEqualTo(Status.UP);

    failOnce();
    Health failedOnce = outboxHealth.health();
    assertThat(failedOnce.getStatus()).isEqualTo(OutboxHealthIndicator.DEGRADED);
    assertThat(failedOnce.getDetails())
        .containsEntry("reason", "a delivery failed and waits for its next attempt")
        .containsEntry("failing", 1L);

    failOnce();
    assertThat(outboxHealth.health().getStatus()).isEqualTo(OutboxHealthIndicator.DEGRADED);

    failOnce();
    Health failedThrice = outboxHealth.health();
    assertThat(failedThrice.getStatus()).isEqualTo(Status.DOWN);
    assertThat(failedThrice.getDetails())
        .containsEntry("reason", "a delivery has failed 3 attempts");

    clock.advance(Duration.ofMinutes(3));
    OutboxItem item = outbox.claimDue(10).get(0);
    outbox.delivered(item.id());
    assertThat(outboxHealth.health().getStatus()).as("delivered at last").isEqualTo(Status.UP);
  }

  /** Claims the item as soon as it is due and fails it, within the waiting threshold. */
  private void failOnce() {
    clock.advance(Duration.ofSeconds(1));
    List<OutboxItem> due = List.of();
    for (int second = 0; due.isEmpty() && second < 120; second++) {
      due = outbox.claimDue(10);
      if (due.isEmpty()) {
        clock.advance(Duration.ofSeconds(1));
      }
    }
    assertThat(due).as("due again within two minutes").hasSize(1);
    outbox.failed(due.get(0).id(), "the mail server refused the connection");
  }

  @Test
  void anOpenDeadLetterTurnsTheDeadLettersDownWithItsReasonCode() {
    deadLetters.recordNote(
        "lcs-api",
        "N-1",
        "1",
        DeadLetterReason.NOTE_TOO_LARGE,
        "the note's text is 70000 bytes, over the limit of 65536 bytes");

    Health health = deadLetterHealth.health();
    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails())
        .containsEntry("open", 1L)
        .containsEntry("NOTE_TOO_LARGE", 1L)
        .containsEntry("DELIVERY_FAILED", 0L)
        .containsEntry("reason", "1 open: replay or discard them");
    assertThat(new DeadLetterHealthIndicator(new Backlog(jdbc, outbox), 1).health().getStatus())
        .as("one allowed open")
        .isEqualTo(Status.UP);
  }

  private static Delivery mail(String key) {
    return new Delivery.Mail(
        key,
        "DRP-2026-000001",
        "lcs-api",
        List.of("chair@council.example"),
        List.of(),
        "Dispute DRP-2026-000001",
        "text",
        null,
        null);
  }
}

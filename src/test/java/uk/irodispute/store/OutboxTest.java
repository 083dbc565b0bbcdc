package uk.irodispute.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import uk.irodispute.delivery.Delivery;
import uk.irodispute.testing.MutableClock;

/**
 * The outbox's claim, order per dispute, report, back-off, Retry-After, dead letter and replay, on
 * a clock the test moves and a jitter the test pins.
 */
class OutboxTest {

  static final Instant NOW = Instant.parse("2026-11-04T10:00:00Z");

  /** Three attempts, waits of 30 s doubling up to 2 min, a quarter of each taken off at most. */
  static final OutboxProperties SETTINGS =
      new OutboxProperties(
          3, Duration.ofMinutes(5), Duration.ofSeconds(30), 2, Duration.ofMinutes(2), 0.25);

  private final MutableClock clock = new MutableClock(NOW);
  private final PinnedJitter jitter = new PinnedJitter();
  private final TestStore store = TestStore.h2(clock, SETTINGS, jitter);

  @Test
  void aClaimReadsTheItemsWaitingByTheirStatusNotEveryItemDeliveredToo() {
    String plan =
        String.join(
            " ",
            store.jdbc.queryForList(
                "EXPLAIN " + Outbox.CLAIM_DUE,
                new MapSqlParameterSource("now", Times.column(NOW))
                    .addValue("node", "test-node")
                    .addValue("run", "this run")
                    .addValue("limit", 50),
                String.class));

    assertThat(plan.replaceAll("\\s+", " "))
        .contains("OUTBOX_DUE: STATUS IN('PENDING', 'IN_FLIGHT')")
        .doesNotContain("OUTBOX.tableScan");
  }

  @Test
  void aQueuedDeliveryIsClaimedOnceWithALeaseAndDelivered() {
    Delivery mail = mail("DRP-2026-000001/3/1/mail");
    assertThat(add(mail)).isTrue();

    List<OutboxItem> claimed = store.outbox.claimDue(10);

    assertThat(claimed)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.delivery()).isEqualTo(mail);
              assertThat(i.idempotencyKey()).isEqualTo("DRP-2026-000001/3/1/mail");
              assertThat(i.reference()).isEqualTo("DRP-2026-000001");
              assertThat(i.systemId()).isEqualTo("test-lcs");
              assertThat(i.attempts()).isEqualTo(1);
            });
    assertThat(store.outbox.claimDue(10)).as("claimed, its lease running").isEmpty();
    assertThat(store.outbox.counts()).containsEntry(OutboxStatus.IN_FLIGHT, 1L);

    assertThat(store.outbox.delivered(claimed.get(0).id())).isTrue();
    assertThat(store.outbox.delivered(claimed.get(0).id())).as("reported twice").isFalse();
    assertThat(store.outbox.counts())
        .isEqualTo(
            Map.of(
                OutboxStatus.PENDING, 0L,
                OutboxStatus.IN_FLIGHT, 0L,
                OutboxStatus.DELIVERED, 1L,
                OutboxStatus.DEAD, 0L,
                OutboxStatus.HELD, 0L,
                OutboxStatus.DISCARDED, 0L));
    clock.advance(Duration.ofDays(1));
    assertThat(store.outbox.claimDue(10)).isEmpty();
  }

  @Test
  void manyAreQueuedInTheirOrderEachKeyOnce() {
    assertThat(add(mail("K-2"))).isTrue();
    List<Delivery> deliveries =
        List.of(
            mail("K-1", "DRP-2026-000001"),
            mail("K-2", "DRP-2026-000001"),
            note("K-3", "DRP-2026-000001"),
            mail("K-4", "DRP-2026-000001"),
            mail("K-1", "DRP-2026-000001"));

    int queued = store.inTransaction(() -> store.outbox.addAll(deliveries, NOW));

    assertThat(queued).isEqualTo(3);
    assertThat(
            store
                .jdbc
                .getJdbcTemplate()
                .queryForList("SELECT idempotency_key FROM outbox ORDER BY id", String.class))
        .containsExactly("K-2", "K-1", "K-3/note", "K-4");
  }

  @Test
  void onH2OutboxIdsAreReservedAThousandAtATime() {
    assertThat(
            store
                .jdbc
                .getJdbcTemplate()
                .queryForObject(
                    "SELECT IDENTITY_CACHE FROM INFORMATION_SCHEMA.COLUMNS"
                        + " WHERE TABLE_NAME = 'OUTBOX' AND COLUMN_NAME = 'ID'",
                    Long.class))
        .isEqualTo(1000L);
  }

  @Test
  void theSameIdempotencyKeyIsQueuedOnce() {
    assertThat(add(mail("K-1"))).isTrue();
    assertThat(add(mail("K-1"))).isFalse();

    assertThat(store.count("outbox")).isEqualTo(1);
  }

  @Test
  void aClaimWhoseLeaseRanOutIsClaimedAgain() {
    add(mail("K-1"));
    long id = store.outbox.claimDue(10).get(0).id();

    clock.advance(Duration.ofMinutes(5).minusSeconds(1));
    assertThat(store.outbox.claimDue(10)).isEmpty();
    clock.advance(Duration.ofSeconds(1));

    assertThat(store.outbox.claimDue(10))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.id()).isEqualTo(id);
              assertThat(i.attempts()).isEqualTo(2);
            });
  }

  @Test
  void aNodeStartedAgainTakesBackAtOnceWhatItsEarlierRunLeftInFlight() {
    add(mail("K-1", "DRP-2026-000001"));
    add(mail("K-2", "DRP-2026-000002"));
    List<OutboxItem> leftInFlight = store.outbox.claimDue(10);
    assertThat(leftInFlight).hasSize(2);

    Outbox otherNode = outboxOf(store.dataSource, new NodeName("other-node", "its run"));
    assertThat(otherNode.claimDue(10)).as("another node waits for the lease").isEmpty();

    Outbox startedAgain = outboxOf(store.dataSource, new NodeName("test-node", "a later run"));
    assertThat(startedAgain.claimDue(10))
        .as("the same node started again: its earlier run is dead")
        .extracting(OutboxItem::idempotencyKey, OutboxItem::attempts)
        .containsExactlyInAnyOrder(tuple("K-1", 2), tuple("K-2", 2));
    assertThat(startedAgain.claimDue(10)).as("its own run's claims wait for their lease").isEmpty();
    assertThat(otherNode.claimDue(10)).isEmpty();
    clock.advance(Duration.ofMinutes(3));
    assertThat(store.outbox.renewClaim(leftInFlight.get(0)))
        .as("the earlier run's claim, less than half its lease left")
        .isFalse();
  }

  @Test
  void aSendWhoseMarkFailedIsMarkedBeforeTheNextClaimNeitherCountedAsFailedNorSentAgain() {
    BreakableDataSource database = new BreakableDataSource(store.dataSource);
    Outbox outbox = outboxOf(database, new NodeName("test-node", "this run"));
    add(mail("K-1"));
    OutboxItem item = outbox.claimDue(10).get(0);

    database.broken = true;
    outbox.went(List.of(item.id()));
    database.broken = false;
    assertThat(status(item.id())).as("the database was down").isEqualTo("IN_FLIGHT");

    clock.advance(SETTINGS.claimLease().plusMinutes(1));
    assertThat(outbox.claimDue(10)).as("marked, not claimed again").isEmpty();
    assertThat(status(item.id())).isEqualTo("DELIVERED");
    assertThat(
            store
                .jdbc
                .getJdbcTemplate()
                .queryForMap("SELECT attempts, last_error FROM outbox WHERE id = ?", item.id()))
        .containsEntry("ATTEMPTS", 1)
        .containsEntry("LAST_ERROR", null);
  }

  @Test
  void aFailedAttemptThatCouldNotBeRecordedIsRecordedBeforeTheNextClaim() {
    add(mail("K-1"));
    OutboxItem item = store.outbox.claimDue(10).get(0);

    store.outbox.failedLater(item.id(), "HTTP 500", null);
    assertThat(status(item.id())).isEqualTo("IN_FLIGHT");

    assertThat(store.outbox.claimDue(10)).as("waiting for its back-off").isEmpty();
    assertThat(status(item.id())).isEqualTo("PENDING");
    clock.advance(SETTINGS.firstWait());
    assertThat(store.outbox.claimDue(10))
        .singleElement()
        .extracting(OutboxItem::attempts)
        .isEqualTo(2);
  }

  private Outbox outboxOf(DataSource database, NodeName node) {
    return new Outbox(
        new NamedParameterJdbcTemplate(database),
        new DataSourceTransactionManager(database),
        store.json,
        clock,
        SETTINGS,
        store.deadLetters,
        node,
        jitter);
  }

  /** A database that can be made to refuse every connection, as when it is unreachable. */
  private static final class BreakableDataSource extends DelegatingDataSource {
    volatile boolean broken;

    BreakableDataSource(DataSource database) {
      super(database);
    }

    @Override
    public Connection getConnection() throws SQLException {
      if (broken) {
        throw new SQLException("the database is unreachable", "08001");
      }
      return super.getConnection();
    }
  }

  @Test
  void aSenderWhoseLeaseRanOutFindsItsClaimTakenOverAndDoesNotSend() {
    add(mail("K-1"));
    OutboxItem first = store.outbox.claimDue(10).get(0);
    assertThat(store.outbox.renewClaim(first)).as("still its own").isTrue();

    clock.advance(Duration.ofMinutes(5));
    OutboxItem second = store.outbox.claimDue(10).get(0);

    assertThat(store.outbox.renewClaim(first)).as("taken over").isFalse();
    assertThat(store.outbox.renewClaim(second)).isTrue();
    assertThat(store.outbox.delivered(second.id())).isTrue();
    clock.advance(Duration.ofMinutes(3));
    assertThat(store.outbox.renewClaim(second)).as("delivered").isFalse();
  }

  @Test
  void aClaimWithMoreThanHalfItsLeaseLeftIsNotWrittenAgainButOneWithLessIsRenewed() {
    add(mail("K-1"));
    OutboxItem item = store.outbox.claimDue(10).get(0);
    Instant claimedUntil = NOW.plus(Duration.ofMinutes(5));
    assertThat(item.claimedUntil()).isEqualTo(claimedUntil);

    clock.advance(Duration.ofMinutes(2));
    assertThat(store.outbox.renewClaim(item)).isTrue();
    assertThat(claimedUntil(item.id()))
        .as("three minutes left: not written")
        .isEqualTo(claimedUntil);

    clock.advance(Duration.ofSeconds(31));
    assertThat(store.outbox.renewClaim(item)).isTrue();
    assertThat(claimedUntil(item.id()))
        .as("less than half left: a full lease from now")
        .isEqualTo(clock.instant().plus(Duration.ofMinutes(5)));
  }

  @Test
  void aClaimTakesEveryDueItemFirstInLineInOneGoEachWithItsAttempt() {
    add(mail("K-1", "DRP-2026-000001"));
    add(mail("K-2", "DRP-2026-000002"));
    store.outbox.failed(store.outbox.claimDue(1).get(0).id(), "HTTP 503");
    clock.advance(Duration.ofMinutes(1));

    List<OutboxItem> claimed = store.outbox.claimDue(10);

    assertThat(claimed)
        .extracting(OutboxItem::idempotencyKey, OutboxItem::attempts)
        .containsExactlyInAnyOrder(tuple("K-1", 2), tuple("K-2", 1));
    assertThat(claimed).allSatisfy(i -> assertThat(status(i.id())).isEqualTo("IN_FLIGHT"));
    assertThat(store.outbox.claimDue(10)).as("all taken").isEmpty();
  }

  @Test
  void itemsThatWentAreMarkedDeliveredTogetherButOnlyThoseStillInFlight() {
    add(mail("K-1", "DRP-2026-000001"));
    add(mail("K-2", "DRP-2026-000002"));
    add(mail("K-3", "DRP-2026-000003"));
    List<OutboxItem> claimed = store.outbox.claimDue(10);
    long third = id(claimed, "K-3");
    store.outbox.failed(third, "HTTP 503");

    int marked = store.outbox.deliveredAll(claimed.stream().map(OutboxItem::id).toList());

    assertThat(marked).isEqualTo(2);
    assertThat(status(id(claimed, "K-1"))).isEqualTo("DELIVERED");
    assertThat(status(id(claimed, "K-2"))).isEqualTo("DELIVERED");
    assertThat(status(third)).as("failed meanwhile: left as it is").isEqualTo("PENDING");
  }

  private Instant claimedUntil(long id) {
    return store
        .jdbc
        .getJdbcTemplate()
        .queryForObject("SELECT claimed_until FROM outbox WHERE id = ?", OffsetDateTime.class, id)
        .toInstant();
  }

  @Test
  void aRenewedClaimRunsAFullLeaseFromTheRenewal() {
    add(mail("K-1"));
    OutboxItem item = store.outbox.claimDue(10).get(0);

    clock.advance(Duration.ofMinutes(4));
    assertThat(store.outbox.renewClaim(item)).isTrue();
    clock.advance(Duration.ofMinutes(4));

    assertThat(store.outbox.claimDue(10)).as("the renewed lease runs").isEmpty();
    clock.advance(Duration.ofMinutes(1));
    assertThat(store.outbox.claimDue(10)).extracting(OutboxItem::attempts).containsExactly(2);
  }

  @Test
  void aFailedDeliveryWaitsLongerEachTimeThenIsDeadWithADeadLetterUntilReplayed() {
    add(mail("K-1"));
    long id = store.outbox.claimDue(10).get(0).id();

    assertThat(store.outbox.failed(id, "HTTP 500 from the case system")).isTrue();
    assertThat(status(id)).isEqualTo("PENDING");
    clock.advance(Duration.ofSeconds(29));
    assertThat(store.outbox.claimDue(10)).isEmpty();
    clock.advance(Duration.ofSeconds(1));
    assertThat(store.outbox.claimDue(10)).extracting(OutboxItem::attempts).containsExactly(2);

    store.outbox.failed(id, "HTTP 500 from the case system");
    clock.advance(Duration.ofMinutes(1).minusSeconds(1));
    assertThat(store.outbox.claimDue(10)).as("the second wait is twice the first").isEmpty();
    clock.advance(Duration.ofSeconds(1));
    assertThat(store.outbox.claimDue(10)).extracting(OutboxItem::attempts).containsExactly(3);

    store.outbox.failed(id, "connection refused");
    assertThat(status(id)).isEqualTo("DEAD");
    assertThat(store.deadLetters.inStatus(DeadLetter.Status.OPEN))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(DeadLetter.Kind.DELIVERY);
              assertThat(d.outboxId()).isEqualTo(id);
              assertThat(d.reference()).isEqualTo("DRP-2026-000001");
              assertThat(d.systemId()).isEqualTo("test-lcs");
              assertThat(d.reasonCode()).isEqualTo("DELIVERY_FAILED");
              assertThat(d.reason())
                  .isEqualTo("failed after 3 attempts; the last: connection refused");
            });
    assertThat(store.outbox.counts()).containsEntry(OutboxStatus.DEAD, 1L);
    clock.advance(Duration.ofDays(7));
    assertThat(store.outbox.claimDue(10)).isEmpty();
    assertThat(store.outbox.failed(id, "again")).as("not in flight").isFalse();

    assertThat(store.outbox.replay(id)).isTrue();
    assertThat(store.outbox.replay(id)).as("no longer dead").isFalse();
    assertThat(store.outbox.claimDue(10)).extracting(OutboxItem::attempts).containsExactly(1);
  }

  @Test
  void waitsDoubleUpToTheLongestAndJitterTakesOffAtMostItsFraction() {
    assertThat(SETTINGS.waitAfter(1, fixed(0))).isEqualTo(Duration.ofSeconds(30));
    assertThat(SETTINGS.waitAfter(2, fixed(0))).isEqualTo(Duration.ofMinutes(1));
    assertThat(SETTINGS.waitAfter(3, fixed(0))).isEqualTo(Duration.ofMinutes(2));
    assertThat(SETTINGS.waitAfter(4, fixed(0))).as("capped").isEqualTo(Duration.ofMinutes(2));
    assertThat(SETTINGS.waitAfter(60, fixed(0))).isEqualTo(Duration.ofMinutes(2));

    assertThat(SETTINGS.waitAfter(1, fixed(0.5))).isEqualTo(Duration.ofMillis(26_250));
    assertThat(SETTINGS.waitAfter(4, fixed(Math.nextDown(1.0))))
        .as("2 min less at most a quarter")
        .isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void theJitterSpreadsItemsThatFailedTogether() {
    add(mail("K-1", "DRP-2026-000001"));
    add(mail("K-2", "DRP-2026-000002"));
    List<OutboxItem> both = store.outbox.claimDue(10);
    jitter.next = 0;
    store.outbox.failed(both.get(0).id(), "HTTP 500");
    jitter.next = 0.8;
    store.outbox.failed(both.get(1).id(), "HTTP 500");

    clock.advance(Duration.ofSeconds(24));
    assertThat(store.outbox.claimDue(10))
        .as("30 s less a fifth (0.8 × 25%)")
        .extracting(OutboxItem::idempotencyKey)
        .containsExactly("K-2");
    clock.advance(Duration.ofSeconds(6));
    assertThat(store.outbox.claimDue(10))
        .extracting(OutboxItem::idempotencyKey)
        .containsExactly("K-1");
  }

  @Test
  void aRetryAfterLaterThanTheBackOffIsHonoured() {
    add(mail("K-1"));
    long id = store.outbox.claimDue(10).get(0).id();

    store.outbox.failed(id, "HTTP 429", NOW.plus(Duration.ofMinutes(10)));

    clock.set(NOW.plus(Duration.ofMinutes(10)).minusMillis(1));
    assertThat(store.outbox.claimDue(10)).isEmpty();
    clock.set(NOW.plus(Duration.ofMinutes(10)));
    assertThat(store.outbox.claimDue(10)).hasSize(1);
  }

  @Test
  void aRetryAfterSoonerThanTheBackOffDoesNotShortenIt() {
    add(mail("K-1"));
    long id = store.outbox.claimDue(10).get(0).id();

    store.outbox.failed(id, "HTTP 503", NOW.plusSeconds(1));

    clock.set(NOW.plusSeconds(29));
    assertThat(store.outbox.claimDue(10)).isEmpty();
    clock.set(NOW.plusSeconds(30));
    assertThat(store.outbox.claimDue(10)).hasSize(1);
  }

  @Test
  void itemsOfADisputeAndChannelGoOneAfterTheOtherInTheOrderQueued() {
    add(mail("A-mail-1", "DRP-2026-000001"));
    add(note("A-note-1", "DRP-2026-000001"));
    add(mail("A-mail-2", "DRP-2026-000001"));
    add(note("A-note-2", "DRP-2026-000001"));
    add(mail("B-mail-1", "DRP-2026-000002"));
    add(mail("none-1", null));
    add(mail("none-2", null));

    List<OutboxItem> first = store.outbox.claimDue(10);
    assertThat(first)
        .as("the first of each dispute and channel; items with no dispute are not ordered")
        .extracting(OutboxItem::idempotencyKey)
        .containsExactly("A-mail-1", "A-note-1/note", "B-mail-1", "none-1", "none-2");
    assertThat(store.outbox.claimDue(10)).as("the next ones wait for the first").isEmpty();

    store.outbox.delivered(id(first, "A-mail-1"));
    store.outbox.failed(id(first, "A-note-1/note"), "HTTP 500");
    assertThat(store.outbox.claimDue(10))
        .as("the note after a failed one waits for it")
        .extracting(OutboxItem::idempotencyKey)
        .containsExactly("A-mail-2");

    clock.advance(Duration.ofSeconds(30));
    List<OutboxItem> retried = store.outbox.claimDue(10);
    assertThat(retried).extracting(OutboxItem::idempotencyKey).containsExactly("A-note-1/note");
    store.outbox.delivered(retried.get(0).id());
    assertThat(store.outbox.claimDue(10))
        .extracting(OutboxItem::idempotencyKey)
        .containsExactly("A-note-2/note");
  }

  @Test
  void aDeadItemDoesNotHoldBackTheOnesAfterIt() {
    add(note("A-note-1", "DRP-2026-000001"));
    add(note("A-note-2", "DRP-2026-000001"));
    long id = store.outbox.claimDue(10).get(0).id();
    for (int attempt = 1; attempt < SETTINGS.maxAttempts(); attempt++) {
      store.outbox.failed(id, "HTTP 500");
      clock.advance(SETTINGS.longestWait());
      assertThat(store.outbox.claimDue(10)).extracting(OutboxItem::id).containsExactly(id);
    }
    store.outbox.failed(id, "HTTP 500");
    assertThat(status(id)).isEqualTo("DEAD");

    assertThat(store.outbox.claimDue(10))
        .extracting(OutboxItem::idempotencyKey)
        .containsExactly("A-note-2/note");
  }

  @Test
  void aReplayedItemHoldsBackTheOnesAfterItStillWaiting() {
    add(note("A-note-1", "DRP-2026-000001"));
    long first = store.outbox.claimDue(10).get(0).id();
    for (int attempt = 1; attempt <= SETTINGS.maxAttempts(); attempt++) {
      store.outbox.failed(first, "HTTP 500");
      clock.advance(SETTINGS.longestWait());
      store.outbox.claimDue(10);
    }
    assertThat(status(first)).isEqualTo("DEAD");
    add(note("A-note-2", "DRP-2026-000001"));

    store.outbox.replay(first);

    assertThat(store.outbox.claimDue(10))
        .extracting(OutboxItem::idempotencyKey)
        .containsExactly("A-note-1/note");
  }

  @Test
  void aLongErrorIsKeptShortened() {
    add(mail("K-1"));
    long id = store.outbox.claimDue(10).get(0).id();

    store.outbox.failed(id, "x".repeat(5000));

    assertThat(
            store
                .jdbc
                .getJdbcTemplate()
                .queryForObject("SELECT last_error FROM outbox WHERE id = ?", String.class, id))
        .hasSize(Outbox.MOST_ERROR_CHARACTERS);
  }

  @Test
  void aClaimTakesTheLongestWaitingFirstAndNoMoreThanAsked() {
    add(mail("K-1", "DRP-2026-000001"));
    clock.advance(Duration.ofSeconds(1));
    add(mail("K-2", "DRP-2026-000002"));
    clock.advance(Duration.ofSeconds(1));
    add(mail("K-3", "DRP-2026-000003"));

    assertThat(store.outbox.claimDue(2))
        .extracting(OutboxItem::idempotencyKey)
        .containsExactly("K-1", "K-2");
    assertThat(store.outbox.claimDue(2))
        .extracting(OutboxItem::idempotencyKey)
        .containsExactly("K-3");
  }

  @Test
  void everyKindOfDeliveryComesBackAsItWasQueued() {
    List<Delivery> all =
        List.of(
            new Delivery.HttpRequest(
                "K-1/note",
                "DRP-2026-000001",
                "lcs-api",
                "POST",
                "/casenotes",
                "application/json",
                Map.of("X-Idempotency-Key", "K-1"),
                "{\"type\":\"QUERY\"}"),
            new Delivery.TableRow(
                "K-2/note", "DRP-2026-000002", "lcs-reporting", Map.of("NOTE_TYPE", "OUTCOME")),
            new Delivery.FileDrop(
                "K-3/note", "DRP-2026-000003", "lcs-reporting", "DRP-2026-000003-3.xml", "<note/>"),
            mail("K-4"));
    all.forEach(this::add);

    assertThat(store.outbox.claimDue(10)).extracting(OutboxItem::delivery).isEqualTo(all);
  }

  @Test
  void twoClaimersAtOnceTakeEachItemOnceAndEachDisputeInOrder() throws Exception {
    OutboxRace.twoClaimersAtOnce(store);
  }

  @Test
  void settingsThatCannotWorkAreRefused() {
    Duration minute = Duration.ofMinutes(1);
    assertThatThrownBy(() -> new OutboxProperties(0, minute, minute, 2, minute, 0))
        .hasMessageContaining("max-attempts");
    assertThatThrownBy(() -> new OutboxProperties(3, minute, minute, 0.5, minute, 0))
        .hasMessageContaining("wait-multiplier");
    assertThatThrownBy(() -> new OutboxProperties(3, minute, minute, 2, Duration.ofSeconds(1), 0))
        .hasMessageContaining("longest-wait");
    assertThatThrownBy(() -> new OutboxProperties(3, minute, minute, 2, minute, 1))
        .hasMessageContaining("jitter");
    assertThatThrownBy(() -> new OutboxProperties(3, minute, Duration.ZERO, 2, minute, 0))
        .hasMessageContaining("first-wait");
  }

  private long id(List<OutboxItem> items, String key) {
    return items.stream()
        .filter(i -> i.idempotencyKey().equals(key))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private boolean add(Delivery delivery) {
    return store.inTransaction(() -> store.outbox.add(delivery, clock.instant()));
  }

  private String status(long id) {
    return store
        .jdbc
        .getJdbcTemplate()
        .queryForObject("SELECT status FROM outbox WHERE id = ?", String.class, id);
  }

  private static Delivery.Mail mail(String key) {
    return mail(key, "DRP-2026-000001");
  }

  static Delivery.Mail mail(String key, String reference) {
    return mailFrom(key, reference, "test-lcs");
  }

  static Delivery.Mail mailFrom(String key, String reference, String systemId) {
    return new Delivery.Mail(
        key,
        reference,
        systemId,
        List.of("sam.example@council.example"),
        List.of("tara.example@council.example"),
        "Dispute DRP-2026-000001: Stage 1 is due",
        "Please respond by Thursday 5 November 2026 at 17:00.",
        "<p>Please respond by Thursday 5 November 2026 at 17:00.</p>",
        null);
  }

  static Delivery.HttpRequest note(String key, String reference) {
    return new Delivery.HttpRequest(
        key + Delivery.CASE_NOTE_KEY_SUFFIX,
        reference,
        "lcs-api",
        "POST",
        "/casenotes",
        "application/json",
        Map.of(),
        "{}");
  }

  private static RandomGenerator fixed(double value) {
    PinnedJitter pinned = new PinnedJitter();
    pinned.next = value;
    return pinned;
  }

  /** A jitter the test sets: {@link #nextDouble} gives {@link #next}, 0 (no jitter) at first. */
  static final class PinnedJitter implements RandomGenerator {
    double next;

    @Override
    public double nextDouble() {
      return next;
    }

    @Override
    public long nextLong() {
      throw new UnsupportedOperationException("the outbox draws doubles only");
    }
  }
}

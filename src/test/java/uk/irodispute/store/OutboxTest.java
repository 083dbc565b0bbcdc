package uk.irodispute.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.irodispute.delivery.Delivery;
import uk.irodispute.testing.MutableClock;

/** The outbox's claim, report, back-off, dead letter and replay, on a clock the test moves. */
class OutboxTest {

  static final Instant NOW = Instant.parse("2026-11-04T10:00:00Z");

  private final MutableClock clock = new MutableClock(NOW);
  private final TestStore store =
      TestStore.h2(
          clock,
          new OutboxProperties(
              3, Duration.ofMinutes(5), List.of(Duration.ofSeconds(30), Duration.ofMinutes(2))));

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
                OutboxStatus.DEAD, 0L));
    clock.advance(Duration.ofDays(1));
    assertThat(store.outbox.claimDue(10)).isEmpty();
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
  void aFailedDeliveryWaitsLongerEachTimeThenIsDeadUntilReplayed() {
    add(mail("K-1"));
    long id = store.outbox.claimDue(10).get(0).id();

    assertThat(store.outbox.failed(id, "HTTP 503 from the case system")).isTrue();
    assertThat(status(id)).isEqualTo("PENDING");
    clock.advance(Duration.ofSeconds(29));
    assertThat(store.outbox.claimDue(10)).isEmpty();
    clock.advance(Duration.ofSeconds(1));
    assertThat(store.outbox.claimDue(10)).extracting(OutboxItem::attempts).containsExactly(2);

    store.outbox.failed(id, "HTTP 503 from the case system");
    clock.advance(Duration.ofMinutes(2).minusSeconds(1));
    assertThat(store.outbox.claimDue(10)).isEmpty();
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
  void theLastWaitRepeats() {
    OutboxProperties settings =
        new OutboxProperties(
            10, Duration.ofMinutes(5), List.of(Duration.ofSeconds(30), Duration.ofMinutes(2)));

    assertThat(settings.waitAfter(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(settings.waitAfter(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(settings.waitAfter(9)).isEqualTo(Duration.ofMinutes(2));
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
    add(mail("K-1"));
    clock.advance(Duration.ofSeconds(1));
    add(mail("K-2"));
    clock.advance(Duration.ofSeconds(1));
    add(mail("K-3"));

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
                "K-1",
                "DRP-2026-000001",
                "lcs-api",
                "POST",
                "/casenotes",
                "application/json",
                Map.of("X-Idempotency-Key", "K-1"),
                "{\"type\":\"QUERY\"}"),
            new Delivery.TableRow(
                "K-2", "DRP-2026-000001", "lcs-reporting", Map.of("NOTE_TYPE", "OUTCOME")),
            new Delivery.FileDrop(
                "K-3", "DRP-2026-000001", "lcs-reporting", "DRP-2026-000001-3.xml", "<note/>"),
            mail("K-4"));
    all.forEach(this::add);

    assertThat(store.outbox.claimDue(10)).extracting(OutboxItem::delivery).isEqualTo(all);
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
    return new Delivery.Mail(
        key,
        "DRP-2026-000001",
        "test-lcs",
        List.of("sam.example@council.example"),
        List.of("tara.example@council.example"),
        "Dispute DRP-2026-000001: Stage 1 is due",
        "Please respond by Thursday 5 November 2026 at 17:00.",
        "<p>Please respond by Thursday 5 November 2026 at 17:00.</p>");
  }
}

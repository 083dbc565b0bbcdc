package uk.irodispute.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.irodispute.delivery.Delivery;
import uk.irodispute.testing.MutableClock;

/**
 * Deliveries a dry run held: held only while this sender's claim stands, never claimed again while
 * held, then sent (back to the outbox, attempts afresh) or discarded (kept, never sent), all or by
 * system and dispute.
 */
class HeldDeliveriesTest {

  static final Instant NOW = Instant.parse("2026-11-04T10:00:00Z");

  private final MutableClock clock = new MutableClock(NOW);
  private final TestStore store = TestStore.h2(clock);
  private final HeldDeliveries held = new HeldDeliveries(store.jdbc, clock);

  @Test
  void aHeldItemIsListedAndNeverClaimedAgainUntilItIsSent() {
    holdSendAndDiscard(store, clock);
  }

  @Test
  void anItemWhoseClaimAnotherSenderTookOverIsNotHeld() {
    add(mail("DRP-2026-000001/3/1/mail"));
    OutboxItem first = store.outbox.claimDue(10).get(0);
    clock.advance(Duration.ofMinutes(6));
    OutboxItem second = store.outbox.claimDue(10).get(0);

    assertThat(held.hold(first)).as("the first sender's lease ran out").isFalse();
    assertThat(status(first.id())).isEqualTo("IN_FLIGHT");
    assertThat(held.hold(second)).isTrue();
    assertThat(status(first.id())).isEqualTo("HELD");
  }

  @Test
  void aHeldItemDoesNotHoldBackTheItemsQueuedAfterItForItsDispute() {
    add(mail("DRP-2026-000001/3/1/mail"));
    add(mail("DRP-2026-000001/4/1/mail"));
    held.hold(store.outbox.claimDue(10).get(0));

    assertThat(store.outbox.claimDue(10))
        .extracting(OutboxItem::idempotencyKey)
        .containsExactly("DRP-2026-000001/4/1/mail");
  }

  @Test
  void sendingAndDiscardingMayBeNarrowedToOneSystemOrDispute() {
    add(OutboxTest.mailFrom("DRP-2026-000001/3/1/mail", "DRP-2026-000001", "lcs-api"));
    add(OutboxTest.mailFrom("DRP-2026-000002/3/1/mail", "DRP-2026-000002", "lcs-api"));
    add(OutboxTest.mailFrom("DRP-2026-000003/3/1/mail", "DRP-2026-000003", "fwi-api"));
    store.outbox.claimDue(10).forEach(held::hold);

    assertThat(held.count("lcs-api", null)).isEqualTo(2);
    assertThat(held.list(null, "DRP-2026-000002", 10))
        .extracting(HeldDeliveries.Held::idempotencyKey)
        .containsExactly("DRP-2026-000002/3/1/mail");

    assertThat(held.discard(null, "DRP-2026-000002")).isEqualTo(1);
    assertThat(held.send("fwi-api", null)).isEqualTo(1);

    assertThat(held.list(null, null, 10))
        .extracting(HeldDeliveries.Held::reference)
        .containsExactly("DRP-2026-000001");
    assertThat(store.outbox.claimDue(10))
        .extracting(OutboxItem::reference)
        .containsExactly("DRP-2026-000003");
  }

  /**
   * The whole life of held items, on any database: held, listed, not claimed; sent back in order
   * with attempts afresh; a discarded one kept and never sent.
   */
  static void holdSendAndDiscard(TestStore store, MutableClock clock) {
    HeldDeliveries held = new HeldDeliveries(store.jdbc, clock);
    Instant decided = clock.instant();
    inTransaction(store, mail("DRP-2026-000001/3/1/mail"), decided);
    inTransaction(store, mail("DRP-2026-000001/4/1/mail"), decided);
    inTransaction(store, OutboxTest.mail("DRP-2026-000002/3/1/mail", "DRP-2026-000002"), decided);
    for (int round = 0; round < 2; round++) {
      store.outbox.claimDue(10).forEach(item -> assertThat(held.hold(item)).isTrue());
    }

    assertThat(held.count(null, null)).isEqualTo(3);
    assertThat(held.list(null, null, 10))
        .first()
        .satisfies(
            h -> {
              assertThat(h.idempotencyKey()).isEqualTo("DRP-2026-000001/3/1/mail");
              assertThat(h.reference()).isEqualTo("DRP-2026-000001");
              assertThat(h.systemId()).isEqualTo("test-lcs");
              assertThat(h.kind()).isEqualTo(DeliveryKind.MAIL);
              assertThat(h.decidedAt()).isEqualTo(decided);
            });
    clock.advance(Duration.ofDays(1));
    assertThat(store.outbox.claimDue(10)).as("held items are not claimed").isEmpty();
    assertThat(store.outbox.counts()).containsEntry(OutboxStatus.HELD, 3L);

    assertThat(held.discard(null, "DRP-2026-000002")).isEqualTo(1);
    assertThat(held.send(null, null)).isEqualTo(2);
    assertThat(held.send(null, null)).as("nothing is held any more").isZero();

    List<OutboxItem> first = store.outbox.claimDue(10);
    assertThat(first)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.idempotencyKey()).isEqualTo("DRP-2026-000001/3/1/mail");
              assertThat(i.attempts()).as("attempts afresh").isEqualTo(1);
            });
    assertThat(store.outbox.delivered(first.get(0).id())).isTrue();
    assertThat(store.outbox.claimDue(10))
        .extracting(OutboxItem::idempotencyKey)
        .as("in the order they were decided; the discarded one never")
        .containsExactly("DRP-2026-000001/4/1/mail");
    assertThat(store.outbox.counts()).containsEntry(OutboxStatus.DISCARDED, 1L);
  }

  /** A mail about the dispute its key begins with. */
  private static Delivery mail(String key) {
    return OutboxTest.mail(key, key.substring(0, key.indexOf('/')));
  }

  private static void inTransaction(TestStore store, Delivery delivery, Instant at) {
    store.inTransaction(() -> store.outbox.add(delivery, at));
  }

  private void add(Delivery delivery) {
    inTransaction(store, delivery, clock.instant());
  }

  private String status(long id) {
    return store
        .jdbc
        .getJdbcTemplate()
        .queryForObject("SELECT status FROM outbox WHERE id = ?", String.class, id);
  }
}

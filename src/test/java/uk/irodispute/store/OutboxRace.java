package uk.irodispute.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import uk.irodispute.delivery.Delivery;

/**
 * Two senders (two threads, each claim on a connection of its own, as two nodes would) drain one
 * outbox at once: every item is claimed exactly once, and the items of each dispute and channel in
 * the order they were queued. Run on H2 and on PostgreSQL.
 */
final class OutboxRace {

  private static final int DISPUTES = 12;
  private static final int ITEMS_A_DISPUTE = 6;
  private static final int WITHOUT_DISPUTE = 10;
  private static final int MOST_ROUNDS = 10_000;

  private OutboxRace() {}

  /** A claim as it happened: the item, which sender took it, and when among all claims. */
  record Claim(long itemId, String key, int sender, long sequence) {}

  static void twoClaimersAtOnce(TestStore store) throws Exception {
    List<Delivery> queued = new ArrayList<>();
    for (int d = 1; d <= DISPUTES; d++) {
      String reference = String.format("DRP-2026-%06d", d);
      for (int n = 1; n <= ITEMS_A_DISPUTE; n++) {
        String key = reference + "/" + n;
        queued.add(n % 2 == 0 ? OutboxTest.note(key, reference) : OutboxTest.mail(key, reference));
      }
    }
    for (int n = 1; n <= WITHOUT_DISPUTE; n++) {
      queued.add(OutboxTest.mail("rejected-note/" + n, null));
    }
    store.inTransaction(
        () -> {
          queued.forEach(d -> store.outbox.add(d, store.clock.instant()));
          return null;
        });

    CyclicBarrier together = new CyclicBarrier(2);
    AtomicLong sequence = new AtomicLong();
    ConcurrentLinkedQueue<Claim> claims = new ConcurrentLinkedQueue<>();
    CompletableFuture<Void> first =
        CompletableFuture.runAsync(() -> drain(store, 1, together, sequence, claims));
    CompletableFuture<Void> second =
        CompletableFuture.runAsync(() -> drain(store, 2, together, sequence, claims));
    first.get(60, TimeUnit.SECONDS);
    second.get(60, TimeUnit.SECONDS);

    List<Long> all =
        store.jdbc.getJdbcTemplate().queryForList("SELECT id FROM outbox ORDER BY id", Long.class);
    assertThat(all).hasSize(queued.size());
    assertThat(claims)
        .as("every item claimed exactly once")
        .extracting(Claim::itemId)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(all);
    assertThat(store.outbox.counts()).containsEntry(OutboxStatus.DELIVERED, (long) all.size());

    Map<String, List<Claim>> byDisputeAndChannel =
        claims.stream()
            .filter(c -> !c.key().startsWith("rejected-note/"))
            .collect(Collectors.groupingBy(OutboxRace::disputeAndChannel));
    assertThat(byDisputeAndChannel).hasSize(DISPUTES * 2);
    byDisputeAndChannel.forEach(
        (chain, inChain) ->
            assertThat(
                    inChain.stream()
                        .sorted(Comparator.comparingLong(Claim::sequence))
                        .map(Claim::itemId)
                        .toList())
                .as("%s claimed in the order queued", chain)
                .isSorted());
  }

  private static void drain(
      TestStore store,
      int sender,
      CyclicBarrier together,
      AtomicLong sequence,
      ConcurrentLinkedQueue<Claim> claims) {
    try {
      together.await(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("the other sender did not start", e);
    }
    int total = DISPUTES * ITEMS_A_DISPUTE + WITHOUT_DISPUTE;
    for (int round = 0; round < MOST_ROUNDS; round++) {
      List<OutboxItem> claimed = store.outbox.claimDue(3);
      for (OutboxItem item : claimed) {
        claims.add(new Claim(item.id(), item.idempotencyKey(), sender, sequence.incrementAndGet()));
      }
      claimed.forEach(item -> store.outbox.delivered(item.id()));
      if (store.outbox.counts().get(OutboxStatus.DELIVERED) == total) {
        return;
      }
    }
    throw new AssertionError("sender " + sender + " gave up after " + MOST_ROUNDS + " rounds");
  }

  private static String disputeAndChannel(Claim claim) {
    String reference = claim.key().substring(0, claim.key().indexOf('/'));
    return reference + (claim.key().endsWith(Delivery.CASE_NOTE_KEY_SUFFIX) ? " note" : " mail");
  }
}

package uk.irodispute.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import uk.irodispute.delivery.Delivery;
import uk.irodispute.testing.MutableClock;

/** A delivery no decision caused is queued once by its key, then claimed like any other. */
class OutboxQueueTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-09T08:00:00Z"));
  private final TestStore store = TestStore.h2(clock);
  private final OutboxQueue queue =
      new OutboxQueue(store.outbox, new DataSourceTransactionManager(store.dataSource), clock);

  @Test
  void aDeliveryIsQueuedOnceByItsKeyAndIsDueNow() {
    Delivery.Mail digest =
        new Delivery.Mail(
            "oversight-digest/hos-sars/2026-W46",
            null,
            "oversight-digest",
            List.of("quinn.ellery@council.example"),
            List.of(),
            "Dispute oversight",
            "text",
            "<p>text</p>",
            null);

    assertThat(queue.queue(digest)).isTrue();
    assertThat(queue.queue(digest)).isFalse();

    List<OutboxItem> due = store.outbox.claimDue(10);
    assertThat(due).hasSize(1);
    assertThat(due.get(0).delivery()).isEqualTo(digest);
  }
}

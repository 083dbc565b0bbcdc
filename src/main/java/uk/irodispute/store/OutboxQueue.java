package uk.irodispute.store;

import java.time.Clock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.irodispute.delivery.Delivery;

/**
 * Puts in the outbox a delivery that no dispute decision caused (the weekly oversight digest), in a
 * transaction of its own, due now. It is then sent, retried and, after the last attempt, dead like
 * any other delivery.
 */
@Component
public class OutboxQueue {

  private final Outbox outbox;
  private final TransactionTemplate tx;
  private final Clock clock;

  public OutboxQueue(Outbox outbox, PlatformTransactionManager transactions, Clock clock) {
    this.outbox = outbox;
    this.tx = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /**
   * @return false when a delivery with the same idempotency key is already queued, by this node or
   *     by another at the same moment: it is never queued twice
   */
  public boolean queue(Delivery delivery) {
    try {
      return Boolean.TRUE.equals(tx.execute(s -> outbox.add(delivery, clock.instant())));
    } catch (DuplicateKeyException e) {
      return false;
    }
  }
}

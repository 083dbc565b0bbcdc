package uk.irodispute.store;

import java.time.Instant;
import uk.irodispute.delivery.Delivery;

/**
 * A delivery claimed for sending.
 *
 * @param id the outbox row, to report back with {@link Outbox#delivered} or {@link Outbox#failed}
 * @param idempotencyKey the delivery's key, for targets that deduplicate
 * @param reference the dispute; null for a rejected note that opened none
 * @param systemId the system file the delivery belongs to
 * @param delivery what to send
 * @param attempts this attempt's number: 1 the first time
 * @param claimedUntil when this sender's lease on the item runs out, as it was claimed; null when
 *     unknown, in which case {@link Outbox#renewClaim} always asks the database
 */
public record OutboxItem(
    long id,
    String idempotencyKey,
    String reference,
    String systemId,
    Delivery delivery,
    int attempts,
    Instant claimedUntil) {}

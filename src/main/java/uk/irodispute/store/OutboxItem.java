package uk.irodispute.store;

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
 */
public record OutboxItem(
    long id,
    String idempotencyKey,
    String reference,
    String systemId,
    Delivery delivery,
    int attempts) {}

package uk.irodispute.store;

/** Where an outbox item is on its way out. */
public enum OutboxStatus {
  /** Waiting for its next attempt. */
  PENDING,
  /** Claimed by a sender until its lease runs out. */
  IN_FLIGHT,
  /** Sent. */
  DELIVERED,
  /** Failed on every attempt: waits for operations to replay it. */
  DEAD
}

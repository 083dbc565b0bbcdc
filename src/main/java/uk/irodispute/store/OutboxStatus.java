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
  DEAD,
  /**
   * Decided during a dry run ({@code iro.dry-run}) and not sent: waits for operations to send or
   * discard it.
   */
  HELD,
  /** Held by a dry run, then discarded by operations: never sent. */
  DISCARDED
}

package uk.irodispute.store;

import uk.irodispute.delivery.Delivery;

/**
 * Which way an outbox item leaves: the {@code channel} column. Items of one dispute and one channel
 * are delivered in the order they were queued; the two channels do not wait for each other.
 */
public enum OutboxChannel {
  /** A note written back into the case system: HTTP, integration table, file drop or inbox mail. */
  CASE_SYSTEM,
  /** An alert mailed to people. */
  MAIL;

  public static OutboxChannel of(Delivery delivery) {
    return delivery.writesCaseNote() ? CASE_SYSTEM : MAIL;
  }
}

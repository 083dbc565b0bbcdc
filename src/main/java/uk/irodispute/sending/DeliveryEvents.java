package uk.irodispute.sending;

/**
 * What delivering tells whoever counts (the metrics): each attempt at an outbox item and how it
 * ended, by target system and kind ({@code http}, {@code table}, {@code file} or {@code mail}).
 */
public interface DeliveryEvents {

  /** Counts nothing. */
  DeliveryEvents NONE =
      new DeliveryEvents() {
        @Override
        public void attempted(String systemId, String kind) {}

        @Override
        public void delivered(String systemId, String kind) {}

        @Override
        public void failed(String systemId, String kind) {}
      };

  /** An item is about to be sent. */
  void attempted(String systemId, String kind);

  /** It went. */
  void delivered(String systemId, String kind);

  /** It did not: it waits for its next attempt, or is dead after its last. */
  void failed(String systemId, String kind);
}

package uk.irodispute.store;

import uk.irodispute.delivery.Delivery;

/** What kind of delivery an outbox row holds: the {@code kind} column, and how to read its JSON. */
public enum DeliveryKind {
  HTTP_REQUEST(Delivery.HttpRequest.class),
  TABLE_ROW(Delivery.TableRow.class),
  FILE_DROP(Delivery.FileDrop.class),
  MAIL(Delivery.Mail.class);

  private final Class<? extends Delivery> type;

  DeliveryKind(Class<? extends Delivery> type) {
    this.type = type;
  }

  Class<? extends Delivery> type() {
    return type;
  }

  public static DeliveryKind of(Delivery delivery) {
    for (DeliveryKind kind : values()) {
      if (kind.type.isInstance(delivery)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("no kind for " + delivery.getClass().getName());
  }
}

package uk.irodispute.sending;

import uk.irodispute.store.Outbox;
import uk.irodispute.store.OutboxItem;

/** An outbox for tests that prepare items by hand: every claim is still the sender's. */
class HeldClaims extends Outbox {

  HeldClaims() {
    super(null, null, null, null, null, null, null);
  }

  @Override
  public boolean renewClaim(OutboxItem item) {
    return true;
  }
}

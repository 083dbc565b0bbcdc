package uk.irodispute.sending;

import java.util.Optional;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.irodispute.logging.LogContext;
import uk.irodispute.store.OutboxListing;
import uk.irodispute.store.OutboxProperties;
import uk.irodispute.store.OutboxStatus;

/**
 * One WARN line for each delivery attempt that failed, called by {@code routes/errors.yaml} once
 * the failure is recorded. It names the kind, the system, the dispute, the attempt, the next try
 * (or the dead letter) and the error as the outbox keeps it: in words, secrets redacted. Never the
 * content.
 */
@Component("failedDeliveryLog")
public class FailedDeliveryLog {

  private static final Logger LOG = LoggerFactory.getLogger(FailedDeliveryLog.class);

  private final OutboxListing outbox;
  private final int maxAttempts;

  public FailedDeliveryLog(OutboxListing outbox, OutboxProperties settings) {
    this.outbox = outbox;
    this.maxAttempts = settings.maxAttempts();
  }

  /** Logs the failed attempt of the exchange's item; nothing when no item was claimed. */
  public void warn(Exchange exchange) {
    Long id = exchange.getProperty(OutboxSending.ITEM_ID, Long.class);
    if (id == null) {
      return;
    }
    String kind = exchange.getProperty(OutboxSending.KIND, String.class);
    String system = exchange.getProperty(OutboxSending.TARGET, String.class);
    String reference = exchange.getProperty(OutboxSending.REFERENCE, String.class);
    try (LogContext logged = LogContext.dispute(system, reference)) {
      line(id, kind, system, reference).ifPresent(LOG::warn);
    }
  }

  /** The line for the item as the outbox holds it now; none when the attempt did not fail. */
  Optional<String> line(long id, String kind, String system, String reference) {
    return outbox
        .find(id)
        .filter(item -> item.status() == OutboxStatus.PENDING || item.status() == OutboxStatus.DEAD)
        .map(
            item ->
                "Delivery failed: "
                    + kind
                    + " to "
                    + system
                    + " for dispute "
                    + (reference == null ? "none" : reference)
                    + ", attempt "
                    + item.attempts()
                    + " of "
                    + maxAttempts
                    + (item.status() == OutboxStatus.DEAD
                        ? "; no attempt left, it is now a dead letter"
                        : "; next try at " + item.nextAttemptAt())
                    + ": "
                    + item.lastError());
  }
}

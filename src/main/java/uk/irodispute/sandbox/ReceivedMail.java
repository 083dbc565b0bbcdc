package uk.irodispute.sandbox;

import java.time.Instant;
import java.util.List;

/**
 * A mail the sandbox's SMTP server took, once however many recipients it had.
 *
 * @param messageId its Message-ID header
 * @param sentAt its Date header; null when it has none
 * @param from the From addresses
 * @param to the To addresses
 * @param cc the Cc addresses
 * @param subject the subject
 * @param plainText the text/plain part; null when none
 * @param html the text/html part; null when none
 * @param key the adapter's idempotency key ({@code X-IRO-Dispute-Key}); null when it has none
 */
public record ReceivedMail(
    String messageId,
    Instant sentAt,
    List<String> from,
    List<String> to,
    List<String> cc,
    String subject,
    String plainText,
    String html,
    String key) {

  public ReceivedMail {
    from = List.copyOf(from);
    to = List.copyOf(to);
    cc = List.copyOf(cc);
  }

  /** No body here: an alert may carry a child's case details. */
  @Override
  public String toString() {
    return "ReceivedMail[" + messageId + ", to " + to + ", cc " + cc + "]";
  }
}

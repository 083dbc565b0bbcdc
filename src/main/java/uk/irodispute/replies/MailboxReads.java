package uk.irodispute.replies;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.irodispute.privacy.FailureText;

/**
 * How this node's reads of the answers mailbox went, for the {@code answers} health check. The
 * mailbox consumer of {@code routes/answers.yaml} calls it at the end of each read: a read that
 * reached the mailbox succeeded, even if a reply in it could not be taken (that reply stays unseen
 * and is counted in {@code iro_answers_total}). A read that could not reach the mailbox failed; it
 * is tried again at the next run.
 */
public class MailboxReads implements PollingConsumerPollStrategy {

  private static final Logger LOG = LoggerFactory.getLogger(MailboxReads.class);

  /** The reads so far: the last success, the last failure and its reason, failures in a row. */
  public record Status(
      Instant lastSuccess, Instant lastFailure, String lastReason, int failuresInARow) {}

  private final Clock clock;
  private final FailureText failures;
  private final AtomicReference<Status> status = new AtomicReference<>();

  public MailboxReads(Clock clock, FailureText failures) {
    this.clock = clock;
    this.failures = failures;
  }

  /** How the reads went; empty before this node's first read. */
  public Optional<Status> status() {
    return Optional.ofNullable(status.get());
  }

  @Override
  public boolean begin(Consumer consumer, Endpoint endpoint) {
    return true;
  }

  @Override
  public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
    succeeded();
  }

  @Override
  public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
    failed(cause);
    return false;
  }

  /** A read reached the mailbox. */
  void succeeded() {
    Instant now = clock.instant();
    status.updateAndGet(
        s ->
            s == null
                ? new Status(now, null, null, 0)
                : new Status(now, s.lastFailure(), s.lastReason(), 0));
  }

  /** A read could not reach the mailbox: logged in words, never with a mail's content. */
  void failed(Throwable cause) {
    Instant now = clock.instant();
    String reason = failures.describe(cause);
    LOG.warn("The answers mailbox could not be read; it is read again at the next run: {}", reason);
    status.updateAndGet(
        s ->
            s == null
                ? new Status(null, now, reason, 1)
                : new Status(s.lastSuccess(), now, reason, s.failuresInARow() + 1));
  }
}

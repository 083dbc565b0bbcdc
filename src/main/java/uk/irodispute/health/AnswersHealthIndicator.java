package uk.irodispute.health;

import java.util.Optional;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import uk.irodispute.replies.MailboxReads;

/**
 * The answers mailbox as this node reads it ({@link MailboxReads}), shown as {@code answers}:
 *
 * <ul>
 *   <li>UNKNOWN before this node's first read (another node of the cluster may be the one reading);
 *   <li>UP once a read reached the mailbox, with the last failure, if any, in the details;
 *   <li>DOWN once {@code missedReads} reads in a row failed, with the last failure's reason.
 * </ul>
 *
 * Camel's own check of the mailbox consumer is off ({@code camel.health.exclude-pattern}): it is
 * DOWN until the first read, which the cron may put a minute away.
 */
public class AnswersHealthIndicator implements HealthIndicator {

  private final MailboxReads reads;
  private final int missedReads;

  public AnswersHealthIndicator(MailboxReads reads, int missedReads) {
    this.reads = reads;
    this.missedReads = missedReads;
  }

  @Override
  public Health health() {
    Optional<MailboxReads.Status> seen = reads.status();
    if (seen.isEmpty()) {
      return Health.unknown()
          .withDetail("reason", "no read of the mailbox on this node yet")
          .build();
    }
    MailboxReads.Status status = seen.get();
    Health.Builder builder =
        status.failuresInARow() >= missedReads
            ? Health.down()
                .withDetail("reason", "the last " + status.failuresInARow() + " reads failed")
            : status.lastSuccess() == null ? Health.unknown() : Health.up();
    if (status.lastSuccess() != null) {
      builder.withDetail("lastSuccess", status.lastSuccess().toString());
    }
    if (status.lastFailure() != null) {
      builder.withDetail("lastFailure", status.lastFailure().toString());
      builder.withDetail("lastFailureReason", status.lastReason());
    }
    return builder.withDetail("failuresInARow", status.failuresInARow()).build();
  }
}

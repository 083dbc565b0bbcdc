package uk.irodispute.health;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.AuthenticationFailedException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import uk.irodispute.privacy.FailureText;
import uk.irodispute.privacy.Redaction;
import uk.irodispute.replies.MailboxReads;
import uk.irodispute.testing.MutableClock;

/** The answers mailbox's health, from this node's reads of it. */
class AnswersHealthTest {

  private static final Instant NINE = Instant.parse("2026-11-16T09:00:00Z");

  private final MutableClock clock = new MutableClock(NINE);
  private final MailboxReads reads = new MailboxReads(clock, new FailureText(new Redaction()));
  private final AnswersHealthIndicator answers = new AnswersHealthIndicator(reads, 3);

  @Test
  void unknownBeforeThisNodesFirstRead() {
    Health health = answers.health();

    assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
    assertThat(health.getDetails())
        .containsEntry("reason", "no read of the mailbox on this node yet");
  }

  @Test
  void upOnceAReadReachedTheMailbox() {
    reads.commit(null, null, 2);

    Health health = answers.health();

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails()).containsEntry("lastSuccess", NINE.toString());
  }

  @Test
  void downAfterAsManyFailedReadsInARowAsMissedPollsWithTheReasonInWords() {
    reads.commit(null, null, 0);
    for (int i = 0; i < 2; i++) {
      clock.advance(Duration.ofMinutes(1));
      reads.rollback(null, null, 0, new AuthenticationFailedException("[AUTH] refused"));
    }
    assertThat(answers.health().getStatus()).as("two failures of three").isEqualTo(Status.UP);

    clock.advance(Duration.ofMinutes(1));
    reads.rollback(null, null, 0, new AuthenticationFailedException("[AUTH] refused"));

    Health health = answers.health();
    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails())
        .containsEntry("failuresInARow", 3)
        .containsEntry("lastSuccess", NINE.toString())
        .containsEntry("lastFailure", NINE.plus(Duration.ofMinutes(3)).toString());
    assertThat((String) health.getDetails().get("lastFailureReason")).isNotBlank();
  }

  @Test
  void aReadThatSucceedsAgainEndsTheFailuresInARow() {
    for (int i = 0; i < 3; i++) {
      reads.rollback(null, null, 0, new AuthenticationFailedException("[AUTH] refused"));
    }
    assertThat(answers.health().getStatus()).isEqualTo(Status.DOWN);

    clock.advance(Duration.ofMinutes(1));
    reads.commit(null, null, 0);

    Health health = answers.health();
    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails()).containsEntry("failuresInARow", 0).containsKey("lastFailure");
  }
}

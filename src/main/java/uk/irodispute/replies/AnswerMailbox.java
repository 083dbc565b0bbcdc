package uk.irodispute.replies;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.irodispute.privacy.FailureText;

/**
 * Takes each reply camel-mail's consumer reads from the answers mailbox ({@code
 * routes/answers.yaml}). The consumer peeks at each unseen mail, so reading it leaves it unseen,
 * and marks it seen only once its exchange has completed: once {@link EmailAnswers} has committed
 * what it made of it. A reply that could not be taken fails its exchange, so it stays unseen and is
 * taken again at the next read, which its keys make harmless.
 */
public class AnswerMailbox {

  private static final Logger LOG = LoggerFactory.getLogger(AnswerMailbox.class);

  /**
   * A reply not taken, in words only: no cause is kept, so no driver's text (which may quote a
   * row's values) reaches Camel's own log lines.
   */
  public static final class ReplyNotTaken extends RuntimeException {
    ReplyNotTaken(String reason) {
      super("A reply in the answers mailbox could not be taken: " + reason, null, false, false);
    }
  }

  private final EmailAnswers answers;
  private final AnswerEvents events;
  private final FailureText failures;

  public AnswerMailbox(EmailAnswers answers, AnswerEvents events, FailureText failures) {
    this.answers = answers;
    this.events = events;
    this.failures = failures;
  }

  /**
   * Takes one reply: the mail itself, as the consumer gives it when it maps nothing.
   *
   * @return what became of it
   * @throws ReplyNotTaken when it could not be taken; it stays unseen for the next read
   */
  public EmailAnswers.Outcome take(MimeMessage mail) {
    EmailAnswers.Outcome outcome;
    try {
      outcome = answers.take(ReplyReading.read(mail));
    } catch (MessagingException | IOException | RuntimeException e) {
      events.failed();
      String reason = failures.describe(e);
      LOG.warn(
          "A reply in the answers mailbox could not be taken; it is tried again at the next read: {}",
          reason);
      throw new ReplyNotTaken(reason);
    }
    events.answered(outcome);
    return outcome;
  }
}

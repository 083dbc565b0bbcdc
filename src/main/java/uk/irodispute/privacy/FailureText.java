package uk.irodispute.privacy;

import org.apache.camel.Exchange;

/**
 * A failure as the adapter stores and logs it (an outbox item's last error, a dead letter's reason,
 * a clock tick's failure): words an operator understands, then the exception's class as a detail,
 * with every secret redacted, cut short. A recognised failure is only described in words (see
 * {@link FailureWords}): a database driver's message may quote a row's values, a child's data among
 * them, and a failed HTTP call's URL may carry a case id. Any other failure keeps its message.
 */
public class FailureText {

  /** The longest description kept. */
  public static final int MOST_CHARACTERS = 500;

  private final Redaction redaction;

  public FailureText(Redaction redaction) {
    this.redaction = redaction;
  }

  /** Text the adapter is about to store or log, with every secret redacted. */
  public String redact(String text) {
    return redaction.redact(text);
  }

  /** The description of the failure a route's error handler caught. */
  public String describeCaught(Exchange exchange) {
    return describe(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class));
  }

  /**
   * The failure's description, safe to store and log; never null. It starts with words an operator
   * understands ({@link FailureWords}); the exception's class follows only after {@link
   * FailureWords#DETAIL}, on one line. The words are cut so that the detail is always kept.
   */
  public String describe(Throwable failure) {
    if (failure == null) {
      return "unknown failure";
    }
    String words = redaction.redact(FailureWords.of(failure).orElseGet(() -> other(failure)));
    return FailureWords.line(words, FailureWords.detail(failure), MOST_CHARACTERS);
  }

  private static String other(Throwable failure) {
    return failure.getMessage() == null
        ? "an unexpected failure"
        : "an unexpected failure: " + failure.getMessage();
  }
}

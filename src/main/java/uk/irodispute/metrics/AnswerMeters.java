package uk.irodispute.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import uk.irodispute.replies.AnswerEvents;
import uk.irodispute.replies.EmailAnswers;

/**
 * Counts the replies read from the answers mailbox, {@code iro_answers_total}, by outcome: {@code
 * taken}, {@code refused}, {@code automatic} (an out-of-office reply, kept unanswered), or {@code
 * failed} (not taken this time: it stays unseen and is read again, so one reply may count more than
 * once).
 */
public class AnswerMeters implements AnswerEvents {

  /** The outcome of a reply whose taking failed. */
  static final String FAILED = "failed";

  private final MeterRegistry registry;

  public AnswerMeters(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void answered(EmailAnswers.Outcome outcome) {
    counter(outcome.name().toLowerCase(Locale.ROOT)).increment();
  }

  @Override
  public void failed() {
    counter(FAILED).increment();
  }

  /** Registers every outcome's counter at zero, before the first reply. */
  void atZero() {
    for (EmailAnswers.Outcome outcome : EmailAnswers.Outcome.values()) {
      counter(outcome.name().toLowerCase(Locale.ROOT));
    }
    counter(FAILED);
  }

  private Counter counter(String outcome) {
    return Counter.builder("iro.answers")
        .description("Replies read from the answers mailbox, by what became of them")
        .tag("outcome", outcome)
        .register(registry);
  }
}

package uk.irodispute.store;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.irodispute.core.engine.Decision;
import uk.irodispute.core.engine.EscalationEngine;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.core.model.DisputeReference;
import uk.irodispute.logging.LogContext;
import uk.irodispute.privacy.FailureText;

/**
 * Ticks the disputes whose next due time has passed, each in its own transaction: the row is locked
 * and its due time checked again, so when two nodes tick at once each due time fires once. A
 * dispute that cannot be ticked is logged by reference, with the failure as {@link FailureText}
 * words it (no database driver's text, which may quote the dispute's data), and does not hold up
 * the others.
 */
@Component
public class DueDisputes {

  private static final Logger LOG = LoggerFactory.getLogger(DueDisputes.class);

  private final TransactionTemplate tx;
  private final Clock clock;
  private final EscalationEngine engine;
  private final Disputes disputes;
  private final DecisionWriter writer;
  private final FailureText failures;

  DueDisputes(
      PlatformTransactionManager transactions,
      Clock clock,
      EscalationEngine engine,
      Disputes disputes,
      DecisionWriter writer,
      FailureText failures) {
    this.failures = failures;
    this.tx = new TransactionTemplate(transactions);
    this.clock = clock;
    this.engine = engine;
    this.disputes = disputes;
    this.writer = writer;
  }

  /**
   * Ticks up to {@code limit} due disputes, the most overdue first.
   *
   * @return how many disputes the tick changed
   */
  public int tickDue(int limit) {
    Instant now = clock.instant();
    int ticked = 0;
    for (DisputeReference reference : disputes.dueBy(now, limit)) {
      try (LogContext logged = LogContext.dispute(null, reference.value())) {
        try {
          if (Boolean.TRUE.equals(tx.execute(s -> tick(reference, now)))) {
            ticked++;
          }
        } catch (RuntimeException e) {
          LOG.error(
              "Tick of dispute {} failed; it is tried again at the next tick: {}",
              reference,
              failures.describe(e));
        }
      }
    }
    return ticked;
  }

  /**
   * Ticks due disputes in batches of {@code batch}, another batch while the last one changed all it
   * took, so a backlog (after a stop, or a morning when many stages fall due) is cleared in one run
   * rather than a batch a run; at most {@code mostBatches} batches.
   *
   * @return how many disputes the tick changed
   */
  public int tickAllDue(int batch, int mostBatches) {
    int ticked = 0;
    for (int i = 0; i < mostBatches; i++) {
      int changed = tickDue(batch);
      ticked += changed;
      if (changed < batch) {
        break;
      }
    }
    return ticked;
  }

  private boolean tick(DisputeReference reference, Instant now) {
    Optional<StoredDispute> stored = disputes.lock(reference);
    if (stored.isEmpty()) {
      return false;
    }
    Dispute dispute = stored.get().dispute();
    if (dispute.nextDueAt().filter(due -> !due.isAfter(now)).isEmpty()) {
      return false;
    }
    Decision decision = engine.tick(dispute, now);
    if (decision.outcome() == Decision.Outcome.NOTHING_DUE) {
      return false;
    }
    writer.write(stored, decision, Optional.empty(), now);
    return true;
  }
}

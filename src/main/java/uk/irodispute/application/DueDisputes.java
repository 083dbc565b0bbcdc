package uk.irodispute.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import uk.irodispute.store.Disputes;
import uk.irodispute.store.StoredDispute;

/**
 * Ticks the disputes whose next due time has passed. A batch of due disputes is ticked in one
 * transaction: their rows are locked with one query, skipping any another node has locked (that
 * node ticks them), and each due time is checked again under the lock, so when two nodes tick at
 * once each due time fires once; the new states, events and outbox items are written together and
 * committed once. Should the batch fail, it is rolled back and its disputes ticked again each in a
 * transaction of its own, so one dispute that cannot be ticked does not hold up the others: it is
 * logged by reference, with the failure as {@link FailureText} words it (no database driver's text,
 * which may quote the dispute's data).
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

  public DueDisputes(
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
   * Ticks up to {@code limit} due disputes, the most overdue first, in one transaction; if that
   * fails, each in a transaction of its own.
   *
   * @return how many disputes the tick changed
   */
  public int tickDue(int limit) {
    Instant now = clock.instant();
    List<DisputeReference> due = disputes.dueBy(now, limit);
    if (due.isEmpty()) {
      return 0;
    }
    try {
      Integer ticked = tx.execute(s -> tickTogether(due, now));
      return ticked == null ? 0 : ticked;
    } catch (RuntimeException e) {
      LOG.warn(
          "Tick of {} due disputes together failed; each is ticked by itself: {}",
          due.size(),
          failures.describe(e));
      return tickEach(due, now);
    }
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

  private int tickTogether(List<DisputeReference> due, Instant now) {
    List<DecisionWriter.Decided> decided = new ArrayList<>();
    for (StoredDispute stored : disputes.lockUnlocked(due)) {
      Dispute dispute = stored.dispute();
      try (LogContext logged = LogContext.dispute(null, dispute.reference().value())) {
        decide(dispute, now)
            .ifPresent(decision -> decided.add(new DecisionWriter.Decided(stored, decision)));
      }
    }
    writer.writeAll(decided, now);
    return decided.size();
  }

  private int tickEach(List<DisputeReference> due, Instant now) {
    int ticked = 0;
    for (DisputeReference reference : due) {
      try (LogContext logged = LogContext.dispute(null, reference.value())) {
        try {
          if (Boolean.TRUE.equals(tx.execute(s -> tickAlone(reference, now)))) {
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

  private boolean tickAlone(DisputeReference reference, Instant now) {
    Optional<StoredDispute> stored = disputes.lock(reference);
    if (stored.isEmpty()) {
      return false;
    }
    Optional<Decision> decision = decide(stored.get().dispute(), now);
    if (decision.isEmpty()) {
      return false;
    }
    writer.write(stored, decision.get(), Optional.empty(), now);
    return true;
  }

  /** The engine's tick, when the dispute, as locked, is still due and something falls due. */
  private Optional<Decision> decide(Dispute dispute, Instant now) {
    if (dispute.nextDueAt().filter(due -> !due.isAfter(now)).isEmpty()) {
      return Optional.empty();
    }
    Decision decision = engine.tick(dispute, now);
    if (decision.outcome() == Decision.Outcome.NOTHING_DUE) {
      return Optional.empty();
    }
    return Optional.of(decision);
  }
}

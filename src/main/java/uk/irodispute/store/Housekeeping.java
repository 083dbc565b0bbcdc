package uk.irodispute.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.irodispute.core.model.DisputeStatus;

/**
 * Deletes the records kept past their retention ({@link RetentionProperties}), each kind in its own
 * transaction; {@code routes/housekeeping.yaml} runs it daily. Kept for good: open disputes,
 * deliveries not yet delivered, open dead letters, and the record of every note that concerned a
 * dispute (an edit of such a note must still be recognised as one).
 *
 * <ul>
 *   <li>A closed dispute goes with its events, contacts, deliveries and their dead letters ({@link
 *       DisputeRemoval}), once none of its deliveries is still to be sent.
 *   <li>A resolved (replayed or discarded) dead letter goes with its actions.
 *   <li>A delivered outbox item goes unless a dead letter still refers to it.
 *   <li>The record of a note that concerned no dispute goes only when its system's watermark is
 *       also a day past the time it was taken: the poll will not read that note again, so it cannot
 *       be taken twice.
 * </ul>
 */
@Component("housekeeping")
public class Housekeeping {

  private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);

  /**
   * How far a system's watermark must be past a note's record before the record may go: more than
   * the poll's overlap, and more than any difference between the adapter's and the system's clocks.
   */
  static final Duration WATERMARK_MARGIN = Duration.ofDays(1);

  /** The statuses of a closed dispute, as the {@code disputes} table holds them. */
  private static final List<String> CLOSED =
      Arrays.stream(DisputeStatus.values())
          .filter(DisputeStatus::isClosed)
          .map(DisputeStatus::name)
          .toList();

  /**
   * What a run deleted.
   *
   * @param processedNotes records of notes taken
   * @param deliveredOutbox delivered outbox items
   * @param resolvedDeadLetters resolved dead letters
   * @param closedDisputes closed disputes, with their events, contacts and deliveries
   */
  public record Removed(
      int processedNotes, int deliveredOutbox, int resolvedDeadLetters, int closedDisputes) {}

  private final NamedParameterJdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final RetentionProperties retention;
  private final DisputeRemoval removal;

  Housekeeping(
      NamedParameterJdbcTemplate jdbc,
      PlatformTransactionManager transactions,
      Clock clock,
      RetentionProperties retention) {
    this.jdbc = jdbc;
    this.tx = new TransactionTemplate(transactions);
    this.clock = clock;
    this.retention = retention;
    this.removal = new DisputeRemoval(jdbc);
  }

  /** Deletes what is past its retention now. */
  public Removed run() {
    Instant now = clock.instant();
    int deadLetters = inTransaction(() -> resolvedDeadLetters(now));
    int outbox = inTransaction(() -> deliveredOutbox(now));
    int notes = inTransaction(() -> processedNotes(now));
    int disputes = inTransaction(() -> closedDisputes(now));
    Removed removed = new Removed(notes, outbox, deadLetters, disputes);
    LOG.info(
        "Housekeeping: deleted {} note record(s), {} delivered outbox item(s), {} resolved dead"
            + " letter(s) and {} closed dispute(s) past their retention",
        notes,
        outbox,
        deadLetters,
        disputes);
    return removed;
  }

  private int resolvedDeadLetters(Instant now) {
    MapSqlParameterSource before =
        new MapSqlParameterSource(
            "before", Times.column(now.minus(retention.resolvedDeadLetters())));
    String resolved =
        "SELECT id FROM dead_letters WHERE status IN ('REPLAYED', 'DISCARDED')"
            + " AND resolved_at < :before";
    jdbc.update(
        "DELETE FROM dead_letter_actions WHERE dead_letter_id IN (" + resolved + ")", before);
    return jdbc.update(
        "DELETE FROM dead_letters WHERE status IN ('REPLAYED', 'DISCARDED')"
            + " AND resolved_at < :before",
        before);
  }

  private int closedDisputes(Instant now) {
    List<String> references =
        jdbc.queryForList(
            "SELECT reference FROM disputes WHERE status IN (:closed) AND updated_at < :before"
                + " AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.reference = disputes.reference"
                + " AND o.status IN ('PENDING', 'IN_FLIGHT'))",
            new MapSqlParameterSource("closed", CLOSED)
                .addValue("before", Times.column(now.minus(retention.closedDisputes()))),
            String.class);
    return removal.remove(references).disputes();
  }

  private int deliveredOutbox(Instant now) {
    return jdbc.update(
        "DELETE FROM outbox WHERE status = 'DELIVERED' AND delivered_at < :before"
            + " AND NOT EXISTS (SELECT 1 FROM dead_letters d WHERE d.outbox_id = outbox.id)",
        new MapSqlParameterSource("before", Times.column(now.minus(retention.deliveredOutbox()))));
  }

  private int processedNotes(Instant now) {
    Instant oldEnough = now.minus(retention.processedNotes());
    List<SystemWatermark> watermarks =
        jdbc.query(
            "SELECT system_id, watermark_at FROM source_watermarks WHERE watermark_at IS NOT NULL",
            Map.of(),
            (rs, i) ->
                new SystemWatermark(rs.getString("system_id"), Times.read(rs, "watermark_at")));
    int deleted = 0;
    for (SystemWatermark watermark : watermarks) {
      Instant readPast = watermark.at().minus(WATERMARK_MARGIN);
      Instant before = oldEnough.isBefore(readPast) ? oldEnough : readPast;
      deleted +=
          jdbc.update(
              "DELETE FROM processed_notes WHERE system_id = :system AND processed_at < :before"
                  + " AND reference IS NULL AND outcome NOT IN ('APPLIED', 'RECORDED_ONLY')",
              new MapSqlParameterSource("system", watermark.systemId())
                  .addValue("before", Times.column(before)));
    }
    return deleted;
  }

  private record SystemWatermark(String systemId, Instant at) {}

  private int inTransaction(IntSupplier work) {
    Integer done = tx.execute(s -> work.getAsInt());
    return done == null ? 0 : done;
  }
}

package uk.irodispute.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.irodispute.core.engine.Command;
import uk.irodispute.core.engine.Decision;
import uk.irodispute.core.engine.EscalationEngine;
import uk.irodispute.core.model.Concerns;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.core.model.DisputeReference;
import uk.irodispute.core.model.Subject;
import uk.irodispute.store.StoreJson;

/**
 * The tick over many open disputes: {@code open} disputes bulk-inserted (raised by the engine, so
 * each row's state and next due time are real), a share of them due, then the tick route run until
 * no dispute is due, as its schedule would run it. The adapter's clock is pinned to a Wednesday
 * morning, so every run finds the same disputes due whatever day it is run.
 */
final class TickBench {

  /** The adapter's time in every run: Wednesday 25 November 2026, 11:00 in London. */
  static final Instant NOW = Instant.parse("2026-11-25T11:00:00Z");

  private static final int BATCH = 1_000;

  private TickBench() {}

  /**
   * @param open open disputes in the database
   * @param due of which due now
   * @param insertSeconds how long the bulk insert took (not part of the tick)
   * @param findMillis one run of the due query (the first hundred)
   * @param tickSeconds from the first tick run to none due
   * @param tickCpuSeconds the processor time of the thread that ran the tick (the route and the
   *     embedded H2 run on it), which other work on the machine does not lengthen
   * @param runs tick runs it took
   * @param ticked disputes the tick changed
   * @param plan the database's plan of the due query
   */
  record Result(
      String database,
      int open,
      long due,
      double insertSeconds,
      double findMillis,
      double tickSeconds,
      double tickCpuSeconds,
      int runs,
      long ticked,
      String plan) {

    boolean usesNextDueIndex() {
      return plan.toLowerCase().contains("disputes_next_due_at");
    }
  }

  static Result run(BenchDatabase database, Path work, int open, double dueShare) {
    Path mappings = BenchMappings.copy(work.resolve("mappings-tick"), "30s", 50, false);
    try (BenchAdapter adapter =
        BenchAdapter.start(
            database,
            mappings,
            work.resolve("tick-" + database.name() + "-" + open + ".log"),
            Map.of("iro.clock.start", NOW.toString()))) {
      int due = (int) Math.round(open * dueShare);
      long insertStart = System.nanoTime();
      insert(adapter, open, due);
      double insertSeconds = BackFill.seconds(insertStart);
      JdbcTemplate jdbc = adapter.jdbc();
      Instant now = adapter.bean(Clock.class).instant();
      long dueNow =
          jdbc.queryForObject(
              "SELECT COUNT(*) FROM disputes WHERE next_due_at <= ?", Long.class, column(now));
      String plan = plan(jdbc, database, now);

      long findStart = System.nanoTime();
      jdbc.queryForList(
          "SELECT reference FROM disputes WHERE next_due_at <= ? ORDER BY next_due_at LIMIT 100",
          column(now));
      double findMillis = BackFill.seconds(findStart) * 1000;

      long eventsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM dispute_events", Long.class);
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long cpuStart = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      int runs = 0;
      while (stillDue(jdbc, adapter) && runs < 100_000) {
        adapter.run("direct:tick");
        runs++;
      }
      double tickSeconds = BackFill.seconds(start);
      double tickCpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      long ticked =
          jdbc.queryForObject("SELECT COUNT(DISTINCT reference) FROM dispute_events", Long.class);
      if (eventsBefore != 0 || ticked != dueNow) {
        throw new IllegalStateException(
            "the tick changed " + ticked + " disputes of the " + dueNow + " due");
      }
      return new Result(
          database.name(),
          open,
          dueNow,
          insertSeconds,
          findMillis,
          tickSeconds,
          tickCpuSeconds,
          runs,
          ticked,
          plan);
    }
  }

  private static boolean stillDue(JdbcTemplate jdbc, BenchAdapter adapter) {
    Instant now = adapter.bean(Clock.class).instant();
    return !jdbc.queryForList(
            "SELECT reference FROM disputes WHERE next_due_at <= ? LIMIT 1", column(now))
        .isEmpty();
  }

  /**
   * Raises {@code open} disputes about invented children of {@code lcs-api}, in batches: the first
   * {@code due} raised on the Friday before (their first stage ended on Tuesday, so their due time
   * has passed), the rest within the last hour (due days from now).
   */
  static void insert(BenchAdapter adapter, int open, int due) {
    EscalationEngine engine = adapter.bean(EscalationEngine.class);
    StoreJson json = adapter.bean(StoreJson.class);
    JdbcTemplate jdbc = adapter.jdbc();
    Instant longAgo = NOW.minus(Duration.ofDays(5));
    Instant lately = NOW.minus(Duration.ofHours(1));
    List<Object[]> rows = new ArrayList<>(BATCH);
    for (int i = 0; i < open; i++) {
      Instant raisedAt = (i < due ? longAgo : lately).plusMillis(i);
      Dispute dispute = raise(engine, i, raisedAt);
      rows.add(
          new Object[] {
            dispute.reference().value(),
            dispute.subject().sourceSystem(),
            dispute.subject().personId(),
            dispute.subject().caseId(),
            dispute.protocolId(),
            dispute.currentStageId(),
            dispute.status().name(),
            column(dispute.raisedAt()),
            column(dispute.nextDueAt().orElseThrow()),
            json.write(dispute),
            column(raisedAt)
          });
      if (rows.size() == BATCH || i == open - 1) {
        jdbc.batchUpdate(
            "INSERT INTO disputes (reference, system_id, person_id, case_id, protocol_id,"
                + " current_stage_id, status, raised_at, next_due_at, state, row_version,"
                + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)",
            rows);
        rows.clear();
      }
    }
  }

  static Dispute raise(EscalationEngine engine, int i, Instant at) {
    Decision decision = engine.raise(raiseCommand(i, at), at);
    return decision
        .dispute()
        .orElseThrow(() -> new IllegalStateException("not raised: " + decision.reason()));
  }

  /** The {@code i}-th dispute: raised by an IRO of {@code lcs-api} about a child of its own. */
  static Command.Raise raiseCommand(int i, Instant at) {
    String number = String.format("%07d", i + 1);
    return new Command.Raise(
        "bench:" + number + "@1",
        at,
        new DisputeReference("DRP-2026-" + number),
        "day-range-lac-cp",
        new Subject("lcs-api", "TICK" + number, "C-TICK" + number),
        "W2105",
        i % 2 == 0 ? "LAC" : "CP",
        null,
        null,
        null,
        null,
        Set.of(),
        false,
        Concerns.CHILDRENS_SERVICES);
  }

  private static String plan(JdbcTemplate jdbc, BenchDatabase database, Instant now) {
    List<String> lines =
        jdbc.queryForList(
            "EXPLAIN SELECT reference FROM disputes WHERE next_due_at <= ?"
                + " ORDER BY next_due_at LIMIT 100",
            String.class,
            column(now));
    return String.join(" ", lines).replaceAll("\\s+", " ");
  }

  private static Object column(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }
}

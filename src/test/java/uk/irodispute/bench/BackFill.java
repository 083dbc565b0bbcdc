package uk.irodispute.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import uk.irodispute.polling.LookupCache;
import uk.irodispute.polling.NotePages;
import uk.irodispute.sandbox.BulkNotes;
import uk.irodispute.sandbox.SandboxCaseSystems;
import uk.irodispute.sandbox.SandboxMailServer;
import uk.irodispute.sandbox.SandboxSystem;
import uk.irodispute.store.Outbox;
import uk.irodispute.store.OutboxStatus;
import uk.irodispute.store.Watermarks;
import uk.irodispute.systems.SystemDefinition;
import uk.irodispute.systems.SystemRegistry;

/**
 * The back-fill: {@code notes} case notes in the sandbox's JSON API, a share of them raising
 * disputes, read by the adapter from the start and taken end to end (poll, map, screen, classify,
 * decide, commit, deliver to the sandbox and GreenMail), against the baseline of the same pages
 * fetched and mapped with nothing else done, in the same JVM.
 *
 * <p>The adapter runs as its schedules would run it on two threads: polls one after the other on
 * one, outbox drains on the other, until every note is read and every delivery made.
 *
 * <p>On PostgreSQL the schema's tables are analyzed every five seconds meanwhile, as autovacuum
 * does in production: this machine's PostgreSQL runs without autovacuum (its CI configuration), and
 * a table never analyzed keeps the plans made when it was empty, reading every row.
 */
final class BackFill {

  static final SandboxSystem SYSTEM = SandboxSystem.LCS_API;
  static final int PAGE_SIZE = 200;

  private BackFill() {}

  /**
   * The figures of one back-fill.
   *
   * @param database H2 or PostgreSQL
   * @param notes notes in the system (the bulk plus the sandbox's own few)
   * @param disputes disputes the notes raised
   * @param deliveries outbox items delivered
   * @param mails mails GreenMail took
   * @param baselineSeconds fetching and mapping every page
   * @param adapterSeconds taking every note and delivering everything
   * @param baselineCpuSeconds the CPU time this JVM (sandbox included) used for the baseline
   * @param adapterCpuSeconds the CPU time this JVM (sandbox and GreenMail included) used for the
   *     adapter's run
   */
  record Result(
      String database,
      long notes,
      long disputes,
      long deliveries,
      int mails,
      double baselineSeconds,
      double adapterSeconds,
      double baselineCpuSeconds,
      double adapterCpuSeconds) {

    double baselineRate() {
      return notes / baselineSeconds;
    }

    double adapterRate() {
      return notes / adapterSeconds;
    }

    double ratio() {
      return adapterRate() / baselineRate();
    }
  }

  static Result run(BenchDatabase database, Path work, int notes, double disputeShare) {
    Path mappings = BenchMappings.copy(work.resolve("mappings-backfill"), "30s", PAGE_SIZE, true);
    try (BenchAdapter adapter =
        BenchAdapter.start(
            database, mappings, work.resolve("backfill-" + database.name() + ".log"), Map.of())) {
      SandboxCaseSystems sandbox = adapter.bean(SandboxCaseSystems.class);
      Instant now = sandbox.now();
      int disputeNotes = (int) Math.round(notes * disputeShare);
      BulkNotes bulk =
          sandbox.loadBulk(
              SYSTEM, notes, disputeNotes, now.minus(Duration.ofDays(80)), now.minusSeconds(60));
      long inSystem = sandbox.notes(SYSTEM).size();

      Baseline baseline = new Baseline(adapter);
      baseline.readAll(Math.min(inSystem, 20_000));
      long baselineStart = System.nanoTime();
      double baselineCpuBefore = cpuSeconds();
      long read = baseline.readAll(Long.MAX_VALUE);
      double baselineSeconds = seconds(baselineStart);
      double baselineCpu = cpuSeconds() - baselineCpuBefore;
      if (read != inSystem) {
        throw new IllegalStateException("the baseline read " + read + " of " + inSystem + " notes");
      }

      ScheduledExecutorService analyze = Executors.newSingleThreadScheduledExecutor();
      if (database.name().equals("PostgreSQL")) {
        analyze.scheduleWithFixedDelay(
            () -> adapter.jdbc().execute("ANALYZE"), 5, 5, TimeUnit.SECONDS);
      }
      long start = System.nanoTime();
      double cpuBefore = cpuSeconds();
      try {
        ingest(adapter, bulk);
      } finally {
        analyze.shutdownNow();
      }
      double adapterSeconds = seconds(start);
      double adapterCpu = cpuSeconds() - cpuBefore;

      // Every note read, mapped and given to the intake (the watermark passed the last note only
      // as each page committed, and none was kept as a dead letter); the dispute notes each
      // recorded and each opening its dispute (the other notes are ignored and leave no record).
      double mapped = notesCounted(adapter, "iro.notes.mapped");
      double deadLettered = notesCounted(adapter, "iro.notes.dead.lettered");
      long recorded =
          adapter.jdbc().queryForObject("SELECT COUNT(*) FROM processed_notes", Long.class);
      long disputes = adapter.jdbc().queryForObject("SELECT COUNT(*) FROM disputes", Long.class);
      Map<OutboxStatus, Long> outbox = adapter.bean(Outbox.class).counts();
      if (mapped < inSystem
          || deadLettered > 0
          || recorded != disputeNotes
          || disputes != disputeNotes) {
        throw new IllegalStateException(
            String.format(
                "the adapter mapped %.0f of %d notes (%.0f dead letters), recorded %d of %d"
                    + " dispute notes and opened %d disputes",
                mapped, inSystem, deadLettered, recorded, disputeNotes, disputes));
      }
      long delivered = outbox.getOrDefault(OutboxStatus.DELIVERED, 0L);
      if (outbox.values().stream().mapToLong(Long::longValue).sum() != delivered) {
        throw new IllegalStateException("not every delivery was made: " + outbox);
      }
      int mails = adapter.bean(SandboxMailServer.class).greenMail().getReceivedMessages().length;
      return new Result(
          database.name(),
          inSystem,
          disputes,
          delivered,
          mails,
          baselineSeconds,
          adapterSeconds,
          baselineCpu,
          adapterCpu);
    }
  }

  /**
   * Polls until the watermark reaches the last note, while another thread drains the outbox until
   * the polls are done and nothing is left to deliver.
   */
  private static void ingest(BenchAdapter adapter, BulkNotes bulk) {
    Watermarks watermarks = adapter.bean(Watermarks.class);
    Outbox outbox = adapter.bean(Outbox.class);
    AtomicBoolean polled = new AtomicBoolean();
    CompletableFuture<Void> drains =
        CompletableFuture.runAsync(
            () -> {
              while (!polled.get() || waiting(outbox) > 0) {
                adapter.run("direct:drain-outbox");
                if (!polled.get()) {
                  pause();
                }
              }
            });
    try {
      while (!caughtUp(watermarks, bulk)) {
        adapter.run("direct:poll-" + SYSTEM.id());
      }
    } finally {
      polled.set(true);
    }
    drains.join();
  }

  private static boolean caughtUp(Watermarks watermarks, BulkNotes bulk) {
    Instant at = watermarks.get(SYSTEM.id()).at();
    return at != null && !at.isBefore(bulk.lastModifiedAt());
  }

  /** What the adapter's counter of that name counted for the bench's system, over all its tags. */
  private static double notesCounted(BenchAdapter adapter, String name) {
    return adapter
        .bean(MeterRegistry.class)
        .find(name)
        .tag("system", SYSTEM.id())
        .counters()
        .stream()
        .mapToDouble(Counter::count)
        .sum();
  }

  private static long waiting(Outbox outbox) {
    Map<OutboxStatus, Long> counts = outbox.counts();
    return counts.getOrDefault(OutboxStatus.PENDING, 0L)
        + counts.getOrDefault(OutboxStatus.IN_FLIGHT, 0L);
  }

  /** Between drains while notes are still coming: as the drain schedule would wait, briefly. */
  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The CPU time this JVM has used, every thread. */
  static double cpuSeconds() {
    return ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime()
        / 1e9;
  }

  static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  /** The same pages the adapter reads, fetched and mapped, with nothing else done. */
  private static final class Baseline {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String base;
    private final NotePages pages;
    private final SystemDefinition system;
    private final String token;
    private final String since;

    Baseline(BenchAdapter adapter) {
      this.base = adapter.baseUrl() + "/sandbox/lcs-api";
      this.pages = adapter.bean(NotePages.class);
      this.system = adapter.bean(SystemRegistry.class).require(SYSTEM.id());
      this.since = system.source().initialWatermark().minusSeconds(1).toString();
      this.token = token(adapter);
    }

    /** Reads pages from the start until {@code most} notes or the end; the notes mapped. */
    long readAll(long most) {
      long read = 0;
      String cursor = null;
      LookupCache lookups = new LookupCache();
      do {
        String query =
            "limit="
                + PAGE_SIZE
                + "&modifiedSince="
                + encode(since)
                + (cursor == null ? "" : "&cursor=" + encode(cursor));
        HttpRequest request =
            HttpRequest.newBuilder(URI.create(base + "/v1/casenotes?" + query))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .build();
        var page = pages.read(system, send(request), 0, lookups);
        read += page.notes().size();
        cursor = page.nextCursor();
      } while (cursor != null && read < most);
      return read;
    }

    private String token(BenchAdapter adapter) {
      String secret =
          adapter
              .bean(org.springframework.core.env.Environment.class)
              .getRequiredProperty("LCS_CLIENT_SECRET");
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(base + "/oauth/token"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "grant_type=client_credentials&client_id=iro-dispute-adapter&client_secret="
                          + encode(secret)))
              .build();
      try {
        return json.readTree(send(request)).get("access_token").asText();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    private String send(HttpRequest request) {
      try {
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
          throw new IllegalStateException("the sandbox answered " + answer.statusCode());
        }
        return answer.body();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    private static String encode(String value) {
      return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
  }
}

package uk.irodispute.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmarks the project ships, measured in one run and printed as one table: the back-fill
 * against its fetch-and-map baseline (H2, and PostgreSQL when it answers), the tick over growing
 * numbers of open disputes, note-to-mail latency at two poll intervals, start-up and memory. The
 * JMH benchmarks of the calendar and the engine add their rows (src/bench/java, BenchmarkRun).
 *
 * <p>Settings are {@code name=value} arguments: {@code notes} (1000000), {@code disputeShare}
 * (0.02), {@code tick} (10000,100000,1000000), {@code latencyNotes} (120), {@code latencyWindow}
 * (seconds, 120), {@code footprint} (100000), {@code postgres} (auto, yes, no), {@code parts}
 * (backfill,tick,latency,footprint,jmh).
 */
public final class Benchmarks {

  /** One line of the table. */
  public record Row(
      String benchmark, String measure, String value, String baseline, String target, String met) {}

  private final Map<String, String> settings = new LinkedHashMap<>();
  private final Path work = Path.of("target", "bench");

  public Benchmarks(String... arguments) {
    settings.put("notes", "1000000");
    settings.put("disputeShare", "0.02");
    settings.put("tick", "10000,100000,1000000");
    settings.put("latencyNotes", "120");
    settings.put("latencyWindow", "120");
    settings.put("footprint", "100000");
    settings.put("postgres", "auto");
    settings.put("parts", "backfill,tick,latency,footprint,jmh");
    for (String argument : arguments) {
      int equals = argument.indexOf('=');
      if (equals < 1 || !settings.containsKey(argument.substring(0, equals))) {
        throw new IllegalArgumentException(
            "'" + argument + "': give name=value, the names being " + settings.keySet());
      }
      settings.put(argument.substring(0, equals), argument.substring(equals + 1));
    }
  }

  public boolean runs(String part) {
    return Arrays.asList(settings.get("parts").split(",")).contains(part);
  }

  public Map<String, String> settings() {
    return settings;
  }

  /** Every part asked for but JMH, measured one after the other. */
  public List<Row> measure() {
    List<Row> rows = new ArrayList<>();
    if (runs("backfill")) {
      rows.addAll(backFill());
    }
    if (runs("tick")) {
      rows.addAll(tick());
    }
    if (runs("latency")) {
      rows.addAll(latency());
    }
    if (runs("footprint")) {
      rows.addAll(footprint());
    }
    return rows;
  }

  private List<Row> backFill() {
    int notes = Integer.parseInt(settings.get("notes"));
    double share = Double.parseDouble(settings.get("disputeShare"));
    List<Row> rows = new ArrayList<>();
    List<BenchDatabase> databases = new ArrayList<>();
    databases.add(BenchDatabase.h2(work.resolve("h2-backfill")));
    if (postgres()) {
      databases.add(BenchDatabase.postgres("iro_bench"));
    }
    for (BenchDatabase database : databases) {
      progress("back-fill on " + database.name() + ", " + notes + " notes");
      BackFill.Result r = BackFill.run(database, work, notes, share);
      boolean h2 = database.name().equals("H2");
      rows.add(
          new Row(
              "Back-fill, " + database.name(),
              String.format(
                  "%,d notes (%,d disputes, %,d deliveries, %,d mails): notes/s end to end",
                  r.notes(), r.disputes(), r.deliveries(), r.mails()),
              String.format(
                  "%,.0f (%.1f s, %.0f CPU s)",
                  r.adapterRate(), r.adapterSeconds(), r.adapterCpuSeconds()),
              String.format(
                  "%,.0f fetched and mapped (%.1f s, %.0f CPU s); ratio %.0f%%",
                  r.baselineRate(), r.baselineSeconds(), r.baselineCpuSeconds(), 100 * r.ratio()),
              h2 ? "≥ 50% of baseline and ≥ 5,000/s" : "none set (reported)",
              h2 ? met(r.ratio() >= 0.5 && r.adapterRate() >= 5_000) : "-"));
    }
    return rows;
  }

  private List<Row> tick() {
    List<Row> rows = new ArrayList<>();
    List<TickBench.Result> results = new ArrayList<>();
    // The tick runs every 30 seconds in a running adapter: a warm-up tick (20,000 open, 1,000 due,
    // a database of its own) first, so that the rows measure that tick rather than the JVM's first
    // compiling the code, which ran at about a quarter of the speed.
    progress("tick warm-up: 20000 open disputes, 1000 due");
    TickBench.run(BenchDatabase.h2(work.resolve("h2-tick-warm-up")), work, 20_000, 0.05);
    for (String size : settings.get("tick").split(",")) {
      int open = Integer.parseInt(size.strip());
      progress("tick over " + open + " open disputes");
      TickBench.Result r =
          TickBench.run(BenchDatabase.h2(work.resolve("h2-tick")), work, open, 0.01);
      results.add(r);
      rows.add(
          new Row(
              String.format("Tick, H2, %,d open", r.open()),
              String.format(
                  "%,d due: find and process all (%d runs, after a warm-up tick); due query %.1f"
                      + " ms%s",
                  r.due(),
                  r.runs(),
                  r.findMillis(),
                  r.usesNextDueIndex() ? " on disputes_next_due_at" : " WITHOUT the index"),
              String.format(
                  "%.2f s (%.2f ms a due dispute)",
                  r.tickSeconds(), 1000 * r.tickSeconds() / r.due()),
              String.format(
                  "bulk insert %.0f s; tick thread's CPU %.2f s (%.2f ms a due dispute)",
                  r.insertSeconds(), r.tickCpuSeconds(), 1000 * r.tickCpuSeconds() / r.due()),
              r.open() == 100_000 ? "< 1 s" : "grows with the due",
              r.open() == 100_000 ? met(r.tickSeconds() < 1 && r.usesNextDueIndex()) : "-"));
    }
    for (int i = 1; i < results.size(); i++) {
      TickBench.Result before = results.get(i - 1);
      TickBench.Result after = results.get(i);
      double time = after.tickSeconds() / before.tickSeconds();
      double due = (double) after.due() / before.due();
      rows.add(
          new Row(
              String.format("Tick growth, %,d → %,d", before.open(), after.open()),
              "time grew ×, due grew ×",
              String.format("× %.1f", time),
              String.format("× %.1f due", due),
              "time grows no faster than the due",
              met(time <= due * 1.25)));
    }
    return rows;
  }

  private List<Row> latency() {
    int notes = Integer.parseInt(settings.get("latencyNotes"));
    Duration window = Duration.ofSeconds(Long.parseLong(settings.get("latencyWindow")));
    List<Row> rows = new ArrayList<>();
    for (String run : List.of("30s", "1s", "1s without the poll's drain")) {
      String every = run.substring(0, run.indexOf('s') + 1);
      boolean drain = !run.contains("without");
      progress("latency at a poll every " + run);
      LatencyBench.Result r =
          LatencyBench.run(
              BenchDatabase.h2(work.resolve("h2-latency")),
              work,
              every,
              notes,
              window,
              Map.of("iro.outbox.after-poll", Boolean.toString(drain)));
      long limit = r.every().toMillis() + 1_000;
      long p99 = LatencyBench.Result.percentile(r.bothMillis(), 99);
      rows.add(
          new Row(
              "Latency, poll every " + run,
              String.format(
                  "%d notes: note visible → alert mail p50 / p99; write-back p99; both p99",
                  r.notes()),
              String.format(
                  "%.1f s / %.1f s",
                  LatencyBench.Result.percentile(r.mailMillis(), 50) / 1000.0,
                  LatencyBench.Result.percentile(r.mailMillis(), 99) / 1000.0),
              String.format(
                  "write-back p99 %.1f s; both p99 %.1f s%s",
                  LatencyBench.Result.percentile(r.writeBackMillis(), 99) / 1000.0,
                  p99 / 1000.0,
                  r.complete() ? "" : "; " + (r.notes() - r.bothMillis().size()) + " never came"),
              drain ? String.format("p99 < %.0f s", limit / 1000.0) : "(before: for comparison)",
              drain ? met(r.complete() && p99 < limit) : "-"));
    }
    return rows;
  }

  private List<Row> footprint() {
    List<Row> rows = new ArrayList<>();
    rows.addAll(footprint(Footprint.Launch.documented(work.resolve("app-footprint"))));
    rows.addAll(footprint(Footprint.Launch.javaDefaults()));
    return rows;
  }

  private List<Row> footprint(Footprint.Launch launch) {
    int open = Integer.parseInt(settings.get("footprint"));
    progress("footprint with " + open + " open disputes, " + launch.name());
    Footprint.Result r = Footprint.run(work, open, Duration.ofSeconds(40), launch);
    return List.of(
        new Row(
            String.format("Start-up, %,d open", r.open()),
            "start to /actuator/health UP (" + r.launch() + ")",
            String.format("%.1f s", r.readySeconds()),
            r.prepareSeconds() > 0
                ? String.format(
                    "once after installing: unpack and training run %.1f s", r.prepareSeconds())
                : "",
            "< 10 s",
            met(r.readySeconds() < 10)),
        new Row(
            String.format("Memory, %,d open", r.open()),
            "resident (VmRSS) most seen in 40 s of ticks and polls; peak (VmHWM) ("
                + r.launch()
                + ")",
            String.format("%,d MiB", r.rssMiB()),
            String.format("peak %,d MiB", r.peakRssMiB()),
            "< 512 MiB",
            met(r.peakRssMiB() < 512)));
  }

  private boolean postgres() {
    return switch (settings.get("postgres")) {
      case "yes" -> true;
      case "no" -> false;
      default -> BenchDatabase.postgresAnswers();
    };
  }

  static String met(boolean met) {
    return met ? "met" : "MISSED";
  }

  static void progress(String what) {
    System.out.printf("[bench] %s ...%n", what);
  }

  /** The table, as Markdown, with the machine it ran on. */
  public static String table(List<Row> rows, String loadBefore, String loadAfter) {
    StringBuilder out = new StringBuilder();
    out.append(machine(loadBefore, loadAfter)).append('\n');
    out.append("| benchmark | measure | result | baseline / detail | target | |\n");
    out.append("|---|---|---|---|---|---|\n");
    for (Row r : rows) {
      out.append(
          String.join(
                  " | ",
                  "| " + r.benchmark(),
                  r.measure(),
                  r.value(),
                  r.baseline(),
                  r.target(),
                  r.met())
              + " |\n");
    }
    return out.toString();
  }

  /** {@code /proc/loadavg}'s first three figures. */
  public static String load() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String machine(String loadBefore, String loadAfter) {
    long memory = 0;
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          memory = Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
        }
      }
    } catch (IOException e) {
      memory = -1;
    }
    return String.format(
        Locale.ROOT,
        "Machine: %d cores (nproc), %,d MiB memory, Java %s (%s), load average %s before, %s"
            + " after; bench JVM %s%n",
        Runtime.getRuntime().availableProcessors(),
        memory,
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        loadBefore,
        loadAfter,
        String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
  }
}

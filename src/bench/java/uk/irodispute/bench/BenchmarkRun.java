package uk.irodispute.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark and prints one table (also written to {@code target/bench/results.md}):
 * {@link Benchmarks} for the adapter end to end, then JMH for the calendar and the engine (one fork,
 * two warm-up and three measured iterations of two seconds each).
 */
public final class BenchmarkRun {

  private BenchmarkRun() {}

  public static void main(String[] arguments) throws IOException, RunnerException {
    Benchmarks benchmarks = new Benchmarks(arguments);
    String loadBefore = Benchmarks.load();
    List<Benchmarks.Row> rows = new ArrayList<>(benchmarks.measure());
    if (benchmarks.runs("jmh")) {
      rows.addAll(jmh());
    }
    String table = Benchmarks.table(rows, loadBefore, Benchmarks.load());
    Path results = Path.of("target", "bench", "results.md");
    Files.createDirectories(results.getParent());
    Files.writeString(results, "Settings: " + benchmarks.settings() + "\n\n" + table);
    System.out.println();
    System.out.println(table);
    System.exit(0);
  }

  private static final Map<String, String> WHAT =
      Map.of(
          "dueTime", "due times computed a second (WorkingCalendar, 8 timescales)",
          "schedule", "whole schedules a second (ScheduleCalculator, day-range protocol)",
          "raise", "decisions a second: raise (EscalationEngine)",
          "escalate", "decisions a second: chair escalates (EscalationEngine)",
          "tick", "decisions a second: tick past stage 1 (EscalationEngine)");

  private static List<Benchmarks.Row> jmh() throws RunnerException {
    Benchmarks.progress("JMH: calendar and engine");
    Options options =
        new OptionsBuilder()
            .include(CalendarBenchmark.class.getSimpleName())
            .include(EngineBenchmark.class.getSimpleName())
            .forks(1)
            .warmupIterations(2)
            .warmupTime(TimeValue.seconds(2))
            .measurementIterations(3)
            .measurementTime(TimeValue.seconds(2))
            .build();
    Collection<RunResult> results = new Runner(options).run();
    List<Benchmarks.Row> rows = new ArrayList<>();
    for (RunResult result : results) {
      String label = result.getParams().getBenchmark();
      String method = label.substring(label.lastIndexOf('.') + 1);
      String owner = label.contains("Calendar") ? "JMH, calendar" : "JMH, engine";
      var score = result.getPrimaryResult();
      rows.add(
          new Benchmarks.Row(
              owner + ": " + method,
              WHAT.getOrDefault(method, method),
              String.format("%,.0f /s", score.getScore()),
              String.format("± %,.0f (99.9%%)", score.getScoreError()),
              "reported",
              "-"));
    }
    return rows;
  }
}

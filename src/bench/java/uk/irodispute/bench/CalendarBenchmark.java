package uk.irodispute.bench;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import uk.irodispute.core.engine.Schedule;

/**
 * The working calendar: a due time from a start and a timescale (core/calendar), and a whole
 * protocol's schedule (core/engine ScheduleCalculator), each per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CalendarBenchmark {

  private Workloads workloads;
  private int i;

  @Setup
  public void setUp() {
    workloads = new Workloads();
  }

  @Benchmark
  public Instant dueTime() {
    return workloads.dueTime(i++);
  }

  @Benchmark
  public Schedule schedule() {
    return workloads.schedule(i++);
  }
}

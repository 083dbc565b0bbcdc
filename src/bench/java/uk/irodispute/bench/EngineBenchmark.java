package uk.irodispute.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import uk.irodispute.core.engine.Decision;

/** The escalation engine's decisions per second: a raise, a chair's escalation, a tick. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EngineBenchmark {

  private Workloads workloads;
  private int i;

  @Setup
  public void setUp() {
    workloads = new Workloads();
  }

  @Benchmark
  public Decision raise() {
    return workloads.raise(i++);
  }

  @Benchmark
  public Decision escalate() {
    return workloads.escalate(i++);
  }

  @Benchmark
  public Decision tick() {
    return workloads.tick(i++);
  }
}

package uk.irodispute.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The tick benchmark's own check, small (no timing is asserted): the due share of the inserted
 * disputes is due, the due query uses the next-due index, and the tick route changes each due
 * dispute and leaves none due.
 */
class TickBenchTest {

  @Test
  void everyDueDisputeIsTickedAndTheDueQueryUsesItsIndexOnH2() {
    Path work = Path.of("target", "bench-test");
    TickBench.Result result =
        TickBench.run(BenchDatabase.h2(work.resolve("h2-tick")), work, 1_000, 0.01);

    assertThat(result.due()).isEqualTo(10);
    assertThat(result.ticked()).isEqualTo(10);
    assertThat(result.usesNextDueIndex()).as(result.plan()).isTrue();
    assertThat(result.runs()).isPositive();
  }
}

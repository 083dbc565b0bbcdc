package uk.irodispute.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.irodispute.core.engine.Decision;

/** What the JMH benchmarks measure gives the right answers. */
class WorkloadsTest {

  private final Workloads workloads = new Workloads();

  @Test
  void dueTimesComeAfterTheirStarts() {
    for (int i = 0; i < 2_000; i++) {
      Instant due = workloads.dueTime(i);
      assertThat(due).isAfter(Instant.parse("2026-01-01T00:00:00Z"));
    }
  }

  @Test
  void schedulesRunEveryStageOfTheirTrack() {
    assertThat(workloads.schedule(0).stages()).hasSizeGreaterThan(3);
    assertThat(workloads.schedule(1).stages()).hasSizeGreaterThan(3);
  }

  @Test
  void theEngineRaisesEscalatesAndTicks() {
    for (int i = 0; i < 50; i++) {
      assertThat(workloads.raise(i).outcome()).isEqualTo(Decision.Outcome.APPLIED);
      assertThat(workloads.escalate(i).outcome()).isEqualTo(Decision.Outcome.APPLIED);
      assertThat(workloads.tick(i).outcome()).isEqualTo(Decision.Outcome.APPLIED);
    }
  }
}

package uk.irodispute.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The latency benchmark's own check, small (no timing is asserted): with the adapter on its own
 * schedules, every note recorded gets its alert and its write-back, and each is measured.
 */
class LatencyBenchTest {

  @Test
  void everyNoteIsMailedAndWrittenBackOnTheAdaptersOwnSchedules() {
    Path work = Path.of("target", "bench-test");
    LatencyBench.Result result =
        LatencyBench.run(
            BenchDatabase.h2(work.resolve("h2-latency")),
            work,
            "1s",
            3,
            Duration.ofSeconds(2),
            Map.of());

    assertThat(result.complete()).as("%s", result).isTrue();
    assertThat(result.mailMillis()).hasSize(3).allMatch(ms -> ms >= 0);
    assertThat(result.writeBackMillis()).hasSize(3).allMatch(ms -> ms >= 0);
  }
}

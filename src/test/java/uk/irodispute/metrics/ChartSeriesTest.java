package uk.irodispute.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.irodispute.testing.MutableClock;

/** The console's chart samples: a minute's figures from the meters, a day of them at most. */
class ChartSeriesTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-16T10:00:20Z"));
  private final ChartSeries charts = new ChartSeries(registry, clock);
  private final PollMeters polls = new PollMeters(registry);

  @Test
  void eachSampleHoldsWhatHappenedInItsMinute() {
    polls.atZero("lcs-api");
    charts.sample();
    polls.pageRead("lcs-api", 7, 7);
    polls.runEnded("lcs-api", Duration.ofSeconds(2), true);
    polls.runEnded("lcs-api", Duration.ofSeconds(4), false);
    Counter.builder("iro.deliveries").tag("system", "lcs-api").register(registry).increment(3);
    charts.sample();
    assertThat(charts.last24Hours()).as("one sample a minute").hasSize(1);

    clock.advance(Duration.ofMinutes(1));
    charts.sample();

    List<ChartSeries.Sample> samples = charts.last24Hours();
    assertThat(samples).hasSize(2);
    assertThat(samples.get(0).at()).isEqualTo(Instant.parse("2026-11-16T10:00:00Z"));
    assertThat(samples.get(0).values()).containsEntry("notes read lcs-api", 0.0);
    ChartSeries.Sample second = samples.get(1);
    assertThat(second.at()).isEqualTo(Instant.parse("2026-11-16T10:01:00Z"));
    assertThat(second.values())
        .containsEntry("notes read lcs-api", 7.0)
        .containsEntry("poll failures lcs-api", 1.0)
        .containsEntry("poll seconds lcs-api", 3.0)
        .containsEntry("delivered", 3.0);
  }

  @Test
  void aDayOfSamplesIsKeptAndNoMore() {
    Timer.builder("iro.poll.duration").tag("system", "fwi-api").register(registry);
    for (int minute = 0; minute < 1500; minute++) {
      charts.sample();
      clock.advance(Duration.ofMinutes(1));
    }
    List<ChartSeries.Sample> samples = charts.last24Hours();
    assertThat(samples).hasSizeLessThanOrEqualTo(ChartSeries.MOST_SAMPLES);
    assertThat(Duration.between(samples.get(0).at(), samples.get(samples.size() - 1).at()))
        .isLessThanOrEqualTo(Duration.ofHours(24));
  }
}

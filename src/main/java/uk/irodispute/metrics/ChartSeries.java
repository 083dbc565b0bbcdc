package uk.irodispute.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's charts: a sample a minute of the adapter's own meters, the last 24 hours kept in
 * memory on this node (so the charts work without Prometheus). Each sample holds, by source, the
 * notes read and the poll runs failed in the minute and the mean poll time; the deliveries waiting
 * and those delivered in the minute; the open and overdue disputes.
 */
public class ChartSeries {

  /** A day of samples, one a minute. */
  static final int MOST_SAMPLES = 24 * 60;

  /** One minute's figures: series name to value. */
  public record Sample(Instant at, Map<String, Double> values) {}

  private static final Logger LOG = LoggerFactory.getLogger(ChartSeries.class);

  private final MeterRegistry registry;
  private final Clock clock;
  private final Deque<Sample> samples = new ArrayDeque<>();
  private Map<String, Double> lastTotals = Map.of();
  private ScheduledExecutorService every;

  public ChartSeries(MeterRegistry registry, Clock clock) {
    this.registry = registry;
    this.clock = clock;
  }

  /** Samples every minute from now, on a thread of its own, until {@link #stop}. */
  public synchronized void start() {
    every =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "chart-sampling");
              thread.setDaemon(true);
              return thread;
            });
    every.scheduleAtFixedRate(this::sampleOrLog, 1, 1, TimeUnit.MINUTES);
  }

  private void sampleOrLog() {
    try {
      sample();
    } catch (RuntimeException e) {
      LOG.warn("The charts' sample of this minute was not taken: {}", e.getClass().getSimpleName());
    }
  }

  public synchronized void stop() {
    if (every != null) {
      every.shutdownNow();
    }
  }

  /** Takes this minute's sample, unless one was taken in this minute of the adapter's clock. */
  public synchronized void sample() {
    Instant minute = clock.instant().truncatedTo(ChronoUnit.MINUTES);
    if (!samples.isEmpty() && !samples.peekLast().at().isBefore(minute)) {
      return;
    }
    Map<String, Double> totals = totals();
    Map<String, Double> values = new LinkedHashMap<>();
    for (Map.Entry<String, Double> total : totals.entrySet()) {
      if (total.getKey().startsWith("per-minute ")) {
        double before = lastTotals.getOrDefault(total.getKey(), total.getValue());
        values.put(total.getKey().substring(11), Math.max(0, total.getValue() - before));
      }
    }
    for (String system : systems()) {
      double runs = delta(totals, "runs " + system);
      double seconds = delta(totals, "seconds " + system);
      values.put("poll seconds " + system, runs == 0 ? 0 : seconds / runs);
    }
    values.put("outbox waiting", gauge("iro.outbox.items", "status", "pending"));
    values.put("disputes open", gauge("iro.disputes.open", null, null));
    values.put("disputes overdue", gauge("iro.disputes.overdue", null, null));
    lastTotals = totals;
    samples.addLast(new Sample(minute, Map.copyOf(values)));
    while (samples.size() > MOST_SAMPLES || tooOld(samples.peekFirst(), minute)) {
      samples.removeFirst();
    }
  }

  /** The samples of the last 24 hours, oldest first. */
  public synchronized List<Sample> last24Hours() {
    return new ArrayList<>(samples);
  }

  private static boolean tooOld(Sample sample, Instant now) {
    return sample != null && sample.at().isBefore(now.minus(Duration.ofHours(24)));
  }

  private double delta(Map<String, Double> totals, String key) {
    return Math.max(0, totals.getOrDefault(key, 0.0) - lastTotals.getOrDefault(key, 0.0));
  }

  private TreeSet<String> systems() {
    TreeSet<String> systems = new TreeSet<>();
    registry
        .find("iro.notes.polled")
        .counters()
        .forEach(c -> systems.add(c.getId().getTag("system")));
    return systems;
  }

  /** Running totals now: the counters, and each source's poll runs and time. */
  private Map<String, Double> totals() {
    Map<String, Double> totals = new LinkedHashMap<>();
    for (Counter c : registry.find("iro.notes.polled").counters()) {
      totals.merge("per-minute notes read " + c.getId().getTag("system"), c.count(), Double::sum);
    }
    for (Timer t : registry.find("iro.poll.duration").timers()) {
      String system = t.getId().getTag("system");
      totals.merge("runs " + system, (double) t.count(), Double::sum);
      totals.merge("seconds " + system, t.totalTime(TimeUnit.MILLISECONDS) / 1000.0, Double::sum);
      if ("failure".equals(t.getId().getTag("outcome"))) {
        totals.merge("per-minute poll failures " + system, (double) t.count(), Double::sum);
      }
    }
    double delivered = 0;
    for (Counter c : registry.find("iro.deliveries").counters()) {
      delivered += c.count();
    }
    totals.put("per-minute delivered", delivered);
    return totals;
  }

  private double gauge(String name, String tag, String value) {
    var search = registry.find(name);
    if (tag != null) {
      search = search.tag(tag, value);
    }
    Gauge gauge = search.gauge();
    return gauge == null ? 0 : gauge.value();
  }
}

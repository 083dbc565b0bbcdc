package uk.irodispute.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import uk.irodispute.polling.LookupOutcome;
import uk.irodispute.polling.PollEvents;
import uk.irodispute.store.DeadLetterReason;

/**
 * Counts what polls read: {@code iro_notes_polled_total} (every note a page held), {@code
 * iro_notes_mapped_total} (those made a case note), {@code iro_notes_dead_lettered_total} by reason
 * code, {@code iro_notes_isolated_total} (poison notes cut out of a page as it was read), {@code
 * iro_lookups_total} by lookup and outcome, and times each run, {@code iro_poll_duration_seconds}
 * by outcome.
 */
public class PollMeters implements PollEvents {

  private final MeterRegistry registry;

  public PollMeters(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void pageRead(String systemId, int items, int mapped) {
    counter("iro.notes.polled", "Notes read from a case system, readable or not", systemId)
        .increment(items);
    counter("iro.notes.mapped", "Notes read that the mapping made a case note of", systemId)
        .increment(mapped);
  }

  @Override
  public void noteKept(String systemId, DeadLetterReason reason) {
    deadLettered(systemId, reason).increment();
  }

  @Override
  public void notesIsolated(String systemId, int count) {
    isolated(systemId).increment(count);
  }

  private Counter isolated(String systemId) {
    return counter(
        "iro.notes.isolated",
        "Poison notes (too large, too deep) cut out of a page as it was read, each time read",
        systemId);
  }

  @Override
  public void runEnded(String systemId, Duration took, boolean succeeded) {
    duration(systemId, succeeded).record(took);
  }

  /** Registers a system's counters and timers at zero, before its first poll. */
  void atZero(String systemId) {
    pageRead(systemId, 0, 0);
    isolated(systemId);
    for (DeadLetterReason reason : DeadLetterReason.values()) {
      deadLettered(systemId, reason);
    }
    duration(systemId, true);
    duration(systemId, false);
  }

  private Counter deadLettered(String systemId, DeadLetterReason reason) {
    return Counter.builder("iro.notes.dead.lettered")
        .description("Notes not taken but kept as dead letters, by reason code")
        .tag("system", systemId)
        .tag("reason", reason.name().toLowerCase(Locale.ROOT))
        .register(registry);
  }

  private Timer duration(String systemId, boolean succeeded) {
    return Timer.builder("iro.poll.duration")
        .description("How long one run of a system's poll took, every page included")
        .tag("system", systemId)
        .tag("outcome", succeeded ? "success" : "failure")
        .register(registry);
  }

  @Override
  public void lookedUp(String systemId, String lookup, LookupOutcome outcome) {
    Counter.builder("iro.lookups")
        .description("Lookups of dispute notes, by the file's lookup name and outcome")
        .tag("system", systemId)
        .tag("lookup", lookup)
        .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
        .register(registry)
        .increment();
  }

  private Counter counter(String name, String description, String systemId) {
    return Counter.builder(name)
        .description(description)
        .tag("system", systemId)
        .register(registry);
  }
}

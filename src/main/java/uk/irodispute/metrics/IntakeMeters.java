package uk.irodispute.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import uk.irodispute.application.IntakeCause;
import uk.irodispute.application.NoteTaken;
import uk.irodispute.store.NoteOutcome;

/**
 * Counts the notes the intake took, {@code iro_notes_taken_total}, by system, outcome ({@code
 * applied}, {@code recorded_only}, {@code rejected}, {@code ignored}, {@code duplicate}) and reason
 * (the intake's fixed cause: {@code rules}, {@code no_such_dispute}, {@code protocol}, ...).
 */
public class IntakeMeters {

  private final MeterRegistry registry;

  public IntakeMeters(MeterRegistry registry) {
    this.registry = registry;
  }

  @EventListener
  public void taken(NoteTaken note) {
    counter(note.systemId(), note.outcome(), note.cause()).increment();
  }

  /** Registers a system's counters at zero, every outcome and reason, before its first note. */
  void atZero(String systemId) {
    for (NoteOutcome outcome : NoteOutcome.values()) {
      for (IntakeCause cause : IntakeCause.values()) {
        counter(systemId, outcome, cause);
      }
    }
  }

  private Counter counter(String systemId, NoteOutcome outcome, IntakeCause cause) {
    return Counter.builder("iro.notes.taken")
        .description("Notes the intake took, by outcome and the fixed code of its reason")
        .tag("system", systemId)
        .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
        .tag("reason", cause.name().toLowerCase(Locale.ROOT))
        .register(registry);
  }
}

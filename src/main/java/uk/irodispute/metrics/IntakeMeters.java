package uk.irodispute.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import uk.irodispute.store.NoteTaken;

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
    Counter.builder("iro.notes.taken")
        .description("Notes the intake took, by outcome and the fixed code of its reason")
        .tag("system", note.systemId())
        .tag("outcome", note.outcome().name().toLowerCase(Locale.ROOT))
        .tag("reason", note.cause().name().toLowerCase(Locale.ROOT))
        .register(registry)
        .increment();
  }
}

package uk.irodispute.core.engine;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.irodispute.core.calendar.WorkingCalendar;
import uk.irodispute.core.protocol.StageDefinition;
import uk.irodispute.core.protocol.Step;

/**
 * When each step of a stage falls due: from the stage's opening, or from the due time of the step
 * it follows. A stage with steps and no timescale of its own is due when its last step is.
 */
final class StepTimes {

  private StepTimes() {}

  /** Each step's due time, in the order declared. */
  static Map<String, Instant> dueTimes(
      StageDefinition stage, Instant opened, Instant raised, WorkingCalendar calendar) {
    Map<String, Instant> due = new LinkedHashMap<>();
    for (Step step : stage.steps()) {
      Instant base = step.afterStep().map(due::get).orElse(opened);
      due.put(step.id(), step.within().dueFrom(base, raised, calendar));
    }
    return due;
  }

  /** The latest step's due time, or null for a stage without steps. */
  static Instant lastDue(
      StageDefinition stage, Instant opened, Instant raised, WorkingCalendar calendar) {
    return dueTimes(stage, opened, raised, calendar).values().stream()
        .max(Comparator.naturalOrder())
        .orElse(null);
  }
}

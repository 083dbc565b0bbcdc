package uk.irodispute.core.engine;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import uk.irodispute.core.calendar.WorkingCalendar;
import uk.irodispute.core.protocol.StageDefinition;
import uk.irodispute.core.protocol.Step;

/**
 * When each step of a stage first falls due: from the stage's opening, from the due time of the
 * step it follows, or from the event its {@code from} names (the raise, or an earlier stage's
 * opening). A stage with steps and no timescale of its own is due when its last step is.
 */
final class StepTimes {

  private StepTimes() {}

  /**
   * Each step's due time, in the order declared.
   *
   * @param stageOpenedAt when an earlier stage of this dispute opened; null for a stage it never
   *     reached, and the step then counts from its own stage's opening
   */
  static Map<String, Instant> dueTimes(
      StageDefinition stage,
      Instant opened,
      Instant raised,
      WorkingCalendar calendar,
      Function<String, Instant> stageOpenedAt) {
    Map<String, Instant> due = new LinkedHashMap<>();
    for (Step step : stage.steps()) {
      Instant base =
          step.afterStep()
              .map(due::get)
              .orElseGet(() -> anchor(step, opened, raised, stageOpenedAt));
      due.put(step.id(), step.within().dueFrom(base, raised, calendar));
    }
    return due;
  }

  /** The latest step's due time, or null for a stage without steps. */
  static Instant lastDue(
      StageDefinition stage,
      Instant opened,
      Instant raised,
      WorkingCalendar calendar,
      Function<String, Instant> stageOpenedAt) {
    return dueTimes(stage, opened, raised, calendar, stageOpenedAt).values().stream()
        .max(Comparator.naturalOrder())
        .orElse(null);
  }

  private static Instant anchor(
      Step step, Instant opened, Instant raised, Function<String, Instant> stageOpenedAt) {
    return step.fromIfAny()
        .map(
            from -> {
              if (Step.RAISED.equals(from)) {
                return raised;
              }
              Instant at = stageOpenedAt.apply(from);
              return at == null ? opened : at;
            })
        .orElse(opened);
  }
}

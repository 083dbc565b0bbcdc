package uk.irodispute.core.engine;

import static uk.irodispute.core.engine.DisputeDraft.details;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import uk.irodispute.core.calendar.Timescale;
import uk.irodispute.core.model.StageRecord;
import uk.irodispute.core.model.Timer;
import uk.irodispute.core.model.Timer.TimerKind;
import uk.irodispute.core.protocol.StageDefinition;
import uk.irodispute.core.protocol.Step;

/**
 * The tasks (steps) of a stage: each is reminded before it falls due, alerted when it falls due,
 * and neither once a note marks it done. Seed 001: "This discussion will be recorded on the child's
 * file by the DHoS IRO within 24 hours."
 */
final class Tasks {

  private Tasks() {}

  /** The due and reminder timers of a stage's tasks, given each task's due time. */
  static List<Timer> timers(StageDefinition stage, Instant opened, DisputeDraft d) {
    Map<String, Instant> dueTimes =
        StepTimes.dueTimes(stage, opened, d.raisedAt, d.calendar, stageOpenings(d));
    List<Timer> timers = new ArrayList<>();
    for (Step step : stage.steps()) {
      timers.addAll(timers(stage, step, dueTimes.get(step.id()), opened, d));
    }
    return timers;
  }

  /** A task's due timer, and its reminders that fall after {@code from} and before it is due. */
  private static List<Timer> timers(
      StageDefinition stage, Step step, Instant due, Instant from, DisputeDraft d) {
    List<Timer> timers = new ArrayList<>();
    timers.add(new Timer(TimerKind.STEP, stage.id(), step.id(), due));
    for (Timescale before : step.reminders()) {
      Instant at = before.before(due, d.calendar);
      if (at.isAfter(from) && at.isBefore(due)) {
        timers.add(new Timer(TimerKind.STEP_REMINDER, stage.id(), step.id(), at));
      }
    }
    return timers;
  }

  /** When each stage this dispute has been at first opened; null for one it never reached. */
  static Function<String, Instant> stageOpenings(DisputeDraft d) {
    return stageId ->
        d.stages.stream()
            .filter(s -> s.stageId().equals(stageId))
            .map(StageRecord::openedAt)
            .findFirst()
            .orElse(null);
  }

  /** Why the task cannot be marked done now; empty when it can. */
  static Optional<String> whyNotDone(DisputeDraft d, String taskId) {
    List<String> open =
        d.timers.stream()
            .filter(t -> t.kind() == TimerKind.STEP && d.currentStageId.equals(t.stageId()))
            .map(Timer::ref)
            .toList();
    if (taskId != null && open.contains(taskId)) {
      return Optional.empty();
    }
    return Optional.of(
        "the task "
            + (taskId == null ? "is not named" : "'" + taskId + "' is not open at this stage")
            + "; open tasks: "
            + (open.isEmpty() ? "none" : String.join(", ", open)));
  }

  /** Marks the task done: its due alert and reminders are dropped. */
  static void done(DisputeDraft d, Command.TaskDone c, Instant t) {
    d.timers.removeIf(tm -> isTaskTimer(d, tm, c.taskId()));
    countFollowersFrom(d, c.taskId(), t);
    d.event(t, EventType.TASK_DONE, d.currentStageId, c.commandId(), details("task", c.taskId()));
  }

  /**
   * A task that follows another counts from when that task was done, not from its due time. Seed
   * 002: "The chair will add an informal dispute case note to the child's file with the agreed
   * actions and timescales within 1 working day of agreement." A later task that follows one moved
   * here moves with it.
   */
  private static void countFollowersFrom(DisputeDraft d, String doneTask, Instant doneAt) {
    StageDefinition stage = d.currentDefinition();
    Map<String, Instant> counted = new HashMap<>(Map.of(doneTask, doneAt));
    for (Step step : stage.steps()) {
      Instant from = step.afterStep().map(counted::get).orElse(null);
      if (from == null || !isOpen(d, step)) {
        continue;
      }
      Instant due = step.within().dueFrom(from, d.raisedAt, d.calendar);
      d.timers.removeIf(tm -> isTaskTimer(d, tm, step.id()));
      d.timers.addAll(timers(stage, step, due, doneAt, d));
      counted.put(step.id(), due);
    }
  }

  private static boolean isOpen(DisputeDraft d, Step step) {
    return d.timers.stream()
        .anyMatch(tm -> tm.kind() == TimerKind.STEP && isTaskTimer(d, tm, step.id()));
  }

  private static boolean isTaskTimer(DisputeDraft d, Timer tm, String taskId) {
    return (tm.kind() == TimerKind.STEP || tm.kind() == TimerKind.STEP_REMINDER)
        && d.currentStageId.equals(tm.stageId())
        && taskId.equals(tm.ref());
  }

  /** Reminds the task's owner that it falls due soon. */
  static void remind(DisputeDraft d, Timer timer) {
    StageDefinition stage = d.currentDefinition();
    Step step = step(stage, timer.ref());
    Instant due =
        d.timers.stream()
            .filter(tm -> tm.kind() == TimerKind.STEP && step.id().equals(tm.ref()))
            .map(Timer::dueAt)
            .findFirst()
            .orElse(null);
    d.event(
        timer.dueAt(), EventType.TASK_REMINDER_SENT, stage.id(), null, details("task", step.id()));
    d.alert(
        AlertKind.TASK_REMINDER,
        List.of(step.owner()),
        List.of(),
        stage,
        due,
        Asked.of(Asked.Ask.TASK_REMINDER, "task", step.name()));
  }

  private static Step step(StageDefinition stage, String stepId) {
    return stage.steps().stream().filter(s -> s.id().equals(stepId)).findFirst().orElseThrow();
  }
}

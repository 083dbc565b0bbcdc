package uk.irodispute.scenarios;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.irodispute.core.calendar.WorkingCalendar;
import uk.irodispute.core.engine.Decision;
import uk.irodispute.core.engine.Effect;
import uk.irodispute.core.engine.EscalationEngine;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.core.model.DisputeReference;
import uk.irodispute.core.model.Subject;
import uk.irodispute.core.model.Timer;
import uk.irodispute.mappings.YamlField;

/**
 * Runs a scenario through the escalation engine as the adapter would: before each step every due
 * time up to the step's time falls due, in order, each at its own time (the tick route); then the
 * step's note is decided at the step's time. The first difference from what a step expects ends the
 * scenario.
 */
public final class ScenarioRunner {

  // Invented identifiers: a scenario holds no one's data.
  private static final Subject SUBJECT = new Subject("scenario", "CHILD-1", "CASE-1");
  private static final String CHAIR_ID = "IRO-1";
  private static final int MOST_TICKS_IN_ONE_STEP = 1_000;
  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.UK);

  private final EscalationEngine engine;

  public ScenarioRunner(EscalationEngine engine) {
    this.engine = engine;
  }

  /** Runs one scenario. */
  public ScenarioResult run(Scenario scenario) {
    DisputeReference reference =
        DisputeReference.of(scenario.start().atZone(WorkingCalendar.ZONE).getYear(), 1);
    Dispute dispute = null;
    String rejected = null;
    for (int i = 0; i < scenario.steps().size(); i++) {
      ScenarioStep step = scenario.steps().get(i);
      List<Effect> effects = new ArrayList<>();
      Decision decision = null;
      if (dispute != null) {
        dispute = tickUntil(dispute, step.at(), effects);
      }
      if (step.note() != null) {
        String noteId = "SCENARIO-NOTE-" + (i + 1) + "@1";
        if (i == 0) {
          decision =
              engine.raise(
                  step.note()
                      .raise(
                          noteId,
                          step.at(),
                          reference,
                          scenario.protocolId(),
                          scenario.trackId(),
                          SUBJECT,
                          CHAIR_ID),
                  step.at());
          rejected = decision.outcome() == Decision.Outcome.REJECTED ? decision.reason() : null;
        } else if (dispute == null) {
          return failed(
              scenario, step, "no dispute is open: the raise was rejected (" + rejected + ")");
        } else {
          decision =
              engine.decide(
                  dispute, step.note().onDispute(noteId, step.at(), reference), step.at());
        }
        effects.addAll(decision.effects());
        if (decision.dispute().isPresent()) {
          dispute = decision.dispute().get();
        }
      }
      Optional<String> difference = difference(step, dispute, decision, effects);
      if (difference.isPresent()) {
        return failed(scenario, step, difference.get());
      }
    }
    return new ScenarioResult(scenario, null);
  }

  private Dispute tickUntil(Dispute dispute, Instant until, List<Effect> effects) {
    Dispute now = dispute;
    for (int i = 0; i < MOST_TICKS_IN_ONE_STEP; i++) {
      Optional<Instant> next = now.nextDueAt();
      if (next.isEmpty() || next.get().isAfter(until)) {
        return now;
      }
      Decision tick = engine.tick(now, next.get());
      effects.addAll(tick.effects());
      now = tick.dispute().orElse(now);
    }
    throw new IllegalStateException(
        "more than " + MOST_TICKS_IN_ONE_STEP + " due times before " + shown(until));
  }

  private static ScenarioResult failed(Scenario scenario, ScenarioStep step, String difference) {
    int number = scenario.steps().indexOf(step) + 1;
    return new ScenarioResult(
        scenario,
        "step " + number + " (line " + step.line() + ", " + shown(step.at()) + "): " + difference);
  }

  private static Optional<String> difference(
      ScenarioStep step, Dispute dispute, Decision decision, List<Effect> effects) {
    Expectations e = step.expect();
    if (decision != null) {
      String outcome = YamlField.fileName(decision.outcome());
      if (e.outcome() != null && e.outcome() != decision.outcome()) {
        return Optional.of(
            "the note was "
                + outcome
                + reason(decision)
                + ", expected "
                + YamlField.fileName(e.outcome()));
      }
      if (e.outcome() == null && decision.outcome() == Decision.Outcome.REJECTED) {
        return Optional.of("the note was rejected" + reason(decision));
      }
    }
    if (dispute == null) {
      return e.stage() != null || e.due() != null || e.overallDue() != null || e.status() != null
          ? Optional.of("no dispute is open: the raise was rejected" + reason(decision))
          : Optional.empty();
    }
    if (e.stage() != null && !e.stage().equals(dispute.currentStageId())) {
      return Optional.of(
          "the dispute is at stage " + dispute.currentStageId() + ", expected " + e.stage());
    }
    if (e.status() != null && e.status() != dispute.status()) {
      return Optional.of(
          "the status is "
              + YamlField.fileName(dispute.status())
              + ", expected "
              + YamlField.fileName(e.status()));
    }
    Instant due = dispute.currentStage().dueAt();
    if (e.due() != null && !same(e.due().at(), due)) {
      return Optional.of(
          "stage "
              + dispute.currentStageId()
              + " is due "
              + shown(due)
              + ", expected "
              + shown(e.due().at()));
    }
    Instant overall = overallDue(dispute);
    if (e.overallDue() != null && !same(e.overallDue().at(), overall)) {
      return Optional.of(
          "the overall due time is " + shown(overall) + ", expected " + shown(e.overallDue().at()));
    }
    if (e.alerts() != null) {
      Optional<String> alerts = EffectMatch.alerts(e.alerts(), effects);
      if (alerts.isPresent()) {
        return alerts;
      }
    }
    return e.notes() == null ? Optional.empty() : EffectMatch.notes(e.notes(), effects);
  }

  /** The earliest overall limit still to fall due; null when none applies or all are reached. */
  static Instant overallDue(Dispute dispute) {
    return dispute.timers().stream()
        .filter(t -> t.kind() == Timer.TimerKind.CAP)
        .map(Timer::dueAt)
        .min(Comparator.naturalOrder())
        .orElse(null);
  }

  private static String reason(Decision decision) {
    return decision == null || decision.reason() == null ? "" : " (" + decision.reason() + ")";
  }

  private static boolean same(Instant a, Instant b) {
    return a == null ? b == null : a.equals(b);
  }

  /** A time as the council reads it: London local time, with the day of the week. */
  static String shown(Instant t) {
    return t == null ? "none" : SHOWN.format(ZonedDateTime.ofInstant(t, WorkingCalendar.ZONE));
  }
}

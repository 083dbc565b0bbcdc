package uk.irodispute.mappings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.irodispute.core.calendar.Timescale;
import uk.irodispute.core.protocol.AfterResponse;
import uk.irodispute.core.protocol.BreachAction;
import uk.irodispute.core.protocol.Meeting;
import uk.irodispute.core.protocol.RecordKind;
import uk.irodispute.core.protocol.RoleDefinition;
import uk.irodispute.core.protocol.StageDefinition;
import uk.irodispute.core.protocol.StageKind;
import uk.irodispute.core.protocol.Step;

/**
 * Reads one list of stages (a track's own, or the top-level list tracks share) and checks what must
 * hold within it: unique stage and step ids, escalation ({@code next}) moving forward, steps
 * counting only from earlier steps, and every non-referral stage addressed to someone.
 */
final class StageReader {

  static final Set<String> STAGE_FIELDS =
      Set.of(
          "id",
          "name",
          "kind",
          "to",
          "cc",
          "timescale",
          "chairSetsTimescale",
          "limit",
          "onBreach",
          "reminders",
          "mayStartHere",
          "recording",
          "recordedBy",
          "mustRecord",
          "decisionMaker",
          "next",
          "guidance",
          "meeting",
          "steps",
          "afterResponse");
  static final Set<String> AFTER_RESPONSE_FIELDS = Set.of("decideWithin", "then", "alert");

  static final Set<String> MEETING_FIELDS = Set.of("attendees", "step");
  static final Set<String> STEP_FIELDS =
      Set.of("id", "name", "within", "after", "owner", "reminders", "from");

  private final ProtocolReferences references;

  StageReader(ProtocolReferences references) {
    this.references = references;
  }

  /**
   * Reads the stages under {@code key} of {@code owner}.
   *
   * @param where the list's owner for messages, for example {@code track 'LAC'}
   */
  List<StageDefinition> read(YamlField owner, String key, String where) {
    List<YamlField> fields = owner.objectList(key);
    List<StageDefinition> stages = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      stages.add(readStage(fields.get(i), i == 0));
    }
    IdentifiedItems.checkUniqueIds(fields, "stage", where);
    checkNext(fields, stages, where);
    checkFrom(fields, stages, where);
    return stages;
  }

  /** A step counts from the raise or from an earlier stage's opening, never a later one. */
  private static void checkFrom(
      List<YamlField> fields, List<StageDefinition> stages, String where) {
    List<String> ids = stages.stream().map(StageDefinition::id).toList();
    for (int i = 0; i < stages.size(); i++) {
      List<Step> steps = stages.get(i).steps();
      List<YamlField> stepFields = fields.get(i).objectList("steps");
      for (int j = 0; j < steps.size() && j < stepFields.size(); j++) {
        String from = steps.get(j).from();
        int target = indexOf(ids, from);
        if (from == null || Step.RAISED.equals(from) || (target >= 0 && target < i)) {
          continue;
        }
        stepFields
            .get(j)
            .value("from")
            .orElseThrow()
            .problem(
                "from '"
                    + from
                    + "' must be 'raised' or an earlier stage of "
                    + where
                    + "; earlier stages: "
                    + String.join(
                        ", ", ids.subList(0, i).stream().filter(s -> s != null).toList()));
      }
    }
  }

  private StageDefinition readStage(YamlField f, boolean first) {
    f.rejectUnknownKeys(STAGE_FIELDS);
    String id = f.requiredString("id");
    String name = f.requiredString("name");
    StageKind kind = f.requiredEnum("kind", StageKind.class);
    List<String> to = references.roles(f, "to");
    if (kind != null && kind != StageKind.REFERRAL && to.isEmpty()) {
      YamlField at = f.field("to").orElse(f);
      f.problems()
          .add(
              at.line(),
              f.path() + ".to",
              "a "
                  + YamlField.fileName(kind)
                  + " stage must be addressed to at least one role: give 'to: [role, ...]'");
    }
    List<String> cc = references.roles(f, "cc");
    Timescale timescale = Timescales.optional(f, "timescale");
    boolean chairSets = f.optionalBoolean("chairSetsTimescale", false);
    if (chairSets && !f.has("timescale")) {
      f.value("chairSetsTimescale")
          .orElseThrow()
          .problem(
              "chairSetsTimescale: true needs a default 'timescale' for when the chair sets none");
    }
    Timescale limit = Timescales.optional(f, "limit");
    BreachAction onBreach =
        f.optionalEnum("onBreach", BreachAction.class, BreachAction.ALERT_CHAIR);
    List<Timescale> reminders = Timescales.reminders(f, "reminders");
    boolean mayStartHere = f.optionalBoolean("mayStartHere", first);
    List<RecordKind> recording =
        f.has("recording")
            ? f.scalarItems("recording").stream()
                .map(i -> i.enumValue(RecordKind.class))
                .filter(k -> k != null)
                .toList()
            : List.of(RecordKind.values());
    String recordedBy = role(f, "recordedBy", RoleDefinition.CHAIR);
    List<String> mustRecord = f.stringList("mustRecord");
    String decisionMaker = role(f, "decisionMaker", null);
    String next = f.optionalString("next");
    String guidance = f.optionalString("guidance");
    List<Step> steps = readSteps(f, id);
    return new StageDefinition(
        id,
        name,
        kind,
        to,
        cc,
        timescale,
        chairSets,
        limit,
        onBreach,
        reminders,
        mayStartHere,
        recording,
        recordedBy,
        mustRecord,
        steps,
        decisionMaker,
        guidance == null ? null : guidance.strip(),
        next,
        readAfterResponse(f),
        readMeeting(f, steps));
  }

  /** How long the chair has to decide after a response, and what follows; null when unset. */
  private AfterResponse readAfterResponse(YamlField stage) {
    var found = stage.optionalObject("afterResponse");
    if (found.isEmpty()) {
      return null;
    }
    YamlField f = found.get();
    f.rejectUnknownKeys(AFTER_RESPONSE_FIELDS);
    return new AfterResponse(
        Timescales.required(f, "decideWithin"),
        f.requiredEnum("then", BreachAction.class),
        references.roles(f, "alert"));
  }

  /**
   * A stage's meeting: at least one attendee, each a declared role or the chair; its step, if
   * named, one of the stage's own.
   */
  private Meeting readMeeting(YamlField stage, List<Step> steps) {
    Optional<YamlField> field = stage.optionalObject("meeting");
    if (field.isEmpty()) {
      return null;
    }
    YamlField f = field.get();
    f.rejectUnknownKeys(MEETING_FIELDS);
    List<String> attendees = references.roles(f, "attendees");
    if (attendees.isEmpty()) {
      f.problem("a meeting needs 'attendees: [role, ...]': the roles invited, chair included");
    }
    String step = f.optionalString("step");
    List<String> stepIds = steps.stream().map(Step::id).filter(s -> s != null).toList();
    if (step != null && !stepIds.contains(step)) {
      f.value("step")
          .orElseThrow()
          .problem(
              "unknown step '"
                  + step
                  + "'"
                  + Suggestions.didYouMean(step, stepIds)
                  + "; a meeting's step must be one of the stage's own steps: "
                  + (stepIds.isEmpty() ? "the stage has none" : String.join(", ", stepIds)));
    }
    if (step == null && !stage.has("timescale")) {
      f.problem(
          "the stage has no timescale, so the meeting needs 'step:' naming the step it must be"
              + " held by");
    }
    return new Meeting(attendees, step);
  }

  private List<Step> readSteps(YamlField stage, String stageId) {
    List<YamlField> fields = stage.objectList("steps");
    List<Step> steps = new ArrayList<>();
    for (YamlField f : fields) {
      f.rejectUnknownKeys(STEP_FIELDS);
      steps.add(
          new Step(
              f.requiredString("id"),
              f.requiredString("name"),
              Timescales.required(f, "within"),
              f.optionalString("after"),
              role(f, "owner", RoleDefinition.CHAIR),
              Timescales.reminders(f, "reminders"),
              f.optionalString("from")));
    }
    String where = "stage '" + stageId + "'";
    IdentifiedItems.checkUniqueIds(fields, "step", where);
    checkAfter(fields, steps, where);
    return steps;
  }

  /** A step may count only from a step declared before it in the same stage. */
  private static void checkAfter(List<YamlField> fields, List<Step> steps, String where) {
    for (int i = 0; i < steps.size(); i++) {
      String after = steps.get(i).after();
      if (after == null || steps.get(i).id() == null) {
        continue;
      }
      YamlField at = fields.get(i).value("after").orElseThrow();
      int target = indexOf(steps.stream().map(Step::id).toList(), after);
      if (target == i) {
        at.problem(
            "step '" + after + "' comes after itself: after must name an earlier step of " + where);
      } else if (target > i) {
        at.problem(
            "after '"
                + after
                + "' names a later step: after must name an earlier step of "
                + where
                + " (counting from a later step could make a cycle)");
      } else if (target < 0) {
        List<String> earlier = steps.subList(0, i).stream().map(Step::id).toList();
        at.problem(
            "after '"
                + after
                + "' is not a step of "
                + where
                + Suggestions.didYouMean(after, earlier)
                + "; earlier steps are: "
                + (earlier.isEmpty() ? "(none)" : String.join(", ", earlier)));
      }
    }
  }

  /** Escalation must go to a later stage of the same list, never back or to itself. */
  private static void checkNext(
      List<YamlField> fields, List<StageDefinition> stages, String where) {
    List<String> ids = stages.stream().map(StageDefinition::id).toList();
    for (int i = 0; i < stages.size(); i++) {
      String next = stages.get(i).next();
      String from = stages.get(i).id();
      if (next == null) {
        continue;
      }
      YamlField at = fields.get(i).value("next").orElseThrow();
      int target = indexOf(ids, next);
      if (target < 0) {
        at.problem(
            "next '"
                + next
                + "' is not a stage of "
                + where
                + Suggestions.didYouMean(next, ids.stream().filter(s -> s != null).toList())
                + "; its stages are: "
                + String.join(", ", ids.stream().filter(s -> s != null).toList()));
      } else if (target == i) {
        at.problem(
            "next '"
                + next
                + "' from '"
                + from
                + "' points to itself: escalation must move forward");
      } else if (target < i) {
        at.problem(
            "next '"
                + next
                + "' from '"
                + from
                + "' goes back up the track: escalation must move forward");
      }
    }
  }

  private static int indexOf(List<String> ids, String id) {
    return ids.indexOf(id);
  }

  private String role(YamlField f, String key, String otherwise) {
    return f.has(key) ? references.role(f, key) : otherwise;
  }
}

package uk.irodispute.scenarios;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.irodispute.core.calendar.Timescale;
import uk.irodispute.core.calendar.WorkingCalendar;
import uk.irodispute.core.engine.AlertKind;
import uk.irodispute.core.engine.Decision;
import uk.irodispute.core.model.Concerns;
import uk.irodispute.core.model.DisputeStatus;
import uk.irodispute.core.protocol.Protocol;
import uk.irodispute.core.protocol.ProtocolRegistry;
import uk.irodispute.core.protocol.RoleDefinition;
import uk.irodispute.core.protocol.Track;
import uk.irodispute.mappings.Suggestions;
import uk.irodispute.mappings.Timescales;
import uk.irodispute.mappings.YamlField;

/**
 * Reads the scenarios of one file (the format in docs/PROTOCOLS.md). Every mistake is recorded
 * against its line and field: an unknown field, a time that is not a London local time, a step
 * earlier than the one before, and a protocol, track, stage or role the protocol files do not
 * declare.
 */
final class ScenarioReader {

  static final Set<String> SCENARIO_KEYS =
      Set.of("name", "quote", "protocol", "track", "start", "steps");
  static final Set<String> STEP_KEYS = Set.of("at", "note", "expect");
  static final Set<String> EXPECT_KEYS =
      Set.of("stage", "due", "overallDue", "status", "outcome", "alerts", "notes");
  static final Set<String> ALERT_KEYS = Set.of("kind", "to", "cc");
  static final Set<String> NOTE_KEYS = Set.of("kind", "by");
  private static final String NONE = "none";

  private final ProtocolRegistry protocols;
  private final String file;

  ScenarioReader(ProtocolRegistry protocols, String file) {
    this.protocols = protocols;
    this.file = file;
  }

  /** The scenarios of a file: one at the top, or a list under {@code scenarios}. */
  List<Scenario> read(YamlField root) {
    if (root.has("scenarios")) {
      root.rejectUnknownKeys(Set.of("scenarios"));
      return root.requiredObjectList("scenarios").stream()
          .map(this::scenario)
          .flatMap(Optional::stream)
          .toList();
    }
    return scenario(root).stream().toList();
  }

  private Optional<Scenario> scenario(YamlField s) {
    s.rejectUnknownKeys(SCENARIO_KEYS);
    String name = s.requiredString("name");
    String quote = s.requiredString("quote");
    Protocol protocol = protocol(s);
    Track track = protocol == null ? null : track(s, protocol);
    Instant start = s.has("start") ? time(s.value("start").orElseThrow()) : null;
    if (!s.has("start")) {
      s.missing("start");
    }
    List<ScenarioStep> steps = new ArrayList<>();
    Instant previous = start;
    List<YamlField> items = s.requiredObjectList("steps");
    if (s.has("steps") && items.isEmpty()) {
      s.value("steps").orElseThrow().problem("a scenario needs at least one step: the raise");
    }
    for (int i = 0; i < items.size(); i++) {
      ScenarioStep step = step(items.get(i), i == 0, previous, protocol, track);
      if (step != null) {
        steps.add(step);
        previous = step.at();
      }
    }
    if (name == null || quote == null || protocol == null || start == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Scenario(
            file, s.line(), name, quote, protocol.id(), s.optionalString("track"), start, steps));
  }

  private Protocol protocol(YamlField s) {
    String id = s.requiredString("protocol");
    if (id == null) {
      return null;
    }
    Optional<Protocol> found = protocols.latest(id);
    if (found.isEmpty()) {
      Set<String> ids = protocols.latest().stream().map(Protocol::id).collect(Collectors.toSet());
      s.value("protocol")
          .orElseThrow()
          .problem(
              "unknown protocol '"
                  + id
                  + "'"
                  + Suggestions.didYouMean(id, ids)
                  + "; protocols: "
                  + String.join(", ", ids.stream().sorted().toList()));
    }
    return found.orElse(null);
  }

  private static Track track(YamlField s, Protocol protocol) {
    String id = s.optionalString("track");
    if (id == null) {
      // The raise names no track: the engine refuses it where the protocol has several.
      return protocol.tracks().size() == 1 ? protocol.defaultTrack() : null;
    }
    Optional<Track> found = protocol.track(id);
    if (found.isEmpty()) {
      s.value("track")
          .orElseThrow()
          .problem(
              "unknown track '"
                  + id
                  + "'; tracks of "
                  + protocol.id()
                  + ": "
                  + String.join(", ", protocol.tracks().stream().map(Track::id).toList()));
    }
    return found.orElse(null);
  }

  private ScenarioStep step(
      YamlField step, boolean first, Instant previous, Protocol protocol, Track track) {
    Instant at = step.value("at").map(ScenarioReader::time).orElse(previous);
    if (at != null && previous != null && at.isBefore(previous)) {
      step.value("at")
          .orElseThrow()
          .problem("a step cannot be earlier than the one before it (or the start)");
    }
    ScenarioNote note = null;
    Set<String> allowed = new LinkedHashSet<>(STEP_KEYS);
    if (step.has("note")) {
      YamlField kind = step.value("note").orElseThrow();
      ScenarioNote.Kind k = kind.enumValue(ScenarioNote.Kind.class);
      if (k != null) {
        allowed.addAll(fieldsOf(k));
        note = note(step, k, protocol, track);
        if (first != (k == ScenarioNote.Kind.RAISE)) {
          kind.problem(
              first
                  ? "the first step raises the dispute: note: raise"
                  : "only the first step raises the dispute");
        }
      }
    } else if (first) {
      step.problem("the first step raises the dispute: note: raise");
    }
    step.rejectUnknownKeys(allowed);
    Expectations expect =
        step.value("expect")
            .filter(this::isObject)
            .map(e -> expect(e, protocol, track))
            .orElse(Expectations.NONE);
    if (note == null && expect.outcome() != null) {
      step.field("expect")
          .flatMap(e -> e.field("outcome"))
          .orElseThrow()
          .problem("a step without a note has no outcome to check");
    }
    return at == null ? null : new ScenarioStep(step.line(), at, note, expect);
  }

  /** The fields a step with this kind of note may have besides {@link #STEP_KEYS}. */
  static Set<String> fieldsOf(ScenarioNote.Kind kind) {
    return switch (kind) {
      case RAISE ->
          Set.of(
              "stage",
              "category",
              "seriousness",
              "repeat",
              "otherPartOfCouncil",
              "recorded",
              "responseBy");
      case RESPOND -> Set.of("response", "from", "stage");
      case ESCALATE -> Set.of("to");
      case EXTEND -> Set.of("by", "until", "reason", "approvedBy");
      case TIME_OUT -> Set.of("approvedBy");
      case TASK_DONE -> Set.of("task");
      default -> Set.of();
    };
  }

  private ScenarioNote note(YamlField s, ScenarioNote.Kind kind, Protocol protocol, Track track) {
    Set<String> recorded =
        s.has("recorded")
            ? new LinkedHashSet<>(s.stringList("recorded"))
            : ScenarioNote.EVERYTHING_RECORDED;
    String stage =
        kind == ScenarioNote.Kind.ESCALATE ? stage(s, "to", track) : stage(s, "stage", track);
    Timescale by = Timescales.optional(s, "by");
    Instant until = s.value("until").map(ScenarioReader::time).orElse(null);
    if (kind == ScenarioNote.Kind.EXTEND && (by == null) == (until == null)) {
      s.problem("an extension gives either 'by' (a timescale) or 'until' (a time)");
    }
    return new ScenarioNote(
        kind,
        stage,
        s.optionalString("category"),
        s.optionalString("seriousness"),
        s.optionalBoolean("repeat", false),
        s.optionalBoolean("otherPartOfCouncil", false)
            ? Concerns.ANOTHER_PART_OF_THE_COUNCIL
            : Concerns.CHILDRENS_SERVICES,
        recorded,
        s.value("responseBy").map(ScenarioReader::time).orElse(null),
        s.optionalString("response"),
        role(s, "from", protocol),
        by,
        until,
        s.optionalString("reason", "extended in a scenario"),
        role(s, "approvedBy", protocol),
        s.optionalString("task"));
  }

  private Expectations expect(YamlField e, Protocol protocol, Track track) {
    e.rejectUnknownKeys(EXPECT_KEYS);
    return new Expectations(
        stage(e, "stage", track),
        e.value("due").map(ScenarioReader::moment).orElse(null),
        e.value("overallDue").map(ScenarioReader::moment).orElse(null),
        e.optionalEnum("status", DisputeStatus.class, null),
        e.optionalEnum("outcome", Decision.Outcome.class, null),
        e.field("alerts").isPresent()
            ? e.objectList("alerts").stream().map(a -> alert(a, protocol)).toList()
            : null,
        e.field("notes").isPresent()
            ? e.objectList("notes").stream().map(n -> expectedNote(n, protocol)).toList()
            : null);
  }

  private static Expectations.ExpectedAlert alert(YamlField a, Protocol protocol) {
    a.rejectUnknownKeys(ALERT_KEYS);
    AlertKind kind = a.requiredEnum("kind", AlertKind.class);
    if (!a.field("to").isPresent()) {
      a.missing("to");
    }
    List<String> to = roles(a, "to", protocol);
    List<String> cc = a.field("cc").isPresent() ? roles(a, "cc", protocol) : null;
    return new Expectations.ExpectedAlert(kind, to, cc, a.line());
  }

  private static Expectations.ExpectedNote expectedNote(YamlField n, Protocol protocol) {
    n.rejectUnknownKeys(NOTE_KEYS);
    return new Expectations.ExpectedNote(
        n.requiredEnum("kind", uk.irodispute.core.protocol.RecordKind.class),
        role(n, "by", protocol),
        n.line());
  }

  private boolean isObject(YamlField f) {
    if (!f.isMapping()) {
      f.problem("expected fields (key: value) such as stage: and due:");
      return false;
    }
    return true;
  }

  private static String stage(YamlField owner, String key, Track track) {
    String id = owner.optionalString(key);
    if (id != null && track != null && track.stage(id).isEmpty()) {
      List<String> ids = track.stages().stream().map(st -> st.id()).toList();
      owner
          .value(key)
          .orElseThrow()
          .problem(
              "unknown stage '"
                  + id
                  + "'"
                  + Suggestions.didYouMean(id, ids)
                  + "; stages of track "
                  + track.id()
                  + ": "
                  + String.join(", ", ids));
    }
    return id;
  }

  private static String role(YamlField owner, String key, Protocol protocol) {
    return owner.value(key).map(v -> knownRole(v, protocol)).orElse(null);
  }

  private static List<String> roles(YamlField owner, String key, Protocol protocol) {
    return owner.scalarItems(key).stream().map(v -> knownRole(v, protocol)).toList();
  }

  private static String knownRole(YamlField value, Protocol protocol) {
    String id = value.text();
    if (id != null
        && protocol != null
        && !id.equals(RoleDefinition.CHAIR)
        && protocol.role(id).isEmpty()) {
      Set<String> ids = new LinkedHashSet<>();
      ids.add(RoleDefinition.CHAIR);
      protocol.roles().forEach(r -> ids.add(r.id()));
      value.problem(
          "unknown role '"
              + id
              + "'"
              + Suggestions.didYouMean(id, ids)
              + "; roles of "
              + protocol.id()
              + ": "
              + String.join(", ", ids));
    }
    return id;
  }

  private static Expectations.Moment moment(YamlField value) {
    return NONE.equals(value.text())
        ? new Expectations.Moment(null)
        : new Expectations.Moment(time(value));
  }

  /** A London local time such as {@code 2026-11-09T17:00} or {@code 2026-11-09 17:00}. */
  static Instant time(YamlField value) {
    String text = value.text();
    if (text == null) {
      return null;
    }
    try {
      return LocalDateTime.parse(text.strip().replace(' ', 'T'))
          .atZone(WorkingCalendar.ZONE)
          .toInstant();
    } catch (DateTimeParseException e) {
      value.problem("'" + text + "' is not a London local time like 2026-11-09T17:00");
      return null;
    }
  }
}

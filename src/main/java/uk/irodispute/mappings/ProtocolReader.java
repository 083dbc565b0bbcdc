package uk.irodispute.mappings;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.irodispute.core.calendar.Region;
import uk.irodispute.core.calendar.WorkingHours;
import uk.irodispute.core.protocol.CalendarSettings;
import uk.irodispute.core.protocol.Cap;
import uk.irodispute.core.protocol.Category;
import uk.irodispute.core.protocol.OtherPartOfCouncil;
import uk.irodispute.core.protocol.Protocol;
import uk.irodispute.core.protocol.ReferralRule;
import uk.irodispute.core.protocol.ResponseType;
import uk.irodispute.core.protocol.RoleDefinition;
import uk.irodispute.core.protocol.RoleDefinition.RoleSource;
import uk.irodispute.core.protocol.SeriousnessLevel;
import uk.irodispute.core.protocol.StageDefinition;
import uk.irodispute.core.protocol.StandardCategories;
import uk.irodispute.core.protocol.TimeOutRule;
import uk.irodispute.core.protocol.Track;

/**
 * Maps the top-level object of a protocol file (docs/PROTOCOLS.md) onto a {@link Protocol},
 * applying the documented defaults and recording every mistake in the file's {@link Problems}.
 */
final class ProtocolReader {

  static final Set<String> TOP_FIELDS =
      Set.of(
          "id",
          "version",
          "name",
          "source",
          "calendar",
          "roles",
          "categories",
          "seriousness",
          "responseTypes",
          "tracks",
          "stages",
          "caps",
          "timeOut",
          "referral",
          "otherPartOfCouncil");
  static final Set<String> CALENDAR_FIELDS = Set.of("region", "workingHours", "closureDays");
  static final Set<String> ROLE_FIELDS = Set.of("id", "name", "from");
  static final Set<String> CATEGORY_FIELDS =
      Set.of("id", "name", "startsAt", "repeatStartsAt", "commendation");
  static final Set<String> SERIOUSNESS_FIELDS = Set.of("id", "name", "startsAt", "inform");
  static final Set<String> RESPONSE_TYPE_FIELDS = Set.of("id", "name");
  static final Set<String> TRACK_FIELDS = Set.of("id", "name", "finalDecisionMaker", "stages");
  static final Set<String> CAP_FIELDS =
      Set.of(
          "id",
          "name",
          "within",
          "from",
          "whenStartedAt",
          "unlessStartedAt",
          "alert",
          "mayBePassedWith");
  static final Set<String> TIME_OUT_FIELDS = Set.of("allowed", "approvedBy", "longest");
  static final Set<String> REFERRAL_FIELDS = Set.of("name", "notifyFirst", "consult");
  static final Set<String> OTHER_PART_OF_COUNCIL_FIELDS = Set.of("inform", "fromStage");

  private static final Pattern PROTOCOL_ID = Pattern.compile("[a-z0-9-]+");
  private static final Pattern HOURS =
      Pattern.compile("(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})");
  static final List<String> ROLE_SOURCES = List.of("case", "directory", "external");

  private final ProtocolReferences references = new ProtocolReferences();
  private final StageReader stageReader = new StageReader(references);

  /**
   * Reads a protocol.
   *
   * @return the protocol, or null if the file has problems (all of them recorded)
   */
  Protocol read(YamlField root) {
    Problems problems = root.problems();
    root.rejectUnknownKeys(TOP_FIELDS);
    String id = root.requiredString("id");
    if (id != null && !PROTOCOL_ID.matcher(id).matches()) {
      root.value("id")
          .orElseThrow()
          .problem(
              "protocol id '"
                  + id
                  + "' may contain only lower-case letters, digits and '-' (it is used in URLs)");
    }
    String version = root.requiredString("version");
    String name = root.requiredString("name");
    String source = root.optionalString("source");
    CalendarSettings calendar = readCalendar(root);
    List<RoleDefinition> roles = readRoles(root);
    List<Track> tracks = readTracks(root);
    List<Category> categories = readCategories(root);
    List<SeriousnessLevel> seriousness = readSeriousness(root);
    List<ResponseType> responseTypes = readResponseTypes(root);
    List<Cap> caps = readCaps(root);
    TimeOutRule timeOut = readTimeOut(root);
    ReferralRule referral = readReferral(root);
    OtherPartOfCouncil otherPartOfCouncil = readOtherPartOfCouncil(root);
    if (!problems.isEmpty()) {
      return null;
    }
    return new Protocol(
        id,
        version,
        name,
        source,
        calendar,
        roles,
        StandardCategories.withOwn(categories),
        seriousness,
        responseTypes,
        tracks,
        caps,
        timeOut,
        referral,
        otherPartOfCouncil);
  }

  // ---- calendar -----------------------------------------------------------------------------

  private CalendarSettings readCalendar(YamlField root) {
    Region region = Region.ENGLAND_AND_WALES;
    WorkingHours hours = WorkingHours.DEFAULT;
    List<LocalDate> closures = new ArrayList<>();
    var calendar = root.optionalObject("calendar");
    if (calendar.isPresent()) {
      YamlField c = calendar.get();
      c.rejectUnknownKeys(CALENDAR_FIELDS);
      region = c.value("region").map(ProtocolReader::region).orElse(region);
      hours = c.value("workingHours").map(ProtocolReader::workingHours).orElse(hours);
      for (YamlField day : c.scalarItems("closureDays")) {
        try {
          closures.add(LocalDate.parse(day.text()));
        } catch (DateTimeParseException e) {
          day.problem("'" + day.text() + "' is not a date; write closure days as YYYY-MM-DD");
        }
      }
    }
    return new CalendarSettings(region, hours, closures);
  }

  private static Region region(YamlField value) {
    String text = value.text();
    if (text == null) {
      return Region.ENGLAND_AND_WALES;
    }
    return Region.fromId(text)
        .orElseGet(
            () -> {
              List<String> ids = Arrays.stream(Region.values()).map(Region::id).toList();
              value.problem(
                  "unknown region '"
                      + text
                      + "'"
                      + Suggestions.didYouMean(text, ids)
                      + "; expected one of: "
                      + String.join(", ", ids));
              return Region.ENGLAND_AND_WALES;
            });
  }

  private static WorkingHours workingHours(YamlField value) {
    String text = value.text();
    if (text == null) {
      return WorkingHours.DEFAULT;
    }
    Matcher m = HOURS.matcher(text.trim());
    try {
      if (m.matches()) {
        return new WorkingHours(
            LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))),
            LocalTime.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
      }
      value.problem("working hours '" + text + "' not understood; write them as \"09:00-17:00\"");
    } catch (DateTimeException | IllegalArgumentException e) {
      value.problem("working hours '" + text + "' are not valid: " + e.getMessage());
    }
    return WorkingHours.DEFAULT;
  }

  // ---- roles --------------------------------------------------------------------------------

  private List<RoleDefinition> readRoles(YamlField root) {
    List<RoleDefinition> roles = new ArrayList<>();
    roles.add(new RoleDefinition(RoleDefinition.CHAIR, "Chair", RoleSource.CHAIR));
    Map<String, Integer> seen = new HashMap<>();
    for (YamlField f : root.objectList("roles")) {
      f.rejectUnknownKeys(ROLE_FIELDS);
      String id = f.requiredString("id");
      String name = f.requiredString("name");
      RoleSource source = f.value("from").map(ProtocolReader::roleSource).orElse(null);
      if (!f.has("from")) {
        f.missing("from");
      }
      if (id == null) {
        continue;
      }
      YamlField idField = f.value("id").orElseThrow();
      if (id.equals(RoleDefinition.CHAIR) || id.equals(RoleDefinition.AUTHOR)) {
        idField.problem("'" + id + "' is built in and must not be declared under 'roles'");
        continue;
      }
      Integer first = seen.putIfAbsent(id, idField.line());
      if (first != null) {
        idField.problem("role '" + id + "' is declared twice (first on line " + first + ")");
        continue;
      }
      references.declareRole(id);
      roles.add(new RoleDefinition(id, name, source));
    }
    return roles;
  }

  private static RoleSource roleSource(YamlField value) {
    String text = value.text();
    if (text == null) {
      return null;
    }
    if (!ROLE_SOURCES.contains(text)) {
      value.problem(
          "unknown value '"
              + text
              + "'"
              + Suggestions.didYouMean(text, ROLE_SOURCES)
              + "; expected one of: "
              + String.join(", ", ROLE_SOURCES)
              + (text.equals("chair") ? " (the chair is built in)" : ""));
      return null;
    }
    return RoleSource.valueOf(text.toUpperCase(Locale.ROOT));
  }

  // ---- tracks -------------------------------------------------------------------------------

  private List<Track> readTracks(YamlField root) {
    List<StageDefinition> shared =
        root.has("stages") ? stageReader.read(root, "stages", "the top-level stages") : null;
    if (shared != null && root.value("stages").orElseThrow().isEmpty()) {
      root.value("stages").orElseThrow().problem("the top-level 'stages' list is empty");
    }
    List<YamlField> fields = root.requiredObjectList("tracks");
    root.value("tracks")
        .filter(YamlField::isEmpty)
        .ifPresent(t -> t.problem("at least one track is needed"));
    List<Track> tracks = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (YamlField f : fields) {
      f.rejectUnknownKeys(TRACK_FIELDS);
      String id = f.requiredString("id");
      String name = f.requiredString("name");
      String finalDecisionMaker = f.optionalString("finalDecisionMaker");
      f.value("finalDecisionMaker").ifPresent(v -> references.checkRole(v, finalDecisionMaker));
      if (id != null) {
        YamlField idField = f.value("id").orElseThrow();
        // Tracks are looked up ignoring case, so LAC and lac would clash.
        Integer first = seen.putIfAbsent(id.toLowerCase(Locale.ROOT), idField.line());
        if (first != null) {
          idField.problem("duplicate track id '" + id + "' (first on line " + first + ")");
        }
      }
      List<StageDefinition> stages;
      var own = f.field("stages");
      if (own.isPresent()) {
        stages = stageReader.read(f, "stages", "track '" + id + "'");
        if (own.get().isEmpty()) {
          own.get().problem("track '" + id + "' has no stages");
        }
      } else if (shared != null) {
        stages = shared;
      } else {
        stages = List.of();
        f.problem(
            "track '" + id + "' has no 'stages' and there is no top-level 'stages' list to share");
      }
      references.declareTrack(
          id != null ? id : f.path(),
          stages.stream().map(StageDefinition::id).filter(s -> s != null).toList());
      tracks.add(new Track(id, name, stages, finalDecisionMaker));
    }
    return tracks;
  }

  // ---- categories, seriousness, response types ----------------------------------------------

  private List<Category> readCategories(YamlField root) {
    Map<String, Category> standard =
        StandardCategories.ALL.stream()
            .collect(Collectors.toMap(Category::id, c -> c, (a, b) -> a));
    return IdentifiedItems.read(
        root,
        "categories",
        CATEGORY_FIELDS,
        "category",
        f -> {
          String id = f.requiredString("id");
          Category known = id == null ? null : standard.get(id);
          // A standard category may be redeclared to say where it starts; it keeps its name.
          String name =
              known != null ? f.optionalString("name", known.name()) : f.requiredString("name");
          String startsAt = stageReference(f, "startsAt");
          String repeatStartsAt = stageReference(f, "repeatStartsAt");
          boolean commendation =
              f.optionalBoolean("commendation", known != null && known.commendation());
          return new Category(id, name, startsAt, repeatStartsAt, commendation);
        });
  }

  private List<SeriousnessLevel> readSeriousness(YamlField root) {
    return IdentifiedItems.read(
        root,
        "seriousness",
        SERIOUSNESS_FIELDS,
        "seriousness level",
        f ->
            new SeriousnessLevel(
                f.requiredString("id"),
                f.requiredString("name"),
                stageReference(f, "startsAt"),
                references.roles(f, "inform")));
  }

  private List<ResponseType> readResponseTypes(YamlField root) {
    return IdentifiedItems.read(
        root,
        "responseTypes",
        RESPONSE_TYPE_FIELDS,
        "response type",
        f -> new ResponseType(f.requiredString("id"), f.requiredString("name")));
  }

  // ---- caps, time out, referral -------------------------------------------------------------

  private List<Cap> readCaps(YamlField root) {
    return IdentifiedItems.read(
        root,
        "caps",
        CAP_FIELDS,
        "cap",
        f ->
            new Cap(
                f.requiredString("id"),
                f.requiredString("name"),
                Timescales.required(f, "within"),
                f.requiredEnum("from", Cap.CapStart.class),
                stageReferences(f, "whenStartedAt"),
                stageReferences(f, "unlessStartedAt"),
                references.roles(f, "alert"),
                references.role(f, "mayBePassedWith")));
  }

  private TimeOutRule readTimeOut(YamlField root) {
    var timeOut = root.optionalObject("timeOut");
    if (timeOut.isEmpty()) {
      return TimeOutRule.notAllowed();
    }
    YamlField f = timeOut.get();
    f.rejectUnknownKeys(TIME_OUT_FIELDS);
    return new TimeOutRule(
        f.requiredBoolean("allowed"),
        references.role(f, "approvedBy"),
        Timescales.optional(f, "longest"));
  }

  private ReferralRule readReferral(YamlField root) {
    var referral = root.requiredObject("referral");
    if (referral.isEmpty()) {
      return null;
    }
    YamlField f = referral.get();
    f.rejectUnknownKeys(REFERRAL_FIELDS);
    return new ReferralRule(
        f.requiredString("name"),
        references.roles(f, "notifyFirst"),
        references.roles(f, "consult"));
  }

  private OtherPartOfCouncil readOtherPartOfCouncil(YamlField root) {
    var other = root.optionalObject("otherPartOfCouncil");
    if (other.isEmpty()) {
      return null;
    }
    YamlField f = other.get();
    f.rejectUnknownKeys(OTHER_PART_OF_COUNCIL_FIELDS);
    f.requiredString("fromStage");
    return new OtherPartOfCouncil(references.roles(f, "inform"), stageReference(f, "fromStage"));
  }

  // ---- references ---------------------------------------------------------------------------

  private String stageReference(YamlField f, String key) {
    String stage = f.optionalString(key);
    f.value(key).ifPresent(v -> references.checkStageInAnyTrack(v, key, stage));
    return stage;
  }

  private List<String> stageReferences(YamlField f, String key) {
    List<String> stages = new ArrayList<>();
    for (YamlField item : f.scalarItems(key)) {
      references.checkStageInAnyTrack(item, key, item.text());
      stages.add(item.text());
    }
    return stages;
  }
}

package uk.irodispute.mappings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.irodispute.core.calendar.Region;
import uk.irodispute.core.calendar.Timescale;
import uk.irodispute.core.calendar.WorkingHours;
import uk.irodispute.core.protocol.AfterResponse;
import uk.irodispute.core.protocol.BreachAction;
import uk.irodispute.core.protocol.Cap;
import uk.irodispute.core.protocol.Category;
import uk.irodispute.core.protocol.Protocol;
import uk.irodispute.core.protocol.RecordKind;
import uk.irodispute.core.protocol.ReferralRule;
import uk.irodispute.core.protocol.ResponseType;
import uk.irodispute.core.protocol.RoleDefinition;
import uk.irodispute.core.protocol.RoleDefinition.RoleSource;
import uk.irodispute.core.protocol.SeriousnessLevel;
import uk.irodispute.core.protocol.StageDefinition;
import uk.irodispute.core.protocol.StageKind;
import uk.irodispute.core.protocol.StandardCategories;
import uk.irodispute.core.protocol.Step;
import uk.irodispute.core.protocol.TimeOutRule;
import uk.irodispute.core.protocol.Track;

/** Valid protocol files map every documented field, and the documented defaults, onto the model. */
class ProtocolFileLoaderTest {

  private static final Path VALID = Path.of("src/test/resources/protocols/valid");

  private final ProtocolFileLoader loader = new ProtocolFileLoader();

  @Test
  void mapsTheProtocolHeaderAndCalendar() {
    Protocol p = loader.load(VALID.resolve("full.yaml"));

    assertThat(p.id()).isEqualTo("example-full");
    assertThat(p.version()).isEqualTo("2026-1");
    assertThat(p.name()).isEqualTo("Example dispute resolution");
    assertThat(p.source()).isEqualTo("Invented Borough Council, Example protocol, 1 January 2026");
    assertThat(p.calendar().region()).isEqualTo(Region.SCOTLAND);
    assertThat(p.calendar().hours())
        .isEqualTo(new WorkingHours(LocalTime.of(8, 30), LocalTime.of(16, 30)));
    assertThat(p.calendar().closureDays())
        .containsExactly(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31));
  }

  @Test
  void mapsRolesWithTheChairBuiltIn() {
    Protocol p = loader.load(VALID.resolve("full.yaml"));

    assertThat(p.roles())
        .containsExactly(
            new RoleDefinition("chair", "Chair", RoleSource.CHAIR),
            new RoleDefinition("team-manager", "Team Manager", RoleSource.CASE),
            new RoleDefinition("service-manager", "Service Manager", RoleSource.DIRECTORY),
            new RoleDefinition("head-of-service", "Head of Service", RoleSource.DIRECTORY),
            new RoleDefinition("legal-adviser", "Legal adviser", RoleSource.EXTERNAL));
  }

  @Test
  void mapsCategoriesOverTheStandardOnes() {
    Protocol p = loader.load(VALID.resolve("full.yaml"));

    assertThat(p.categories()).hasSize(StandardCategories.ALL.size() + 2);
    assertThat(p.category("drift-or-delay"))
        .contains(
            new Category(
                "drift-or-delay",
                "Drift or delay in implementing the care plan",
                "level-1",
                null,
                false));
    assertThat(p.category("placement-stability"))
        .contains(
            new Category(
                "placement-stability", "Placement stability", "level-1", "level-2", false));
    assertThat(p.category("thank-you"))
        .contains(new Category("thank-you", "Thank you", null, null, true));
    assertThat(p.category("excellent-practice").orElseThrow().commendation()).isTrue();
  }

  @Test
  void mapsSeriousnessAndResponseTypes() {
    Protocol p = loader.load(VALID.resolve("full.yaml"));

    assertThat(p.seriousness())
        .containsExactly(
            new SeriousnessLevel(
                "immediate",
                "Serious enough to warrant immediate action",
                "level-2",
                List.of("head-of-service")),
            new SeriousnessLevel("routine", "Routine", null, List.of()));
    assertThat(p.responseTypes())
        .containsExactly(new ResponseType("agree", "Agrees with the chair's dispute"));
  }

  @Test
  void mapsTracksAndEveryStageField() {
    Protocol p = loader.load(VALID.resolve("full.yaml"));

    Track lac = p.defaultTrack();
    assertThat(lac.id()).isEqualTo("LAC");
    assertThat(lac.name()).isEqualTo("Looked after children");
    assertThat(lac.finalDecisionMaker()).isEqualTo("head-of-service");
    assertThat(lac.stages())
        .extracting(StageDefinition::id)
        .containsExactly("informal", "level-1", "level-2", "cafcass");

    StageDefinition level1 = lac.stage("level-1").orElseThrow();
    assertThat(level1)
        .isEqualTo(
            new StageDefinition(
                "level-1",
                "Level 1: Service Manager",
                StageKind.FORMAL,
                List.of("service-manager"),
                List.of("team-manager"),
                new Timescale.DayRange(1, 5),
                false,
                new Timescale.WorkingDays(10),
                BreachAction.ESCALATE,
                List.of(new Timescale.WorkingDays(1), new Timescale.WorkingHoursSpan(3)),
                true,
                List.of(RecordKind.QUERY, RecordKind.OUTCOME),
                "service-manager",
                List.of("issue", "outcome-sought"),
                List.of(),
                "service-manager",
                "Review the dispute and respond in writing.",
                "cafcass",
                new AfterResponse(
                    new Timescale.SameDay(), BreachAction.ALERT_CHAIR, List.of("head-of-service")),
                null));

    assertThat(lac.stage("level-2").orElseThrow().timescale()).isEqualTo(new Timescale.SameDay());
    assertThat(lac.stage("level-2").orElseThrow().onBreach()).isEqualTo(BreachAction.NONE);
    assertThat(lac.stage("level-2").orElseThrow().kind()).isEqualTo(StageKind.DECISION);
    StageDefinition cafcass = lac.stage("cafcass").orElseThrow();
    assertThat(cafcass.kind()).isEqualTo(StageKind.REFERRAL);
    assertThat(cafcass.to()).isEmpty();
  }

  @Test
  void mapsStepsAndChairSetTimescales() {
    StageDefinition informal =
        loader.load(VALID.resolve("full.yaml")).defaultTrack().stage("informal").orElseThrow();

    assertThat(informal.chairSetsTimescale()).isTrue();
    assertThat(informal.timescale()).isEqualTo(new Timescale.WorkingDays(5));
    assertThat(informal.steps())
        .containsExactly(
            new Step(
                "discuss",
                "Discuss with the team manager",
                new Timescale.WorkingDays(1),
                null,
                "chair",
                List.of(),
                null),
            new Step(
                "case-note",
                "Add the case note",
                new Timescale.Hours(2),
                "discuss",
                "team-manager",
                List.of(),
                null));
  }

  @Test
  void aTrackWithoutStagesUsesTheTopLevelStages() {
    Track cp = loader.load(VALID.resolve("full.yaml")).track("CP").orElseThrow();

    assertThat(cp.name()).isEqualTo("Child protection");
    assertThat(cp.finalDecisionMaker()).isNull();
    assertThat(cp.stages()).hasSize(1);
    assertThat(cp.first().id()).isEqualTo("level-1");
    assertThat(cp.first().timescale()).isEqualTo(new Timescale.CalendarDays(14, "2 weeks"));
    assertThat(cp.first().mayStartHere()).isTrue();
  }

  @Test
  void mapsCapsTimeOutAndReferral() {
    Protocol p = loader.load(VALID.resolve("full.yaml"));

    assertThat(p.caps())
        .containsExactly(
            new Cap(
                "formal-maximum",
                "Maximum of 20 working days",
                new Timescale.WorkingDays(20),
                Cap.CapStart.FORMAL_START,
                List.of("level-1"),
                List.of("level-2"),
                List.of("head-of-service"),
                "head-of-service"),
            new Cap(
                "overall",
                "Overall",
                new Timescale.CalendarDays(30, "30 days"),
                Cap.CapStart.RAISED,
                List.of(),
                List.of(),
                List.of(),
                null));
    assertThat(p.timeOut())
        .isEqualTo(new TimeOutRule(true, "service-manager", new Timescale.WorkingDays(20)));
    assertThat(p.referral())
        .isEqualTo(
            new ReferralRule(
                "Referral to CAFCASS", List.of("head-of-service"), List.of("legal-adviser")));
  }

  @Test
  void appliesTheDocumentedDefaults() {
    Protocol p = loader.load(VALID.resolve("minimal.yaml"));

    assertThat(p.source()).isNull();
    assertThat(p.calendar().region()).isEqualTo(Region.ENGLAND_AND_WALES);
    assertThat(p.calendar().hours()).isEqualTo(WorkingHours.DEFAULT);
    assertThat(p.calendar().closureDays()).isEmpty();
    assertThat(p.roles()).extracting(RoleDefinition::id).containsExactly("chair");
    assertThat(p.categories()).isEqualTo(StandardCategories.ALL);
    assertThat(p.seriousness()).isEmpty();
    assertThat(p.responseTypes()).isEmpty();
    assertThat(p.caps()).isEmpty();
    assertThat(p.timeOut()).isEqualTo(TimeOutRule.notAllowed());
    assertThat(p.referral())
        .isEqualTo(new ReferralRule("Referral to CAFCASS", List.of(), List.of()));

    StageDefinition first = p.defaultTrack().stages().get(0);
    StageDefinition second = p.defaultTrack().stages().get(1);
    assertThat(first.mayStartHere()).isTrue();
    assertThat(second.mayStartHere()).isFalse();
    for (StageDefinition s : List.of(first, second)) {
      assertThat(s.onBreach()).isEqualTo(BreachAction.ALERT_CHAIR);
      assertThat(s.recording()).containsExactly(RecordKind.values());
      assertThat(s.recordedBy()).isEqualTo("chair");
      assertThat(s.cc()).isEmpty();
      assertThat(s.timescale()).isNull();
      assertThat(s.chairSetsTimescale()).isFalse();
      assertThat(s.limit()).isNull();
      assertThat(s.reminders()).isEmpty();
      assertThat(s.mustRecord()).isEmpty();
      assertThat(s.steps()).isEmpty();
      assertThat(s.decisionMaker()).isNull();
      assertThat(s.guidance()).isNull();
      assertThat(s.next()).isNull();
    }
  }

  @Test
  void loadsADirectoryInFileNameOrder() {
    List<Protocol> protocols = loader.loadDirectory(VALID);

    assertThat(protocols)
        .extracting(Protocol::id)
        .containsExactly("example-full", "example-minimal");
  }
}

package uk.irodispute.mappings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.irodispute.core.calendar.Timescale;

/**
 * Each kind of mistake in a protocol file is reported with the exact file, line and field, and a
 * message that says what is wrong.
 */
class ProtocolFileErrorsTest {

  /**
   * A valid file of 16 lines, ending inside the first stage (indented 8), so a test can add stage
   * fields, stages (indented 6) or top-level fields from line 17.
   */
  private static final String HEAD =
      """
      id: example
      version: "1"
      name: Example
      referral:
        name: Referral to CAFCASS
      roles:
        - {id: team-manager, name: Team Manager, from: case}
        - {id: service-manager, name: Service Manager, from: directory}
      tracks:
        - id: LAC
          name: Looked after children
          stages:
            - id: informal
              name: Informal
              kind: informal
              to: [team-manager]
      """;

  @TempDir Path dir;

  private final ProtocolFileLoader loader = new ProtocolFileLoader();
  private Path file;

  @Test
  void theHeadIsValid() {
    assertThat(load(HEAD).id()).isEqualTo("example");
  }

  // ---- unknown fields -----------------------------------------------------------------------

  @Test
  void unknownFieldIsReportedWithASuggestion() {
    var p = onlyProblem(HEAD + "        nxet: level-1\n");
    assertThat(p.line()).isEqualTo(17);
    assertThat(p.field()).isEqualTo("tracks[0].stages[0].nxet");
    assertThat(p.message()).contains("unknown field 'nxet'", "did you mean 'next'?");
  }

  @Test
  void unknownFieldFarFromAnyKnownOneHasNoSuggestion() {
    var p = onlyProblem(HEAD + "colour: blue\n");
    assertThat(p.line()).isEqualTo(17);
    assertThat(p.field()).isEqualTo("colour");
    assertThat(p.message())
        .contains("unknown field 'colour'", "fields allowed here:", "timeOut")
        .doesNotContain("did you mean");
  }

  @Test
  void aFieldGivenTwiceIsReported() {
    var p = onlyProblem(HEAD + "        name: Again\n");
    assertThat(p.line()).isEqualTo(17);
    assertThat(p.field()).isEqualTo("tracks[0].stages[0].name");
    assertThat(p.message()).contains("'name' is given twice (first on line 14)");
  }

  // ---- meetings ----------------------------------------------------------------------------

  @Test
  void aMeetingByAStepTheStageDoesNotHaveIsReported() {
    var p = onlyProblem(HEAD + "        meeting: {attendees: [chair, team-manager], step: talk}\n");
    assertThat(p.line()).isEqualTo(17);
    assertThat(p.field()).isEqualTo("tracks[0].stages[0].meeting.step");
    assertThat(p.message()).contains("unknown step 'talk'", "the stage has none");
  }

  @Test
  void aMeetingWithNoWindowOrNoAttendeesIsReported() {
    var noWindow = onlyProblem(HEAD + "        meeting: {attendees: [chair]}\n");
    assertThat(noWindow.field()).isEqualTo("tracks[0].stages[0].meeting");
    assertThat(noWindow.message()).contains("the stage has no timescale", "'step:'");

    var nobody =
        onlyProblem(HEAD + "        timescale: 2 working days\n        meeting: {attendees: []}\n");
    assertThat(nobody.message()).contains("a meeting needs 'attendees: [role, ...]'");
  }

  @Test
  void aMeetingAttendeeMustBeADeclaredRole() {
    var p =
        onlyProblem(
            HEAD + "        timescale: 2 working days\n        meeting: {attendees: [chiar]}\n");
    assertThat(p.field()).startsWith("tracks[0].stages[0].meeting.attendees");
    assertThat(p.message()).contains("chiar");
  }

  // ---- required fields ----------------------------------------------------------------------

  @Test
  void missingTopLevelFieldsAreReportedAtTheTopObject() {
    List<ConfigurationProblem> problems = problemsOf("source: nothing else\n");
    assertThat(problems)
        .extracting(ConfigurationProblem::field)
        .containsExactly("id", "version", "name", "tracks", "referral");
    assertThat(problems).allSatisfy(p -> assertThat(p.line()).isEqualTo(1));
    assertThat(problems.get(0).message()).isEqualTo("required field 'id' is missing");
  }

  @Test
  void missingStageFieldsAreReportedAtTheStage() {
    var problems = problemsOf(HEAD + "      - to: [team-manager]\n");
    assertThat(problems)
        .extracting(ConfigurationProblem::field)
        .containsExactly(
            "tracks[0].stages[1].id", "tracks[0].stages[1].name", "tracks[0].stages[1].kind");
    assertThat(problems).allSatisfy(p -> assertThat(p.line()).isEqualTo(17));
    assertThat(problems.get(2).message()).isEqualTo("required field 'kind' is missing");
  }

  @Test
  void missingCapFieldsAreReported() {
    var problems = problemsOf(HEAD + "caps:\n  - id: maximum\n    name: Maximum\n");
    assertThat(problems)
        .extracting(ConfigurationProblem::field)
        .containsExactly("caps[0].within", "caps[0].from");
    assertThat(problems).allSatisfy(p -> assertThat(p.line()).isEqualTo(18));
  }

  @Test
  void missingRoleFieldsAreReported() {
    var problems =
        problemsOf(
            HEAD.replace(
                "  - {id: service-manager, name: Service Manager, from: directory}",
                "  - {id: service-manager}"));
    assertThat(problems)
        .extracting(p -> p.line() + " " + p.field())
        .containsExactly("8 roles[1].name", "8 roles[1].from");
  }

  @Test
  void aNewCategoryNeedsANameButARedeclaredStandardOneDoesNot() {
    var p = onlyProblem(HEAD + "categories:\n  - {id: other, startsAt: informal}\n  - id: new\n");
    assertThat(p.line()).isEqualTo(19);
    assertThat(p.field()).isEqualTo("categories[1].name");
    assertThat(p.message()).isEqualTo("required field 'name' is missing");
  }

  @Test
  void aTimeOutMustSayWhetherItIsAllowed() {
    var p = onlyProblem(HEAD + "timeOut:\n  longest: 10 working days\n");
    assertThat(p.line()).isEqualTo(18);
    assertThat(p.field()).isEqualTo("timeOut.allowed");
    assertThat(p.message()).isEqualTo("required field 'allowed' is missing");
  }

  @Test
  void aRequiredFieldWithNoValueIsReportedAtItsLine() {
    var p = onlyProblem(HEAD.replace("name: Example", "name:"));
    assertThat(p.line()).isEqualTo(3);
    assertThat(p.field()).isEqualTo("name");
    assertThat(p.message()).isEqualTo("'name' is required but has no value");
  }

  // ---- wrong kind of value ------------------------------------------------------------------

  @Test
  void aListWhereTextIsExpectedIsReported() {
    var p = onlyProblem(HEAD.replace("name: Example", "name: [Example, Other]"));
    assertThat(p.line()).isEqualTo(3);
    assertThat(p.field()).isEqualTo("name");
    assertThat(p.message()).isEqualTo("expected a single value, found a list");
  }

  @Test
  void textWhereAListIsExpectedIsReported() {
    var p = onlyProblem(HEAD + "        cc: service-manager\n");
    assertThat(p.line()).isEqualTo(17);
    assertThat(p.field()).isEqualTo("tracks[0].stages[0].cc");
    assertThat(p.message()).contains("expected a list", "found 'service-manager'");
  }

  @Test
  void textWhereTrueOrFalseIsExpectedIsReported() {
    var p = onlyProblem(HEAD + "        mayStartHere: sometimes\n");
    assertThat(p.line()).isEqualTo(17);
    assertThat(p.field()).isEqualTo("tracks[0].stages[0].mayStartHere");
    assertThat(p.message()).isEqualTo("expected true or false, found 'sometimes'");
  }

  @Test
  void aQuotedTrueOrFalseIsAccepted() {
    assertThat(
            load(HEAD + "        mayStartHere: \"false\"\n").defaultTrack().first().mayStartHere())
        .isFalse();
  }

  @Test
  void anUnknownNamedValueIsReportedWithTheChoices() {
    var p = onlyProblem(HEAD + "        onBreach: alert_chair\n");
    assertThat(p.line()).isEqualTo(17);
    assertThat(p.field()).isEqualTo("tracks[0].stages[0].onBreach");
    assertThat(p.message())
        .contains(
            "unknown value 'alert_chair'",
            "did you mean 'alert-chair'?",
            "expected one of: escalate, alert-chair, none");
  }

  @Test
  void theChairsTimeToDecideAfterAResponseIsChecked() {
    var problems =
        problemsOf(
            HEAD
                + "        afterResponse:\n"
                + "          decideWithin: soon\n"
                + "          then: escalat\n"
                + "          alert: [nobody]\n");
    assertThat(problems)
        .extracting(p -> p.line() + " " + p.field())
        .containsExactlyInAnyOrder(
            "18 tracks[0].stages[0].afterResponse.decideWithin",
            "19 tracks[0].stages[0].afterResponse.then",
            "20 tracks[0].stages[0].afterResponse.alert[0]");
  }

  // ---- ids ----------------------------------------------------------------------------------

  @Test
  void aProtocolIdOutsideLowerCaseDigitsAndDashIsReported() {
    var p = onlyProblem(HEAD.replace("id: example", "id: Example_Protocol"));
    assertThat(p.line()).isEqualTo(1);
    assertThat(p.field()).isEqualTo("id");
    assertThat(p.message()).contains("'Example_Protocol' may contain only lower-case letters");
  }

  @Test
  void duplicateStageIdsInATrackAreReported() {
    var p =
        onlyProblem(
            HEAD
                + """
                      - id: informal
                        name: Again
                        kind: formal
                        to: [team-manager]
                """);
    assertThat(p.line()).isEqualTo(17);
    assertThat(p.field()).isEqualTo("tracks[0].stages[1].id");
    assertThat(p.message())
        .isEqualTo("duplicate stage id 'informal' in track 'LAC' (first on line 13)");
  }

  @Test
  void duplicateStepIdsInAStageAreReported() {
    var p =
        onlyProblem(
            HEAD
                + """
                        steps:
                          - {id: talk, name: Talk, within: 1 working day}
                          - {id: talk, name: Talk again, within: 2 working days}
                """);
    assertThat(p.line()).isEqualTo(19);
    assertThat(p.field()).isEqualTo("tracks[0].stages[0].steps[1].id");
    assertThat(p.message()).contains("duplicate step id 'talk' in stage 'informal'");
  }

  // ---- roles --------------------------------------------------------------------------------

  @Test
  void anUnknownRoleIsReportedWithTheDeclaredRoles() {
    var p = onlyProblem(HEAD.replace("to: [team-manager]", "to: [team-manger]"));
    assertThat(p.line()).isEqualTo(16);
    assertThat(p.field()).isEqualTo("tracks[0].stages[0].to[0]");
    assertThat(p.message())
        .isEqualTo(
            "unknown role 'team-manger' (did you mean 'team-manager'?); declared roles are:"
                + " team-manager, service-manager ('chair' is built in)");
  }

  @Test
  void theRoleThatMayApprovePassingACapMustBeDeclared() {
    var p =
        onlyProblem(
            HEAD
                + "caps:\n"
                + "  - id: formal-maximum\n"
                + "    name: Maximum of 20 working days\n"
                + "    within: 20 working days\n"
                + "    from: raised\n"
                + "    mayBePassedWith: service-manger\n");
    assertThat(p.line()).isEqualTo(22);
    assertThat(p.field()).isEqualTo("caps[0].mayBePassedWith");
    assertThat(p.message()).startsWith("unknown role 'service-manger'");
  }

  @Test
  void everyPlaceARoleIsNamedIsChecked() {
    var problems =
        problemsOf(
            """
            id: example
            version: "1"
            name: Example
            roles:
              - {id: team-manager, name: Team Manager, from: case}
            tracks:
              - id: LAC
                name: Looked after children
                finalDecisionMaker: nobody-1
                stages:
                  - id: informal
                    name: Informal
                    kind: informal
                    to: [nobody-2]
                    cc: [team-manager, nobody-3]
                    recordedBy: nobody-4
                    decisionMaker: nobody-5
                    steps:
                      - {id: talk, name: Talk, within: 1 hour, owner: nobody-6}
            seriousness:
              - {id: high, name: High, inform: [nobody-7]}
            caps:
              - {id: cap, name: Cap, within: 5 days, from: raised, alert: [nobody-8]}
            timeOut:
              allowed: true
              approvedBy: nobody-9
            referral:
              name: Referral
              notifyFirst: [chair, nobody-10]
              consult: [nobody-11]
            """);
    assertThat(problems)
        .extracting(p -> p.line() + " " + p.field())
        .containsExactlyInAnyOrder(
            "9 tracks[0].finalDecisionMaker",
            "14 tracks[0].stages[0].to[0]",
            "15 tracks[0].stages[0].cc[1]",
            "16 tracks[0].stages[0].recordedBy",
            "17 tracks[0].stages[0].decisionMaker",
            "19 tracks[0].stages[0].steps[0].owner",
            "21 seriousness[0].inform[0]",
            "23 caps[0].alert[0]",
            "26 timeOut.approvedBy",
            "29 referral.notifyFirst[1]",
            "30 referral.consult[0]");
    assertThat(problems)
        .allSatisfy(p -> assertThat(p.message()).startsWith("unknown role 'nobody-"));
  }

  @Test
  void aRoleDeclaredTwiceIsReported() {
    var p =
        onlyProblem(
            HEAD.replace(
                "  - {id: service-manager, name: Service Manager, from: directory}",
                "  - {id: team-manager, name: Another, from: directory}"));
    assertThat(p.line()).isEqualTo(8);
    assertThat(p.field()).isEqualTo("roles[1].id");
    assertThat(p.message()).isEqualTo("role 'team-manager' is declared twice (first on line 7)");
  }

  @Test
  void declaringTheChairIsReported() {
    var p =
        onlyProblem(
            HEAD.replace(
                "  - {id: service-manager, name: Service Manager, from: directory}",
                "  - {id: chair, name: Chair, from: case}"));
    assertThat(p.line()).isEqualTo(8);
    assertThat(p.field()).isEqualTo("roles[1].id");
    assertThat(p.message()).contains("'chair' is built in");
  }

  // ---- stage references ---------------------------------------------------------------------

  @Test
  void protocolLevelStageReferencesMustExistInSomeTrack() {
    var problems =
        problemsOf(
            HEAD
                + """
                categories:
                  - {id: other, startsAt: level-9, repeatStartsAt: informl}
                seriousness:
                  - {id: high, name: High, startsAt: level-8}
                caps:
                  - id: cap
                    name: Cap
                    within: 5 days
                    from: formal-start
                    whenStartedAt: [informal, level-7]
                    unlessStartedAt: [level-6]
                """);
    assertThat(problems)
        .extracting(p -> p.line() + " " + p.field())
        .containsExactly(
            "18 categories[0].startsAt",
            "18 categories[0].repeatStartsAt",
            "20 seriousness[0].startsAt",
            "26 caps[0].whenStartedAt[1]",
            "27 caps[0].unlessStartedAt[0]");
    assertThat(problems.get(0).message())
        .isEqualTo("startsAt 'level-9' is not a stage of any track; searched tracks: LAC");
    assertThat(problems.get(1).message())
        .isEqualTo(
            "repeatStartsAt 'informl' is not a stage of any track (did you mean 'informal'?);"
                + " searched tracks: LAC");
  }

  @Test
  void aNextThatIsNotInTheTrackIsReported() {
    var p = onlyProblem(HEAD + "        next: level-1\n");
    assertThat(p.line()).isEqualTo(17);
    assertThat(p.field()).isEqualTo("tracks[0].stages[0].next");
    assertThat(p.message())
        .isEqualTo("next 'level-1' is not a stage of track 'LAC'; its stages are: informal");
  }

  @Test
  void aStepAfterThatIsNotInTheStageIsReported() {
    var p =
        onlyProblem(
            HEAD
                + """
                        steps:
                          - {id: talk, name: Talk, within: 1 working day}
                          - {id: note, name: Note, within: 1 working day, after: tlak}
                """);
    assertThat(p.line()).isEqualTo(19);
    assertThat(p.field()).isEqualTo("tracks[0].stages[0].steps[1].after");
    assertThat(p.message())
        .isEqualTo(
            "after 'tlak' is not a step of stage 'informal' (did you mean 'talk'?); earlier steps"
                + " are: talk");
  }

  // ---- cycles -------------------------------------------------------------------------------

  @Test
  void aNextGoingBackUpTheTrackIsReported() {
    var p =
        onlyProblem(
            HEAD
                + """
                      - id: level-1
                        name: Level 1
                        kind: formal
                        to: [service-manager]
                        next: informal
                """);
    assertThat(p.line()).isEqualTo(21);
    assertThat(p.field()).isEqualTo("tracks[0].stages[1].next");
    assertThat(p.message())
        .isEqualTo(
            "next 'informal' from 'level-1' goes back up the track: escalation must move forward");
  }

  @Test
  void aStepCountingFromALaterStageIsReported() {
    var p =
        onlyProblem(
            HEAD
                + """
                      - id: level-1
                        name: Level 1
                        kind: formal
                        to: [service-manager]
                        steps:
                          - {id: meet, name: Meet, within: 1 week, from: level-2}
                """);
    assertThat(p.field()).isEqualTo("tracks[0].stages[1].steps[0].from");
    assertThat(p.message())
        .isEqualTo(
            "from 'level-2' must be 'raised' or an earlier stage of track 'LAC'; earlier stages:"
                + " informal");
  }

  @Test
  void aNextPointingToItsOwnStageIsReported() {
    var p = onlyProblem(HEAD + "        next: informal\n");
    assertThat(p.line()).isEqualTo(17);
    assertThat(p.field()).isEqualTo("tracks[0].stages[0].next");
    assertThat(p.message())
        .isEqualTo(
            "next 'informal' from 'informal' points to itself: escalation must move forward");
  }

  @Test
  void aStepAfterALaterStepIsReported() {
    var p =
        onlyProblem(
            HEAD
                + """
                        steps:
                          - {id: talk, name: Talk, within: 1 working day, after: note}
                          - {id: note, name: Note, within: 1 working day, after: talk}
                """);
    assertThat(p.line()).isEqualTo(18);
    assertThat(p.field()).isEqualTo("tracks[0].stages[0].steps[0].after");
    assertThat(p.message())
        .contains("after 'note' names a later step", "must name an earlier step", "cycle");
  }

  @Test
  void aStepAfterItselfIsReported() {
    var p =
        onlyProblem(
            HEAD
                + """
                        steps:
                          - {id: talk, name: Talk, within: 1 working day, after: talk}
                """);
    assertThat(p.line()).isEqualTo(18);
    assertThat(p.field()).isEqualTo("tracks[0].stages[0].steps[0].after");
    assertThat(p.message()).startsWith("step 'talk' comes after itself");
  }

  // ---- timescales ---------------------------------------------------------------------------

  @Test
  void aTimescaleNotUnderstoodIsReportedWithTheFormsUnderstood() {
    var p = onlyProblem(HEAD + "        timescale: 5 workdays\n");
    assertThat(p.line()).isEqualTo(17);
    assertThat(p.field()).isEqualTo("tracks[0].stages[0].timescale");
    assertThat(p.message())
        .isEqualTo("timescale '5 workdays' is not understood; expected " + Timescale.FORMS);
  }

  @Test
  void aStepWithinNotUnderstoodIsReported() {
    var p =
        onlyProblem(
            HEAD
                + """
                        steps:
                          - {id: talk, name: Talk, within: soon}
                """);
    assertThat(p.line()).isEqualTo(18);
    assertThat(p.field()).isEqualTo("tracks[0].stages[0].steps[0].within");
    assertThat(p.message()).contains("timescale 'soon' is not understood");
  }

  @Test
  void remindersWithoutALengthAreReported() {
    var problems = problemsOf(HEAD + "        reminders: [1 working day, days 1-3, same day]\n");
    assertThat(problems)
        .extracting(ConfigurationProblem::field)
        .containsExactly("tracks[0].stages[0].reminders[1]", "tracks[0].stages[0].reminders[2]");
    assertThat(problems).allSatisfy(p -> assertThat(p.line()).isEqualTo(17));
    assertThat(problems.get(0).message())
        .startsWith("reminder 'days 1-3' has no length to count back from the due time");
    assertThat(problems.get(1).message()).startsWith("reminder 'same day' has no length");
  }

  @Test
  void chairSetsTimescaleNeedsADefaultTimescale() {
    var p = onlyProblem(HEAD + "        chairSetsTimescale: true\n");
    assertThat(p.line()).isEqualTo(17);
    assertThat(p.field()).isEqualTo("tracks[0].stages[0].chairSetsTimescale");
    assertThat(p.message()).contains("needs a default 'timescale'");
  }

  // ---- stages and tracks --------------------------------------------------------------------

  @Test
  void aNonReferralStageWithAnEmptyToIsReported() {
    var p = onlyProblem(HEAD.replace("to: [team-manager]", "to: []"));
    assertThat(p.line()).isEqualTo(16);
    assertThat(p.field()).isEqualTo("tracks[0].stages[0].to");
    assertThat(p.message()).startsWith("a informal stage must be addressed to at least one role");
  }

  @Test
  void aNonReferralStageWithNoToIsReportedAtTheStage() {
    var p = onlyProblem(HEAD.replace("        to: [team-manager]\n", ""));
    assertThat(p.line()).isEqualTo(13);
    assertThat(p.field()).isEqualTo("tracks[0].stages[0].to");
    assertThat(p.message()).contains("must be addressed to at least one role");
  }

  @Test
  void aTrackWithAnEmptyStageListIsReported() {
    var p = onlyProblem(HEAD + "  - id: CP\n    name: Child protection\n    stages: []\n");
    assertThat(p.line()).isEqualTo(19);
    assertThat(p.field()).isEqualTo("tracks[1].stages");
    assertThat(p.message()).isEqualTo("track 'CP' has no stages");
  }

  @Test
  void aTrackWithNoStagesAndNoSharedStagesIsReported() {
    var p = onlyProblem(HEAD + "  - id: CP\n    name: Child protection\n");
    assertThat(p.line()).isEqualTo(17);
    assertThat(p.field()).isEqualTo("tracks[1]");
    assertThat(p.message()).contains("track 'CP' has no 'stages'", "no top-level 'stages'");
  }

  @Test
  void noTracksIsReported() {
    var p =
        onlyProblem(
            """
            id: example
            version: "1"
            name: Example
            tracks: []
            referral: {name: Referral}
            """);
    assertThat(p.line()).isEqualTo(4);
    assertThat(p.field()).isEqualTo("tracks");
    assertThat(p.message()).isEqualTo("at least one track is needed");
  }

  @Test
  void duplicateTrackIdsIgnoringCaseAreReported() {
    var p =
        onlyProblem(
            HEAD
                + """
                  - id: lac
                    name: Again
                    stages: [{id: informal, name: Informal, kind: informal, to: [chair]}]
                """);
    assertThat(p.line()).isEqualTo(17);
    assertThat(p.field()).isEqualTo("tracks[1].id");
    assertThat(p.message()).startsWith("duplicate track id 'lac'");
  }

  // ---- calendar -----------------------------------------------------------------------------

  @Test
  void badCalendarValuesAreReported() {
    var problems =
        problemsOf(
            HEAD
                + """
                calendar:
                  region: england
                  workingHours: "9 to 5"
                  closureDays: [2026-12-24, 2026-13-01, "Christmas Eve"]
                """);
    assertThat(problems)
        .extracting(p -> p.line() + " " + p.field())
        .containsExactly(
            "18 calendar.region",
            "19 calendar.workingHours",
            "20 calendar.closureDays[1]",
            "20 calendar.closureDays[2]");
    assertThat(problems.get(0).message())
        .isEqualTo(
            "unknown region 'england'; expected one of: england-and-wales, scotland,"
                + " northern-ireland");
    assertThat(problems.get(1).message()).contains("\"09:00-17:00\"");
    assertThat(problems.get(2).message())
        .isEqualTo("'2026-13-01' is not a date; write closure days as YYYY-MM-DD");
  }

  @Test
  void workingHoursClosingBeforeTheyOpenAreReported() {
    var p = onlyProblem(HEAD + "calendar:\n  workingHours: 17:00-09:00\n");
    assertThat(p.line()).isEqualTo(18);
    assertThat(p.field()).isEqualTo("calendar.workingHours");
    assertThat(p.message()).contains("must open before they close");
  }

  // ---- the file as a whole ------------------------------------------------------------------

  @Test
  void aYamlSyntaxErrorIsReportedWithItsLine() {
    var p = onlyProblem(HEAD + "        cc: [team-manager\n");
    assertThat(p.line()).isEqualTo(18);
    assertThat(p.field()).isEmpty();
    assertThat(p.message()).startsWith("not valid YAML:").contains("(started on line 17)");
  }

  @Test
  void badIndentationIsReportedWithItsLine() {
    var p = onlyProblem("id: example\n  version: \"1\"\nname: Example\n");
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.message()).startsWith("not valid YAML:");
  }

  @Test
  void anEmptyFileIsReported() {
    var p = onlyProblem("# nothing yet\n");
    assertThat(p.line()).isEqualTo(1);
    assertThat(p.message()).isEqualTo("the file is empty");
  }

  @Test
  void aFileThatIsNotAnObjectIsReported() {
    var p = onlyProblem("- id: example\n");
    assertThat(p.line()).isEqualTo(1);
    assertThat(p.message()).contains("expected fields (key: value)");
  }

  @Test
  void everyProblemInAFileIsReportedInOneException() {
    Path f = write("several.yaml", HEAD + "        nxet: x\n        timescale: soon\n");
    try {
      loader.load(f);
      fail("expected the file to be refused");
    } catch (InvalidConfigurationException e) {
      assertThat(e.problems()).hasSize(2);
      assertThat(e.getMessage())
          .isEqualTo(
              "2 problems in "
                  + f
                  + ":\n  "
                  + f
                  + ":17: tracks[0].stages[0].nxet: unknown field 'nxet'; did you mean 'next'?"
                  + " fields allowed here: afterResponse, cc, chairSetsTimescale, decisionMaker, guidance, id,"
                  + " kind, limit, mayStartHere, meeting, mustRecord, name, next, onBreach, recordedBy,"
                  + " recording, reminders, steps, timescale, to\n  "
                  + f
                  + ":18: tracks[0].stages[0].timescale: timescale 'soon' is not understood;"
                  + " expected "
                  + Timescale.FORMS);
    }
  }

  // ---- helpers ------------------------------------------------------------------------------

  private uk.irodispute.core.protocol.Protocol load(String yaml) {
    return loader.load(write("example.yaml", yaml));
  }

  private List<ConfigurationProblem> problemsOf(String yaml) {
    file = write("example.yaml", yaml);
    try {
      loader.load(file);
    } catch (InvalidConfigurationException e) {
      assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(file.toString()));
      return e.problems();
    }
    return fail("expected problems in:\n" + yaml);
  }

  private ConfigurationProblem onlyProblem(String yaml) {
    List<ConfigurationProblem> problems = problemsOf(yaml);
    assertThat(problems).as("problems in:\n" + yaml).hasSize(1);
    return problems.get(0);
  }

  private Path write(String name, String text) {
    try {
      return Files.writeString(dir.resolve(name), text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

package uk.irodispute.mappings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The validate command's check of a council's {@code mappings/}: one test per kind of mistake, each
 * reading the printed line for its file, line and field, and the exit code. The shipped files are
 * copied and edited as a council's team would.
 */
class MappingsCheckTest {

  /** What the environment gives: the secrets the shipped system files ask for, and the port. */
  private static final Map<String, String> ENVIRONMENT =
      Map.of("LCS_CLIENT_SECRET", "s1", "FWI_PASSWORD", "s2", "server.port", "8080");

  private static final String RESTORATIVE = "protocols/restorative-iro-cp.yaml";

  /** The informal stage's timescale, with the end of the comment above it. */
  private static final String INFORMAL_TIMESCALE = "included.\n    timescale: 5 working days";

  private static final String LCS_API = "systems/lcs-api.yaml";
  private static final String FWI_API = "systems/fwi-api.yaml";
  private static final String COUNCIL = "directory/council.yaml";

  @TempDir Path folder;

  @Test
  void theShippedMappingsHaveNoProblems() {
    Checked checked = check(Path.of("mappings"), false);

    assertThat(checked.exitCode()).isZero();
    assertThat(checked.problemLines()).isEmpty();
    assertThat(checked.last())
        .startsWith(
            "mappings: no problems (read 5 protocol files, 3 system files, 1 directory file,"
                + " no bank-holidays file);");
  }

  @Test
  void yamlThatCannotBeReadIsReportedAtItsLine() {
    CopiedMappings m =
        copy().edit(RESTORATIVE, INFORMAL_TIMESCALE, "included.\n    timescale: [5 working days");

    Checked checked = check(m);

    assertThat(checked.exitCode()).isEqualTo(1);
    assertThat(checked.problemLines())
        .singleElement()
        .asString()
        .as("the parser stops on the line after the unclosed list, and names where it began")
        .startsWith(
            m.file(RESTORATIVE) + ":" + (m.lineOf(RESTORATIVE, "[5 working days") + 1) + ": ")
        .contains(
            ": not valid YAML: while parsing a flow sequence (started on line "
                + m.lineOf(RESTORATIVE, "[5 working days")
                + ")");
  }

  @Test
  void anUnknownFieldIsReportedWithTheFieldItWasProbablyMeantToBe() {
    CopiedMappings m = copy().edit(LCS_API, "\ncaseLink:", "\ncaseLnk:");

    Checked checked = check(m);

    assertThat(checked.exitCode()).isEqualTo(1);
    assertThat(checked.problemLines())
        .contains(
            m.file(LCS_API)
                + ":"
                + m.lineOf(LCS_API, "caseLnk:")
                + ": caseLnk: unknown field 'caseLnk'; did you mean 'caseLink'? fields allowed here:"
                + " auth, caseLink, enabled, fields, id, name, protocol, rules, source, writeBack")
        .hasSize(1);
  }

  @Test
  void aValueOfTheWrongTypeIsReportedAtItsField() {
    CopiedMappings m = copy().edit(FWI_API, "  pageSize: 25", "  pageSize: twenty-five");

    Checked checked = check(m);

    assertThat(checked.exitCode()).isEqualTo(1);
    assertThat(checked.problemLines())
        .singleElement()
        .asString()
        .startsWith(
            m.file(FWI_API)
                + ":"
                + m.lineOf(FWI_API, "pageSize: twenty-five")
                + ": source.pageSize: ")
        .contains("twenty-five");
  }

  @Test
  void aMissingRequiredFieldIsReportedAtTheObjectMissingIt() {
    CopiedMappings m =
        copy()
            .edit(
                COUNCIL,
                "  - {id: dir-hos, name: Frankie Dale, email: frankie.dale@council.example}",
                "  - {id: dir-hos, name: Frankie Dale}");

    Checked checked = check(m);

    assertThat(checked.exitCode()).isEqualTo(1);
    assertThat(checked.problemLines())
        .containsExactly(
            m.file(COUNCIL)
                + ":"
                + m.lineOf(COUNCIL, "id: dir-hos,")
                + ": people[19].email: required field 'email' is missing");
  }

  @Test
  void aSystemNamingAnUnknownProtocolIsToldTheClosestOne() {
    CopiedMappings m =
        copy().edit(LCS_API, "protocol: day-range-lac-cp", "protocol: day-range-lac-cpp");

    Checked checked = check(m);

    assertThat(checked.exitCode()).isEqualTo(1);
    assertThat(checked.problemLines())
        .singleElement()
        .asString()
        .startsWith(
            m.file(LCS_API) + ":" + m.lineOf(LCS_API, "protocol: day-range") + ": protocol: ")
        .contains("unknown protocol 'day-range-lac-cpp'")
        .contains("did you mean 'day-range-lac-cp'?");
  }

  @Test
  void aDirectoryRoleNoProtocolDeclaresIsAProblemWithTheClosestRole() {
    CopiedMappings m =
        copy().edit(COUNCIL, "      head-of-service: dir-hos", "      head-of-servce: dir-hos");

    Checked checked = check(m);

    assertThat(checked.exitCode()).isEqualTo(1);
    assertThat(checked.problemLines())
        .containsExactly(
            m.file(COUNCIL)
                + ":"
                + m.lineOf(COUNCIL, "head-of-servce")
                + ": areas[2].roles.head-of-servce: role 'head-of-servce' is declared by no"
                + " protocol (did you mean 'head-of-service'?), so this entry is never used; the"
                + " roles are those the protocol files declare under 'roles'");
  }

  @Test
  void aTimescaleInUnitsTheAdapterDoesNotKnowIsReportedAtTheStage() {
    CopiedMappings m =
        copy().edit(RESTORATIVE, INFORMAL_TIMESCALE, "included.\n    timescale: 5 workng days");

    Checked checked = check(m);

    assertThat(checked.exitCode()).isEqualTo(1);
    assertThat(checked.problemLines())
        .singleElement()
        .asString()
        .startsWith(
            m.file(RESTORATIVE)
                + ":"
                + m.lineOf(RESTORATIVE, "5 workng days")
                + ": stages[0].timescale: ")
        .contains("5 workng days");
  }

  @Test
  void aPlaceholderTheEnvironmentDoesNotSetIsAProblemNamingTheVariable() {
    CopiedMappings m = copy();

    Checked checked = check(m.root(), Map.of("server.port", "8080"), false);

    assertThat(checked.exitCode()).isEqualTo(1);
    assertThat(checked.problemLines())
        .containsExactly(
            m.file(FWI_API)
                + ":"
                + m.lineOf(FWI_API, "${FWI_PASSWORD}")
                + ": auth.password: placeholder '${FWI_PASSWORD}' has no value: set FWI_PASSWORD in"
                + " the environment",
            m.file(LCS_API)
                + ":"
                + m.lineOf(LCS_API, "${LCS_CLIENT_SECRET}")
                + ": auth.clientSecret: placeholder '${LCS_CLIENT_SECRET}' has no value: set"
                + " LCS_CLIENT_SECRET in the environment");
  }

  @Test
  void anUnsetPlaceholderIsOnlyAWarningWhenAskedFor() {
    CopiedMappings m = copy();

    Checked checked = check(m.root(), Map.of("server.port", "8080"), true);

    assertThat(checked.exitCode()).isZero();
    assertThat(checked.problemLines()).isEmpty();
    assertThat(checked.lines())
        .contains(
            "warning: "
                + m.file(LCS_API)
                + ":"
                + m.lineOf(LCS_API, "${LCS_CLIENT_SECRET}")
                + ": auth.clientSecret: placeholder '${LCS_CLIENT_SECRET}' has no value: set"
                + " LCS_CLIENT_SECRET in the environment");
    assertThat(checked.last()).contains("no problems").contains("4 warnings");
  }

  @Test
  void everyProblemInEveryFileIsReportedAtOnce() {
    CopiedMappings m =
        copy()
            .edit(RESTORATIVE, INFORMAL_TIMESCALE, "included.\n    timescale: 5 workng days")
            .edit(LCS_API, "\ncaseLink:", "\ncaseLnk:")
            .edit(FWI_API, "  pageSize: 25", "  pageSize: twenty-five")
            .edit(COUNCIL, "email: frankie.dale@council.example}", "emial: frankie.dale}");

    Checked checked = check(m);

    assertThat(checked.exitCode()).isEqualTo(1);
    assertThat(checked.problemLines())
        .hasSize(5)
        .anyMatch(l -> l.startsWith(m.file(RESTORATIVE) + ":"))
        .anyMatch(l -> l.startsWith(m.file(LCS_API) + ":"))
        .anyMatch(l -> l.startsWith(m.file(FWI_API) + ":"))
        .anyMatch(l -> l.startsWith(m.file(COUNCIL) + ":"));
    assertThat(checked.last())
        .isEqualTo(
            m.root()
                + ": 5 problems in 4 files (read 5 protocol files, 3 system files, 1 directory file,"
                + " no bank-holidays file); 0 warnings");
  }

  @Test
  void systemsAreStillCheckedAgainstTheProtocolsThatLoaded() {
    CopiedMappings m =
        copy()
            .edit(RESTORATIVE, INFORMAL_TIMESCALE, "included.\n    timescale: 5 workng days")
            .edit(LCS_API, "protocol: day-range-lac-cp", "protocol: day-range-lac-cpp");

    Checked checked = check(m);

    assertThat(checked.problemLines())
        .hasSize(2)
        .anyMatch(l -> l.contains("unknown protocol 'day-range-lac-cpp'"));
    assertThat(checked.lines())
        .anyMatch(l -> l.startsWith("note: system files are checked against the protocols that"));
  }

  @Test
  void aMalformedBankHolidaysFileIsAProblem() {
    CopiedMappings m = copy().write("calendar/bank-holidays.json", "{\"england-and-wales\": 3}");

    Checked checked = check(m);

    assertThat(checked.exitCode()).isEqualTo(1);
    assertThat(checked.problemLines())
        .singleElement()
        .asString()
        .startsWith(m.file("calendar/bank-holidays.json") + ":1: ")
        .contains("england-and-wales: expected an object with 'events'");
    assertThat(checked.last()).contains("the bank-holidays file");
  }

  @Test
  void filesTheAdapterWouldNotReadAreWarnedOf() {
    CopiedMappings m =
        copy()
            .write("systems/lcs-api.yaml.orig", "id: old\n")
            .write("protocol/ours.yaml", "id: ours\n");

    Checked checked = check(m);

    assertThat(checked.exitCode()).isZero();
    assertThat(checked.lines())
        .contains(
            "warning: "
                + m.file("systems/lcs-api.yaml.orig")
                + ": not read: only .yaml and .yml files directly in systems/ are",
            "warning: "
                + m.file("protocol")
                + ": not read: the adapter reads the folders protocols/, systems/, directory/,"
                + " calendar/, scenarios/ and messages/ here");
  }

  @Test
  void theCouncilsWordingIsCheckedWithTheFileAndLine() {
    CopiedMappings m =
        copy()
            .write("messages/README.md", "How to word our messages.")
            .write("messages/alerts.properties", "# Ours.\nBREACH.subjct=Late\n");

    Checked checked = check(m);

    assertThat(checked.exitCode()).isEqualTo(1);
    assertThat(checked.problemLines())
        .singleElement()
        .asString()
        .startsWith(m.file("messages/alerts.properties") + ":2: BREACH.subjct: unknown key");
  }

  @Test
  void aMissingMappingsFolderIsOneProblem() {
    Checked checked = check(folder.resolve("nowhere"), false);

    assertThat(checked.exitCode()).isEqualTo(1);
    assertThat(checked.problemLines())
        .containsExactly(
            folder.resolve("nowhere")
                + ": no such folder; give the folder holding protocols/, systems/, directory/ and"
                + " calendar/");
  }

  private CopiedMappings copy() {
    return CopiedMappings.of(folder);
  }

  private static Checked check(CopiedMappings m) {
    return check(m.root(), false);
  }

  private static Checked check(Path mappings, boolean warnUnset) {
    return check(mappings, ENVIRONMENT, warnUnset);
  }

  private static Checked check(Path mappings, Map<String, String> environment, boolean warnUnset) {
    MappingsReport report =
        new MappingsCheck(PlaceholderResolver.from(environment::get), warnUnset).check(mappings);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    report.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return new Checked(bytes.toString(StandardCharsets.UTF_8).lines().toList(), report.exitCode());
  }

  /** The printed lines and the exit code. */
  private record Checked(List<String> lines, int exitCode) {

    /** The lines naming a problem: neither a warning, a note nor the summary. */
    List<String> problemLines() {
      return lines.subList(0, lines.size() - 1).stream()
          .filter(l -> !l.startsWith("warning: ") && !l.startsWith("note: "))
          .toList();
    }

    String last() {
      return lines.get(lines.size() - 1);
    }
  }
}

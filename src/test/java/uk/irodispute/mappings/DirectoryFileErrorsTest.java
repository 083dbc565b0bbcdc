package uk.irodispute.mappings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.irodispute.directory.Directory;

/**
 * Each kind of mistake in a staff directory file is reported with the file, line and field, and
 * every mistake of every file at once.
 */
class DirectoryFileErrorsTest {

  /** A valid directory of 13 lines; tests add people, areas or fields from line 14. */
  private static final String HEAD =
      """
      operations: [ops@council.example]
      people:
        - {id: sm-north, name: Priya Northfield, email: priya.northfield@council.example}
        - {id: hos, name: Frankie Dale, email: frankie.dale@council.example}
      areas:
        - id: north
          name: North locality
          teams: [Children in Care North]
          roles: {service-manager: sm-north}
        - id: council
          name: Council-wide roles
          default: true
          roles: {head-of-service: hos}
      """;

  @TempDir Path dir;

  private final DirectoryFileLoader loader = new DirectoryFileLoader();

  @Test
  void theHeadIsValid() throws IOException {
    Directory d = loader.loadDirectory(write("council.yaml", HEAD));
    assertThat(d.people()).hasSize(2);
    assertThat(d.areas()).hasSize(2);
    assertThat(d.operations()).containsExactly("ops@council.example");
  }

  @Test
  void theShippedDirectoryLoads() {
    Directory d = loader.loadDirectory(Path.of("mappings/directory"));
    assertThat(d.defaultArea()).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo("council"));
    assertThat(d.operations()).containsExactly("iro-adapter-ops@council.example");
  }

  @Test
  void aMissingOrEmptyFolderIsAnEmptyDirectory() throws IOException {
    assertThat(loader.loadDirectory(dir.resolve("nowhere")).isEmpty()).isTrue();
    Files.createDirectories(dir.resolve("empty"));
    Files.writeString(dir.resolve("empty/README.md"), "not a directory file");
    assertThat(loader.loadDirectory(dir.resolve("empty")).isEmpty()).isTrue();
  }

  @Test
  void aRoleNamingAnUnknownPersonIsReportedWithASuggestion() throws IOException {
    var p =
        onlyProblem(
            HEAD.replace(
                "roles: {service-manager: sm-north}", "roles: {service-manager: sm-nrth}"));
    assertThat(p.file()).endsWith("council.yaml");
    assertThat(p.line()).isEqualTo(9);
    assertThat(p.field()).isEqualTo("areas[0].roles.service-manager");
    assertThat(p.message()).contains("unknown person 'sm-nrth'", "did you mean 'sm-north'?");
  }

  @Test
  void anUnknownPersonInAListOfHoldersIsReportedAtItsItem() throws IOException {
    var p =
        onlyProblem(
            HEAD
                + """
                  - id: south
                    name: South locality
                    roles:
                      service-manager: [sm-north, sm-south]
                """);
    assertThat(p.line()).isEqualTo(17);
    assertThat(p.field()).isEqualTo("areas[2].roles.service-manager[1]");
    assertThat(p.message()).contains("unknown person 'sm-south'");
  }

  @Test
  void aPersonDeclaredTwiceIsReportedWithTheFirstLine() throws IOException {
    var p =
        onlyProblem(
            HEAD.replace(
                "areas:\n",
                "  - {id: hos, name: Someone Else, email: someone@council.example}\nareas:\n"));
    assertThat(p.line()).isEqualTo(5);
    assertThat(p.field()).isEqualTo("people[2].id");
    assertThat(p.message()).contains("duplicate person id 'hos' (first on line 4)");
  }

  @Test
  void anAreaDeclaredTwiceIsReported() throws IOException {
    var p = onlyProblem(HEAD + "  - {id: north, name: North again}\n");
    assertThat(p.line()).isEqualTo(14);
    assertThat(p.field()).isEqualTo("areas[2].id");
    assertThat(p.message()).contains("duplicate area id 'north' (first on line 6)");
  }

  @Test
  void aSecondDefaultAreaIsReported() throws IOException {
    var p = onlyProblem(HEAD + "  - {id: other, name: Other, default: true}\n");
    assertThat(p.line()).isEqualTo(14);
    assertThat(p.field()).isEqualTo("areas[2].default");
    assertThat(p.message()).contains("only one area may be the default (first on line 12)");
  }

  @Test
  void aTeamInTwoAreasIsReportedEvenWrittenInAnotherCase() throws IOException {
    var p =
        onlyProblem(
            HEAD
                + "  - {id: south, name: South, teams: [Children in Care South, children in care north]}\n");
    assertThat(p.line()).isEqualTo(14);
    assertThat(p.field()).isEqualTo("areas[2].teams[1]");
    assertThat(p.message())
        .contains("team 'children in care north' is already in an area (first on line 8)");
  }

  @Test
  void aBadEmailAddressIsReportedForPeopleAndOperations() throws IOException {
    var problems =
        problems(
            HEAD.replace("ops@council.example", "ops at council")
                .replace(
                    "frankie.dale@council.example", "Frankie Dale <frankie.dale@council.example>"));
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0).line()).isEqualTo(1);
    assertThat(problems.get(0).field()).isEqualTo("operations[0]");
    assertThat(problems.get(0).message()).contains("'ops at council' is not an e-mail address");
    assertThat(problems.get(1).line()).isEqualTo(4);
    assertThat(problems.get(1).field()).isEqualTo("people[1].email");
  }

  @Test
  void anUnknownFieldIsReportedWithASuggestion() throws IOException {
    var p = onlyProblem(HEAD.replace("    teams: [", "    tems: ["));
    assertThat(p.line()).isEqualTo(8);
    assertThat(p.field()).isEqualTo("areas[0].tems");
    assertThat(p.message()).contains("unknown field 'tems'", "did you mean 'teams'?");
  }

  @Test
  void aPersonWithoutAnAddressIsReported() throws IOException {
    var p = onlyProblem(HEAD.replace(", email: frankie.dale@council.example", ""));
    assertThat(p.line()).isEqualTo(4);
    assertThat(p.field()).isEqualTo("people[1].email");
    assertThat(p.message()).contains("required field 'email' is missing");
  }

  @Test
  void aRoleThatNamesNobodyIsReported() throws IOException {
    var p = onlyProblem(HEAD.replace("{head-of-service: hos}", "{head-of-service: []}"));
    assertThat(p.line()).isEqualTo(13);
    assertThat(p.field()).isEqualTo("areas[1].roles.head-of-service");
    assertThat(p.message()).contains("names nobody");
  }

  @Test
  void filesAreReadAsOneDirectoryAndClashesBetweenThemNameTheOtherFile() throws IOException {
    write("a-council.yaml", HEAD);
    write(
        "b-extra.yaml",
        """
        people:
          - {id: hos, name: Again, email: again@council.example}
        areas:
          - {id: east, name: East, teams: [Children in Care North], roles: {director: dir}}
          - {id: west, name: West, default: true}
        """);
    var e =
        catchThrowableOfType(() -> loader.loadDirectory(dir), InvalidConfigurationException.class);
    assertThat(e.problems())
        .extracting(ConfigurationProblem::toString)
        .containsExactly(
            dir.resolve("b-extra.yaml")
                + ":2: people[0].id: duplicate person id 'hos' (first in "
                + dir.resolve("a-council.yaml")
                + ":4)",
            dir.resolve("b-extra.yaml")
                + ":4: areas[0].teams[0]: team 'Children in Care North' is already in an area (first in "
                + dir.resolve("a-council.yaml")
                + ":8); a team belongs to one area",
            dir.resolve("b-extra.yaml")
                + ":5: areas[1].default: only one area may be the default (first in "
                + dir.resolve("a-council.yaml")
                + ":12); roles not found in a case's own area are looked up there",
            dir.resolve("b-extra.yaml")
                + ":4: areas[0].roles.director: unknown person 'dir'; every id here must be a"
                + " person under 'people'");
  }

  @Test
  void aRoleMayNameAPersonFromAnotherFile() throws IOException {
    write(
        "a-people.yaml",
        "people:\n  - {id: d1, name: Robin Ashdown, email: robin@council.example}\n");
    write(
        "b-areas.yaml", "areas:\n  - {id: all, name: All, default: true, roles: {director: d1}}\n");
    Directory d = loader.loadDirectory(dir);
    assertThat(d.holding("director", List.of()))
        .extracting(p -> p.name())
        .containsExactly("Robin Ashdown");
  }

  private Path write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
    return dir;
  }

  private List<ConfigurationProblem> problems(String text) throws IOException {
    write("council.yaml", text);
    var e =
        catchThrowableOfType(() -> loader.loadDirectory(dir), InvalidConfigurationException.class);
    assertThat(e).as("the file should be refused").isNotNull();
    return e.problems();
  }

  private ConfigurationProblem onlyProblem(String text) throws IOException {
    var problems = problems(text);
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }
}

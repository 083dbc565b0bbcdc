package uk.irodispute.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Who holds a role for a case: the area of the case's first team that has one, then the default.
 */
class DirectoryTest {

  private static final DirectoryPerson SM_NORTH =
      new DirectoryPerson("sm-north", "Priya Northfield", "priya.northfield@council.example");
  private static final DirectoryPerson SM_SOUTH =
      new DirectoryPerson("sm-south", "Tom Southgate", "tom.southgate@council.example");
  private static final DirectoryPerson SM_COUNCIL =
      new DirectoryPerson("sm-any", "Drew Fenwick", "drew.fenwick@council.example");
  private static final DirectoryPerson HOS =
      new DirectoryPerson("hos", "Frankie Dale", "frankie.dale@council.example");
  private static final DirectoryPerson HOS_DEPUTY =
      new DirectoryPerson("hos-deputy", "Lee Carden", "lee.carden@council.example");

  private final Directory directory =
      new Directory(
          List.of(SM_NORTH, SM_SOUTH, SM_COUNCIL, HOS, HOS_DEPUTY),
          List.of(
              new ServiceArea(
                  "north",
                  "North locality",
                  false,
                  List.of("Children in Care North"),
                  Map.of("service-manager", List.of("sm-north"))),
              new ServiceArea(
                  "south",
                  "South locality",
                  false,
                  List.of("Children in Care South"),
                  Map.of("service-manager", List.of("sm-south"))),
              new ServiceArea(
                  "council",
                  "Council-wide",
                  true,
                  List.of(),
                  Map.of(
                      "service-manager",
                      List.of("sm-any"),
                      "head-of-service",
                      List.of("hos", "hos-deputy")))),
          List.of("ops@council.example"));

  @Test
  void theAreaOfTheCasesTeamNamesTheRoleHolder() {
    assertThat(directory.holding("service-manager", List.of("Children in Care South")))
        .containsExactly(SM_SOUTH);
  }

  @Test
  void theFirstTeamThatHasAnAreaDecides() {
    assertThat(
            directory.holding(
                "service-manager",
                Arrays.asList(
                    null, "Fostering", "Children in Care North", "Children in Care South")))
        .containsExactly(SM_NORTH);
  }

  @Test
  void teamsMatchWhateverTheirCaseOrOuterSpaces() {
    assertThat(directory.holding("service-manager", List.of(" children in care north ")))
        .containsExactly(SM_NORTH);
  }

  @Test
  void aRoleTheCasesAreaDoesNotNameComesFromTheDefaultArea() {
    assertThat(directory.holding("head-of-service", List.of("Children in Care North")))
        .containsExactly(HOS, HOS_DEPUTY);
  }

  @Test
  void aCaseWhoseTeamsAreInNoAreaOrUnknownUsesTheDefaultArea() {
    assertThat(directory.holding("service-manager", List.of("Fostering")))
        .containsExactly(SM_COUNCIL);
    assertThat(directory.holding("service-manager", List.of())).containsExactly(SM_COUNCIL);
  }

  @Test
  void aRoleNobodyHoldsGivesNobody() {
    assertThat(directory.holding("director", List.of("Children in Care North"))).isEmpty();
    assertThat(Directory.empty().holding("service-manager", List.of("Children in Care North")))
        .isEmpty();
  }

  @Test
  void aPersonIsFoundById() {
    assertThat(directory.person("hos")).contains(HOS);
    assertThat(directory.person("nobody")).isEmpty();
    assertThat(directory.person(null)).isEmpty();
  }

  @Test
  void anAreaNamingAPersonNotInTheDirectoryIsRefused() {
    assertThatThrownBy(
            () ->
                new Directory(
                    List.of(),
                    List.of(
                        new ServiceArea(
                            "a", "A", true, List.of(), Map.of("director", List.of("x")))),
                    List.of()))
        .hasMessageContaining("unknown person 'x'");
  }
}

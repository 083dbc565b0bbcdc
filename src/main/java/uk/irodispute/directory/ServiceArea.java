package uk.irodispute.directory;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A service area: the teams in it, as the case system names them, and who holds each protocol role
 * for them.
 *
 * @param id the area's id
 * @param name its name for people
 * @param isDefault whether roles not found in a dispute's own area are looked up here
 * @param teams the case system's team names that belong to the area
 * @param roles protocol role id to the ids of the people holding it, in order
 * @param language the language its messages and notes are in ({@code en} or {@code cy}); null for
 *     English
 */
public record ServiceArea(
    String id,
    String name,
    boolean isDefault,
    List<String> teams,
    Map<String, List<String>> roles,
    String language) {

  public ServiceArea {
    teams = List.copyOf(teams);
    roles = Map.copyOf(roles);
  }

  /** An area whose messages are in English. */
  public ServiceArea(
      String id,
      String name,
      boolean isDefault,
      List<String> teams,
      Map<String, List<String>> roles) {
    this(id, name, isDefault, teams, roles, null);
  }

  /** Whether the team, as a case system gives it, belongs here; case and outer spaces aside. */
  public boolean hasTeam(String team) {
    return team != null && teams.stream().anyMatch(t -> sameTeam(t, team));
  }

  /** The ids of the people holding the role here, if the area names any. */
  public Optional<List<String>> holders(String role) {
    return Optional.ofNullable(roles.get(role)).filter(ids -> !ids.isEmpty());
  }

  /** How team names are compared: case and outer spaces aside. */
  public static boolean sameTeam(String a, String b) {
    return a.strip().equalsIgnoreCase(b.strip());
  }
}

package uk.irodispute.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The council's staff directory: who holds the roles a case system does not (service managers,
 * heads of service, directors, the IRO service's own managers), by service area, and where
 * operations are told of what the adapter cannot deliver. Read from {@code mappings/directory/}.
 */
public final class Directory {

  private static final Directory EMPTY = new Directory(List.of(), List.of(), List.of());

  private final Map<String, DirectoryPerson> people = new LinkedHashMap<>();
  private final List<ServiceArea> areas;
  private final List<String> operations;

  /**
   * @param people everyone the areas name
   * @param areas the service areas; at most one is the default
   * @param operations the operations mailboxes
   * @throws IllegalArgumentException when an area names a person who is not in {@code people}
   */
  public Directory(List<DirectoryPerson> people, List<ServiceArea> areas, List<String> operations) {
    people.forEach(p -> this.people.put(p.id(), p));
    this.areas = List.copyOf(areas);
    this.operations = List.copyOf(operations);
    for (ServiceArea area : areas) {
      for (List<String> ids : area.roles().values()) {
        for (String id : ids) {
          if (!this.people.containsKey(id)) {
            throw new IllegalArgumentException(
                "area " + area.id() + " names unknown person '" + id + "'");
          }
        }
      }
    }
  }

  /** A directory with nobody in it: every directory role goes unresolved. */
  public static Directory empty() {
    return EMPTY;
  }

  public boolean isEmpty() {
    return people.isEmpty() && areas.isEmpty() && operations.isEmpty();
  }

  /**
   * The people holding a role for a case: in the area of the first of the case's teams that has
   * one, or else (or when that area does not name the role) in the default area.
   *
   * @param role a protocol role id
   * @param teams the case's teams in order of preference (social worker's, team manager's,
   *     chair's); nulls are passed over
   * @return the holders, in the order the file lists them; empty when nobody holds the role
   */
  public List<DirectoryPerson> holding(String role, List<String> teams) {
    List<ServiceArea> lookIn = new ArrayList<>();
    areaOf(teams).ifPresent(lookIn::add);
    defaultArea().filter(d -> !lookIn.contains(d)).ifPresent(lookIn::add);
    return lookIn.stream()
        .map(area -> area.holders(role))
        .flatMap(Optional::stream)
        .findFirst()
        .map(ids -> ids.stream().map(people::get).toList())
        .orElse(List.of());
  }

  /** The area of the first team that has one. */
  public Optional<ServiceArea> areaOf(List<String> teams) {
    return teams.stream()
        .filter(Objects::nonNull)
        .flatMap(team -> areas.stream().filter(a -> a.hasTeam(team)).limit(1))
        .findFirst();
  }

  /** The area marked {@code default: true}, if any. */
  public Optional<ServiceArea> defaultArea() {
    return areas.stream().filter(ServiceArea::isDefault).findFirst();
  }

  /** A person by directory id, for example to find a chair's address a case system left out. */
  public Optional<DirectoryPerson> person(String id) {
    return Optional.ofNullable(id).map(people::get);
  }

  /** The person with the address, case aside, for example to find the language they read. */
  public Optional<DirectoryPerson> personWithAddress(String email) {
    return people.values().stream()
        .filter(p -> p.email() != null && p.email().strip().equalsIgnoreCase(email.strip()))
        .findFirst();
  }

  /** Where operations are told of roles with nobody behind them. */
  public List<String> operations() {
    return operations;
  }

  public List<DirectoryPerson> people() {
    return List.copyOf(people.values());
  }

  public List<ServiceArea> areas() {
    return areas;
  }
}

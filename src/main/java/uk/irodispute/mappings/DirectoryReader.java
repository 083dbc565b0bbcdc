package uk.irodispute.mappings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.irodispute.delivery.Wording;
import uk.irodispute.directory.Directory;
import uk.irodispute.directory.DirectoryPerson;
import uk.irodispute.directory.ServiceArea;

/**
 * Reads the files of a staff directory (docs/DIRECTORY.md), one after another, into one {@link
 * Directory}. Ids, teams and the default area are checked across all the files read; a role naming
 * a person is checked once every file is read, so people and areas may be in different files.
 */
final class DirectoryReader {

  static final Set<String> TOP_FIELDS = Set.of("operations", "people", "areas");
  static final Set<String> PERSON_FIELDS = Set.of("id", "name", "email", "language");
  static final Set<String> AREA_FIELDS =
      Set.of("id", "name", "default", "teams", "roles", "language");

  /** Where something was first declared, to point back to it. */
  private record Seen(String file, int line) {

    static Seen of(YamlField f) {
      return new Seen(f.problems().file(), f.line());
    }

    String from(YamlField here) {
      return here.problems().file().equals(file)
          ? "first on line " + line
          : "first in " + file + ":" + line;
    }
  }

  /** A person id named under an area's roles, checked when every file is read. */
  private record Reference(YamlField at, String personId) {}

  private final Map<String, DirectoryPerson> people = new LinkedHashMap<>();
  private final Map<String, Seen> personSeen = new HashMap<>();
  private final Map<String, Seen> areaSeen = new HashMap<>();
  private final Map<String, Seen> teamSeen = new HashMap<>();
  private final List<ServiceArea> areas = new ArrayList<>();
  private final List<String> operations = new ArrayList<>();
  private final List<Reference> references = new ArrayList<>();
  private Seen defaultSeen;

  /** Reads one file's top-level object; its problems go to the file's {@link Problems}. */
  void read(YamlField root) {
    root.rejectUnknownKeys(TOP_FIELDS);
    for (YamlField address : root.scalarItems("operations")) {
      if (EmailAddresses.check(address) && !operations.contains(address.text())) {
        operations.add(address.text());
      }
    }
    for (YamlField person : root.objectList("people")) {
      readPerson(person);
    }
    for (YamlField area : root.objectList("areas")) {
      readArea(area);
    }
  }

  /**
   * Checks every role's person ids against everyone read, and builds the directory.
   *
   * @return the directory, or null when a reference is wrong (recorded in its file's problems)
   */
  Directory finish() {
    boolean ok = true;
    for (Reference r : references) {
      if (!people.containsKey(r.personId())) {
        ok = false;
        r.at()
            .problem(
                "unknown person '"
                    + r.personId()
                    + "'"
                    + Suggestions.didYouMean(r.personId(), people.keySet())
                    + "; every id here must be a person under 'people'");
      }
    }
    return ok ? new Directory(List.copyOf(people.values()), areas, operations) : null;
  }

  private void readPerson(YamlField f) {
    f.rejectUnknownKeys(PERSON_FIELDS);
    String id = f.requiredString("id");
    String name = f.requiredString("name");
    String email = f.requiredString("email");
    f.value("email").ifPresent(EmailAddresses::check);
    String language = language(f);
    if (id == null) {
      return;
    }
    YamlField idField = f.value("id").orElseThrow();
    Seen first = personSeen.putIfAbsent(id, Seen.of(idField));
    if (first != null) {
      idField.problem("duplicate person id '" + id + "' (" + first.from(idField) + ")");
      return;
    }
    people.put(id, new DirectoryPerson(id, name, email, language));
  }

  /** An optional {@code language}: one the adapter has wording in. */
  private static String language(YamlField f) {
    Optional<YamlField> value = f.value("language");
    if (value.isEmpty() || value.get().isEmpty()) {
      return null;
    }
    String language = value.get().text();
    if (!Wording.LANGUAGES.contains(language)) {
      value
          .get()
          .problem(
              "unknown language '"
                  + language
                  + "'"
                  + Suggestions.didYouMean(String.valueOf(language), Wording.LANGUAGES)
                  + "; known: "
                  + String.join(", ", Wording.LANGUAGES)
                  + " (English, Welsh)");
      return null;
    }
    return language;
  }

  private void readArea(YamlField f) {
    f.rejectUnknownKeys(AREA_FIELDS);
    String id = f.requiredString("id");
    String name = f.requiredString("name");
    boolean isDefault = f.optionalBoolean("default", false);
    if (id != null) {
      YamlField idField = f.value("id").orElseThrow();
      Seen first = areaSeen.putIfAbsent(id, Seen.of(idField));
      if (first != null) {
        idField.problem("duplicate area id '" + id + "' (" + first.from(idField) + ")");
      }
    }
    if (isDefault) {
      YamlField defaultField = f.value("default").orElseThrow();
      if (defaultSeen != null) {
        defaultField.problem(
            "only one area may be the default ("
                + defaultSeen.from(defaultField)
                + "); roles not found in a case's own area are looked up there");
      } else {
        defaultSeen = Seen.of(defaultField);
      }
    }
    List<String> teams = new ArrayList<>();
    for (YamlField team : f.scalarItems("teams")) {
      String key = team.text().strip().toLowerCase(Locale.ROOT);
      Seen first = teamSeen.putIfAbsent(key, Seen.of(team));
      if (first != null) {
        team.problem(
            "team '"
                + team.text()
                + "' is already in an area ("
                + first.from(team)
                + "); a team belongs to one area");
      } else {
        teams.add(team.text().strip());
      }
    }
    areas.add(new ServiceArea(id, name, isDefault, teams, readRoles(f), language(f)));
  }

  private Map<String, List<String>> readRoles(YamlField area) {
    Map<String, List<String>> roles = new LinkedHashMap<>();
    area.optionalObject("roles")
        .ifPresent(
            r -> {
              r.rejectUnknownKeys(r.keys());
              for (String role : r.keys()) {
                YamlField value = r.field(role).orElseThrow();
                if (value.isEmpty()) {
                  value.problem(
                      "role '" + role + "' names nobody; give a person id, or leave the role out");
                  continue;
                }
                List<YamlField> ids = value.isList() ? r.scalarItems(role) : List.of(value);
                List<String> holders = new ArrayList<>();
                for (YamlField idField : ids) {
                  String id = idField.text();
                  if (id != null) {
                    references.add(new Reference(idField, id));
                    holders.add(id);
                  }
                }
                roles.put(role, holders);
              }
            });
    return roles;
  }
}

package uk.irodispute.mappings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import uk.irodispute.core.protocol.Protocol;
import uk.irodispute.core.protocol.ProtocolRegistry;
import uk.irodispute.directory.Directory;
import uk.irodispute.holidays.GovUkBankHolidays;

/**
 * Checks every file under {@code mappings/} with the loaders start-up uses, and reports every
 * problem in every file at once: the protocols, then the case systems against the protocols that
 * loaded, the staff directory, the council's wording of messages, and the GOV.UK bank-holidays
 * file. It is stricter than start-up in one thing: a directory area naming a role no protocol
 * declares is a problem here (that entry is never used), where start-up only logs a warning. Files
 * the adapter would not read are warned of. Nothing is connected to: no case system, database or
 * mail server.
 */
public final class MappingsCheck {

  // The folders under mappings/ the adapter reads, and the calendar folder's one file.
  private static final String PROTOCOLS = "protocols";
  private static final String SYSTEMS = "systems";
  private static final String DIRECTORY = "directory";
  private static final String CALENDAR = "calendar";
  private static final String MESSAGES = "messages";
  // The scenarios are read and run by the validate command itself (package scenarios).
  private static final String SCENARIOS = "scenarios";
  private static final String BANK_HOLIDAYS = "bank-holidays.json";

  private final PlaceholderResolver placeholders;
  private final boolean unsetIsWarning;
  private final List<RoleSetting> roleSettings;

  /**
   * @param placeholders fills a system file's {@code ${...}} placeholders, as start-up does
   * @param unsetIsWarning whether a placeholder the environment does not set is a warning rather
   *     than a problem (for checking files on a machine that holds no secrets)
   */
  public MappingsCheck(PlaceholderResolver placeholders, boolean unsetIsWarning) {
    this(placeholders, unsetIsWarning, List.of());
  }

  /**
   * @param roleSettings the roles the adapter's settings name (the digest's), checked against the
   *     roles the protocols declare
   */
  public MappingsCheck(
      PlaceholderResolver placeholders, boolean unsetIsWarning, List<RoleSetting> roleSettings) {
    this.placeholders = placeholders;
    this.unsetIsWarning = unsetIsWarning;
    this.roleSettings = List.copyOf(roleSettings);
  }

  /**
   * A role one of the adapter's settings names, and where it was set.
   *
   * @param name the setting, for example {@code iro.digest.role}
   * @param role the role it names
   * @param file the settings file that sets it, or where else it came from
   * @param line the 1-based line in that file; 0 when it came from no file
   * @param how what the role is for and how to set it, for the message
   */
  public record RoleSetting(String name, String role, String file, int line, String how) {}

  /** Checks the {@code mappings/} folder {@code mappings}. */
  public MappingsReport check(Path mappings) {
    List<ConfigurationProblem> problems = new ArrayList<>();
    List<ConfigurationProblem> warnings = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    if (!Files.isDirectory(mappings)) {
      problems.add(
          new ConfigurationProblem(
              mappings.toString(),
              0,
              "",
              "no such folder; give the folder holding protocols/, systems/, directory/ and"
                  + " calendar/"));
      return new MappingsReport(
          mappings, problems, warnings, notes, new MappingsReport.FilesRead(0, 0, 0, 0));
    }
    Path protocolDir = mappings.resolve(PROTOCOLS);
    Path systemDir = mappings.resolve(SYSTEMS);
    Path directoryDir = mappings.resolve(DIRECTORY);
    Path bankHolidays = mappings.resolve(CALENDAR).resolve(BANK_HOLIDAYS);

    int before = problems.size();
    ProtocolRegistry protocols = new ProtocolRegistry(protocols(protocolDir, problems));
    boolean everyProtocolLoaded = problems.size() == before;
    if (!everyProtocolLoaded) {
      notes.add(
          "system files are checked against the protocols that loaded, so one naming a protocol"
              + " whose file has problems is told that protocol is unknown; the directory's roles"
              + " are checked once every protocol file loads");
    }
    if (Files.isDirectory(protocolDir) && yamlFiles(protocolDir).isEmpty()) {
      warnings.add(folderWarning(protocolDir, "no protocol files: every system file needs one"));
    }
    collect(() -> new SystemFileLoader(protocols, placeholders).loadDirectory(systemDir), problems);
    Directory directory =
        collect(() -> new DirectoryFileLoader().loadDirectory(directoryDir), problems);
    if (everyProtocolLoaded && !protocols.latest().isEmpty()) {
      undeclaredRoles(yamlFiles(directoryDir), DirectoryRoles.declared(protocols), problems);
      undeclaredSettingRoles(DirectoryRoles.declared(protocols), problems);
    }
    if (directory != null) {
      directoryCoverage(directoryDir, directory, protocols, warnings);
    }
    collect(() -> new MessageFileLoader().loadDirectory(mappings.resolve(MESSAGES)), problems);
    boolean calendar = Files.isRegularFile(bankHolidays);
    if (calendar) {
      bankHolidays(bankHolidays, problems);
    }
    unread(mappings, warnings);
    if (unsetIsWarning) {
      problems.stream().filter(EnvironmentValues::isUnset).forEach(warnings::add);
      problems.removeIf(EnvironmentValues::isUnset);
    }
    return new MappingsReport(
        mappings,
        problems,
        warnings,
        notes,
        new MappingsReport.FilesRead(
            yamlFiles(protocolDir).size(),
            yamlFiles(systemDir).size(),
            yamlFiles(directoryDir).size(),
            calendar ? 1 : 0));
  }

  /**
   * The protocols as start-up reads them; when some files have problems, those are recorded and the
   * files without any still serve to check the systems and the directory.
   */
  private static List<Protocol> protocols(Path dir, List<ConfigurationProblem> problems) {
    ProtocolFileLoader loader = new ProtocolFileLoader();
    try {
      return loader.loadDirectory(dir);
    } catch (InvalidConfigurationException e) {
      problems.addAll(e.problems());
      Set<String> failing = new HashSet<>();
      e.problems().forEach(p -> failing.add(p.file()));
      Set<String> declared = new HashSet<>();
      List<Protocol> loaded = new ArrayList<>();
      for (Path file : yamlFiles(dir)) {
        if (!failing.contains(file.toString())) {
          Protocol protocol = loader.load(file);
          if (declared.add(protocol.id() + "\n" + protocol.version())) {
            loaded.add(protocol);
          }
        }
      }
      return loaded;
    }
  }

  /** Runs a loader, recording its problems; null when it refused its files. */
  private static <T> T collect(Supplier<T> load, List<ConfigurationProblem> problems) {
    try {
      return load.get();
    } catch (InvalidConfigurationException e) {
      problems.addAll(e.problems());
      return null;
    }
  }

  /**
   * Each area's role that no protocol declares, at its line: that entry can never be used. The
   * files are read again on their own; their other problems are the directory loader's to report.
   */
  private static void undeclaredRoles(
      List<Path> files, Set<String> declared, List<ConfigurationProblem> problems) {
    for (Path file : files) {
      Problems found = new Problems(file.toString());
      YamlDocument.read(file, new Problems(file.toString()))
          .ifPresent(root -> undeclaredRoles(root, declared, found));
      problems.addAll(found.list());
    }
  }

  private static void undeclaredRoles(YamlField root, Set<String> declared, Problems found) {
    for (YamlField area : root.objectList("areas")) {
      area.field("roles")
          .filter(YamlField::isMapping)
          .ifPresent(
              roles -> roles.keys().forEach(role -> undeclaredRole(roles, role, declared, found)));
    }
  }

  private static void undeclaredRole(
      YamlField roles, String role, Set<String> declared, Problems found) {
    if (declared.contains(role)) {
      return;
    }
    YamlField at = roles.field(role).orElseThrow();
    found.add(
        at.line(),
        at.path(),
        "role '"
            + role
            + "' is declared by no protocol"
            + Suggestions.didYouMean(role, declared)
            + ", so this entry is never used; the roles are those the protocol files declare under"
            + " 'roles'");
  }

  /** Each setting naming a role no protocol declares: nobody could ever hold it. */
  private void undeclaredSettingRoles(Set<String> declared, List<ConfigurationProblem> problems) {
    for (RoleSetting setting : roleSettings) {
      if (setting.role() == null || declared.contains(setting.role())) {
        continue;
      }
      problems.add(
          new ConfigurationProblem(
              setting.file(),
              setting.line(),
              setting.name(),
              "role '"
                  + setting.role()
                  + "' is declared by no protocol"
                  + Suggestions.didYouMean(setting.role(), declared)
                  + "; "
                  + setting.how()));
    }
  }

  /** What start-up warns of: no directory, or protocol roles the default area leaves to nobody. */
  private static void directoryCoverage(
      Path dir,
      Directory directory,
      ProtocolRegistry protocols,
      List<ConfigurationProblem> warnings) {
    if (directory.isEmpty()) {
      warnings.add(
          folderWarning(
              dir,
              "no staff directory: every role from the directory will be alerted to the chair and"
                  + " operations as having nobody"));
      return;
    }
    for (Map.Entry<String, Set<String>> role :
        DirectoryRoles.withNobodyByDefault(directory, protocols).entrySet()) {
      warnings.add(
          folderWarning(
              dir,
              "the default area names nobody for role '"
                  + role.getKey()
                  + "' (protocols "
                  + String.join(", ", role.getValue())
                  + "): cases outside the areas that name it alert the chair and operations"
                  + " instead"));
    }
  }

  private static void bankHolidays(Path file, List<ConfigurationProblem> problems) {
    try {
      GovUkBankHolidays.read(file);
    } catch (IllegalArgumentException e) {
      problems.add(new ConfigurationProblem(file.toString(), 1, "", e.getMessage()));
    }
  }

  /** Files and folders the adapter would not read, which a council may have meant it to. */
  private static void unread(Path mappings, List<ConfigurationProblem> warnings) {
    Set<String> read = Set.of(PROTOCOLS, SYSTEMS, DIRECTORY, CALENDAR, SCENARIOS, MESSAGES);
    for (Path entry : visibleEntries(mappings)) {
      String name = entry.getFileName().toString();
      if (!read.contains(name) || !Files.isDirectory(entry)) {
        warnings.add(
            folderWarning(
                entry,
                "not read: the adapter reads the folders protocols/, systems/, directory/,"
                    + " calendar/, scenarios/ and messages/ here"));
      } else if (name.equals(CALENDAR)) {
        for (Path file : visibleEntries(entry)) {
          if (!file.getFileName().toString().equals(BANK_HOLIDAYS)) {
            warnings.add(
                folderWarning(file, "not read: the calendar folder holds only " + BANK_HOLIDAYS));
          }
        }
      } else if (!name.equals(SCENARIOS) && !name.equals(MESSAGES)) {
        for (Path file : visibleEntries(entry)) {
          if (!YamlFiles.isYaml(file)) {
            warnings.add(
                folderWarning(
                    file, "not read: only .yaml and .yml files directly in " + name + "/ are"));
          }
        }
      }
    }
  }

  private static ConfigurationProblem folderWarning(Path where, String message) {
    return new ConfigurationProblem(where.toString(), 0, "", message);
  }

  /** The {@code *.yaml} and {@code *.yml} files directly in {@code dir}, as the loaders read. */
  private static List<Path> yamlFiles(Path dir) {
    return visibleEntries(dir).stream().filter(YamlFiles::isYaml).toList();
  }

  /** The entries of {@code dir} in name order, less hidden ones; none for a missing folder. */
  private static List<Path> visibleEntries(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> listing = Files.list(dir)) {
      return listing
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}

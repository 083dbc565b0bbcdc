package uk.irodispute.scenarios;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import uk.irodispute.core.calendar.BankHolidays;
import uk.irodispute.core.calendar.WorkingCalendar;
import uk.irodispute.core.engine.Calendars;
import uk.irodispute.core.engine.EscalationEngine;
import uk.irodispute.core.protocol.CalendarSettings;
import uk.irodispute.core.protocol.ProtocolRegistry;
import uk.irodispute.holidays.BankHolidaySources;
import uk.irodispute.mappings.ConfigurationProblem;
import uk.irodispute.mappings.Problems;
import uk.irodispute.mappings.ProtocolFileLoader;
import uk.irodispute.mappings.YamlDocument;
import uk.irodispute.mappings.YamlFiles;

/**
 * Reads scenario files against a set of protocols and runs them, with the bank holidays start-up
 * would use. Used by the {@code scenarios} and {@code validate} commands and the test suite.
 */
public final class ScenarioSuite {

  /** The exit code when every scenario passed. */
  public static final int ALL_PASSED = 0;

  /** The exit code when a scenario failed. */
  public static final int SOME_FAILED = 1;

  /** The exit code when a file could not be read (a mistake in it, or no such file). */
  public static final int UNREADABLE = 2;

  private final ProtocolRegistry protocols;
  private final ScenarioRunner runner;

  public ScenarioSuite(ProtocolRegistry protocols, BankHolidays bankHolidays) {
    this.protocols = protocols;
    Map<CalendarSettings, WorkingCalendar> cache = new ConcurrentHashMap<>();
    Calendars calendars =
        settings ->
            cache.computeIfAbsent(
                settings,
                s -> new WorkingCalendar(s.region(), s.hours(), s.closureDays(), bankHolidays));
    this.runner = new ScenarioRunner(new EscalationEngine(protocols, calendars));
  }

  /**
   * The protocols under {@code mappings/protocols/} and the bank holidays of {@code
   * mappings/calendar/}, as start-up reads them.
   *
   * @throws uk.irodispute.mappings.InvalidConfigurationException when a protocol file has a mistake
   */
  public static ScenarioSuite forMappings(Path mappings) {
    ProtocolRegistry protocols =
        new ProtocolRegistry(new ProtocolFileLoader().loadDirectory(mappings.resolve("protocols")));
    Path govUk = mappings.resolve("calendar").resolve("bank-holidays.json");
    return new ScenarioSuite(protocols, BankHolidaySources.withGovUkFileIfPresent(govUk));
  }

  /**
   * What a set of files and folders holds.
   *
   * @param scenarios every scenario read, file by file in name order
   * @param problems every mistake in the files, as {@code file:line: field: message}
   */
  public record Loaded(List<Scenario> scenarios, List<ConfigurationProblem> problems) {}

  /**
   * Reads the scenario files given, and the {@code *.yaml} and {@code *.yml} files under folders.
   */
  public Loaded load(List<Path> paths) {
    List<Scenario> scenarios = new ArrayList<>();
    List<ConfigurationProblem> problems = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        problems.add(new ConfigurationProblem(path.toString(), 0, "", "no such file or folder"));
        continue;
      }
      for (Path file : files(path, problems)) {
        Problems found = new Problems(file.toString());
        List<Scenario> read =
            YamlDocument.read(file, found)
                .map(root -> new ScenarioReader(protocols, file.toString()).read(root))
                .orElse(List.of());
        if (found.isEmpty()) {
          scenarios.addAll(read);
        }
        problems.addAll(found.list());
      }
    }
    return new Loaded(scenarios, problems);
  }

  /** Runs one scenario. */
  public ScenarioResult run(Scenario scenario) {
    return runner.run(scenario);
  }

  /**
   * Reads and runs every scenario under {@code paths}, printing each file problem as {@code
   * file:line: field: message}, each scenario as passed or failed with its first difference, and a
   * last line {@code N passed, N failed}.
   *
   * @return {@link #ALL_PASSED}, {@link #SOME_FAILED} or {@link #UNREADABLE}
   */
  public int runAll(List<Path> paths, PrintStream out) {
    Loaded loaded = load(paths);
    loaded.problems().forEach(p -> out.println(located(p)));
    int passed = 0;
    int failed = 0;
    for (Scenario scenario : loaded.scenarios()) {
      ScenarioResult result = run(scenario);
      out.println(result.line());
      if (result.passed()) {
        passed++;
      } else {
        failed++;
      }
    }
    out.println(
        passed
            + " passed, "
            + failed
            + " failed"
            + (loaded.problems().isEmpty()
                ? ""
                : "; " + loaded.problems().size() + " problem(s) in the files"));
    if (!loaded.problems().isEmpty()) {
      return UNREADABLE;
    }
    return failed == 0 ? ALL_PASSED : SOME_FAILED;
  }

  private static String located(ConfigurationProblem p) {
    return p.line() > 0 ? p.toString() : p.file() + ": " + p.message();
  }

  private static List<Path> files(Path path, List<ConfigurationProblem> problems) {
    if (Files.isRegularFile(path)) {
      return List.of(path);
    }
    try (Stream<Path> walk = Files.walk(path)) {
      return walk.filter(YamlFiles::isYaml).sorted().toList();
    } catch (IOException e) {
      problems.add(
          new ConfigurationProblem(path.toString(), 0, "", "cannot read the folder: " + e));
      return List.of();
    }
  }
}

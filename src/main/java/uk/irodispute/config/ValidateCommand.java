package uk.irodispute.config;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import uk.irodispute.mappings.InvalidConfigurationException;
import uk.irodispute.mappings.MappingsCheck;
import uk.irodispute.mappings.MappingsReport;
import uk.irodispute.scenarios.ScenarioSuite;

/**
 * The {@code validate} command: checks every file under {@code mappings/} as start-up would, prints
 * each problem as {@code file:line: field: message} and a summary, then runs the protocol scenarios
 * under {@code mappings/scenarios/}; it exits 0 when there is no problem and every scenario passes,
 * 1 otherwise (2 for a command line it does not understand). It starts nothing: no Spring context,
 * routes, web server, database, mail or sandbox. Placeholders are filled as start-up fills them:
 * the settings are read the way Spring Boot reads them (the environment, system properties, {@code
 * application.yaml}, the active profile's file and what they import). The answers mailbox's
 * settings ({@code iro.answers.*}) are checked as start-up checks them ({@link
 * AnswerSettingsCheck}).
 *
 * <pre>
 * java -jar iro-dispute-adapter.jar validate [--mappings DIR] [--warn-unset] [--name=value ...]
 * </pre>
 */
public final class ValidateCommand {

  /** The first argument that runs this command instead of the adapter. */
  public static final String NAME = "validate";

  private static final String SANDBOX = "sandbox";

  private static final String USAGE =
      """
      usage: validate [--mappings DIR] [--warn-unset] [--name=value ...]
        --mappings DIR   the mappings folder to check (default: iro.mappings.directory, IRO_MAPPINGS,
                         else ./mappings)
        --warn-unset     a placeholder the environment does not set (a secret on a machine without
                         it) is a warning, not a problem
        --name=value     a setting, as for the adapter (--spring.profiles.active=production)
      exit code: 0 no problems and every scenario passed, 1 problems found or a scenario
      failed, 2 a command line not understood""";

  private ValidateCommand() {}

  /**
   * Runs the command for {@code main}, with logging quietened to warnings so that the report is all
   * the output.
   *
   * @param args the arguments after {@code validate}
   * @return the exit code
   */
  public static int fromCommandLine(String[] args) {
    return run(args, System.out, System.err, true);
  }

  /**
   * Runs the command, leaving logging as it is.
   *
   * @return the exit code: 0 no problems, 1 problems, 2 a command line not understood
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, false);
  }

  private static int run(String[] args, PrintStream out, PrintStream err, boolean quietLogging) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(USAGE);
      return 2;
    }
    if (options.help()) {
      out.println(USAGE);
      return 0;
    }
    ConfigurableEnvironment environment = environment(options.settings());
    if (quietLogging) {
      quieten(environment);
    }
    Path mappings =
        options.mappings() != null
            ? Path.of(options.mappings())
            : Path.of(environment.getProperty("iro.mappings.directory", "mappings"));
    List<String> profiles = profiles(environment);
    out.println(
        "Checking "
            + mappings
            + (profiles.isEmpty()
                ? " with no profile chosen"
                : " with the settings of profile " + String.join(", ", profiles))
            + (options.warnUnset() ? "; unset placeholders are warnings" : ""));
    if (profiles.contains(SANDBOX)) {
      out.println(
          "note: the sandbox profile fills the shipped files' secrets with its own values; set"
              + " SPRING_PROFILES_ACTIVE to your installation's profile to check its environment");
    }
    MappingsReport report =
        new MappingsCheck(
                environment::resolveRequiredPlaceholders,
                options.warnUnset(),
                SettingRoles.of(environment))
            .check(mappings)
            .withProblems(AnswerSettingsCheck.of(environment));
    report.print(out);
    return Math.max(report.exitCode(), scenarios(mappings, out));
  }

  /**
   * Runs the scenarios under {@code mappings/scenarios/}, if there is such a folder.
   *
   * @return 0 when there are none or all pass, 1 otherwise
   */
  private static int scenarios(Path mappings, PrintStream out) {
    Path folder = mappings.resolve("scenarios");
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    out.println("Running the scenarios in " + folder);
    try {
      return ScenarioSuite.forMappings(mappings).runAll(List.of(folder), out) == 0 ? 0 : 1;
    } catch (InvalidConfigurationException | IllegalArgumentException e) {
      out.println("note: the scenarios were not run: the protocols or bank holidays have problems");
      return 1;
    }
  }

  /**
   * The adapter's settings as start-up reads them (the command line, system properties, the
   * environment, {@code application.yaml} and the active profile's file, any imports), without an
   * application context.
   */
  static ConfigurableEnvironment environment(List<String> settings) {
    StandardEnvironment environment = new StandardEnvironment();
    if (!settings.isEmpty()) {
      environment
          .getPropertySources()
          .addFirst(new SimpleCommandLinePropertySource(settings.toArray(String[]::new)));
    }
    ConfigDataEnvironmentPostProcessor.applyTo(environment);
    return environment;
  }

  private static List<String> profiles(ConfigurableEnvironment environment) {
    return Arrays.asList(environment.getActiveProfiles());
  }

  /** Quietens logging to warnings, so that a command's report is all its output. */
  static void quieten(ConfigurableEnvironment environment) {
    LoggingSystem logging = LoggingSystem.get(ValidateCommand.class.getClassLoader());
    logging.beforeInitialize();
    logging.initialize(new LoggingInitializationContext(environment), null, null);
    logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
  }

  /**
   * The command line understood.
   *
   * @param mappings the folder given with {@code --mappings}; null for the setting's
   * @param warnUnset whether {@code --warn-unset} was given
   * @param help whether {@code --help} was given
   * @param settings the {@code --name=value} settings, as given
   */
  record Options(String mappings, boolean warnUnset, boolean help, List<String> settings) {

    static Options parse(String[] args) {
      String mappings = null;
      boolean warnUnset = false;
      boolean help = false;
      List<String> settings = new ArrayList<>();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        if (arg.equals("--mappings")) {
          if (i + 1 >= args.length) {
            throw new IllegalArgumentException("--mappings needs a folder");
          }
          mappings = args[++i];
        } else if (arg.startsWith("--mappings=")) {
          mappings = arg.substring("--mappings=".length());
        } else if (arg.equals("--warn-unset")) {
          warnUnset = true;
        } else if (arg.equals("--help") || arg.equals("-h")) {
          help = true;
        } else if (arg.startsWith("--") && arg.indexOf('=') > 2) {
          settings.add(arg);
        } else {
          throw new IllegalArgumentException("not understood: " + arg);
        }
      }
      return new Options(mappings, warnUnset, help, List.copyOf(settings));
    }
  }
}

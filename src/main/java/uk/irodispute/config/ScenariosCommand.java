package uk.irodispute.config;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.env.StandardEnvironment;
import uk.irodispute.mappings.InvalidConfigurationException;
import uk.irodispute.scenarios.ScenarioSuite;

/**
 * The {@code scenarios} command: runs protocol scenarios (docs/PROTOCOLS.md) against the protocol
 * files under {@code mappings/protocols/}, printing each scenario as passed or failed with its
 * first difference and a last line {@code N passed, N failed}. It starts nothing but the engine.
 *
 * <pre>
 * java -jar iro-dispute-adapter.jar scenarios [--mappings DIR] [PATH ...]
 * </pre>
 */
public final class ScenariosCommand {

  /** The first argument that runs this command instead of the adapter. */
  public static final String NAME = "scenarios";

  private static final String USAGE =
      """
      usage: scenarios [--mappings DIR] [PATH ...]
        --mappings DIR   the mappings folder whose protocols/ the scenarios run against
                         (default: IRO_MAPPINGS, else ./mappings)
        PATH             scenario files, or folders holding them (default: DIR/scenarios)
      exit code: 0 every scenario passed, 1 a scenario failed, 2 a file or command line not
      understood""";

  private ScenariosCommand() {}

  /** Runs the command for {@code main}, with logging quietened to warnings. */
  public static int fromCommandLine(String[] args) {
    ValidateCommand.quieten(new StandardEnvironment());
    return run(args, System.out, System.err);
  }

  /**
   * Runs the command.
   *
   * @return 0 every scenario passed, 1 one failed, 2 a file or command line not understood
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    String mappings = System.getenv().getOrDefault("IRO_MAPPINGS", "mappings");
    List<Path> paths = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--help") || arg.equals("-h")) {
        out.println(USAGE);
        return ScenarioSuite.ALL_PASSED;
      } else if (arg.equals("--mappings") && i + 1 < args.length) {
        mappings = args[++i];
      } else if (arg.startsWith("--mappings=")) {
        mappings = arg.substring("--mappings=".length());
      } else if (arg.startsWith("-")) {
        err.println("not understood: " + arg);
        err.println(USAGE);
        return ScenarioSuite.UNREADABLE;
      } else {
        paths.add(Path.of(arg));
      }
    }
    Path folder = Path.of(mappings);
    if (paths.isEmpty()) {
      paths.add(folder.resolve("scenarios"));
    }
    ScenarioSuite suite;
    try {
      suite = ScenarioSuite.forMappings(folder);
    } catch (InvalidConfigurationException e) {
      e.problems().forEach(out::println);
      out.println("the protocol files under " + folder.resolve("protocols") + " have problems");
      return ScenarioSuite.UNREADABLE;
    }
    return suite.runAll(paths, out);
  }
}

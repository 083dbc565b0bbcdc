package uk.irodispute.mappings;

import java.util.List;

/**
 * Thrown when one or more configuration files have mistakes. Carries every problem found, not only
 * the first, so that one start-up shows them all.
 */
public class InvalidConfigurationException extends RuntimeException {

  private final transient List<ConfigurationProblem> problems;

  /**
   * @param problems at least one problem
   */
  public InvalidConfigurationException(List<ConfigurationProblem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem, in the order found. */
  public List<ConfigurationProblem> problems() {
    return problems;
  }

  private static String describe(List<ConfigurationProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid configuration needs at least one problem");
    }
    List<String> files = problems.stream().map(ConfigurationProblem::file).distinct().toList();
    StringBuilder text = new StringBuilder();
    text.append(problems.size()).append(problems.size() == 1 ? " problem in " : " problems in ");
    text.append(files.size() == 1 ? files.get(0) : files.size() + " files").append(':');
    for (ConfigurationProblem p : problems) {
      text.append("\n  ").append(p);
    }
    return text.toString();
  }
}

package uk.irodispute.scenarios;

/**
 * How a scenario ran.
 *
 * @param scenario the scenario
 * @param difference the first difference from what it expects, in words; null when it passed
 */
public record ScenarioResult(Scenario scenario, String difference) {

  public boolean passed() {
    return difference == null;
  }

  /** One line: passed or failed, where, its name, and the first difference. */
  public String line() {
    return (passed() ? "passed: " : "FAILED: ")
        + scenario.location()
        + ": "
        + scenario.name()
        + (passed() ? "" : ": " + difference);
  }
}

package uk.irodispute.scenarios;

import java.time.Instant;
import java.util.List;

/**
 * One scenario: a dispute raised under a protocol, and the steps that follow, in time order.
 *
 * @param file the file it was read from, as given
 * @param line the line of its name
 * @param name what it shows, in a few words
 * @param quote the sentence of the council's document it checks
 * @param protocolId the protocol it runs under
 * @param trackId the track the raising note names; null when the note names none
 * @param start when the dispute is raised, unless the first step says later
 * @param steps in time order; the first is the raise
 */
public record Scenario(
    String file,
    int line,
    String name,
    String quote,
    String protocolId,
    String trackId,
    Instant start,
    List<ScenarioStep> steps) {

  public Scenario {
    steps = List.copyOf(steps);
  }

  /** Where it is, as problems are located: {@code file:line}. */
  public String location() {
    return file + ":" + line;
  }
}

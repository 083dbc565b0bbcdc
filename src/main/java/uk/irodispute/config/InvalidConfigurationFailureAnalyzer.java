package uk.irodispute.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import uk.irodispute.mappings.InvalidConfigurationException;

/**
 * Turns a mistake in a file under {@code mappings/} into a short start-up message listing each
 * problem with its file, line and field, instead of a stack trace.
 */
public class InvalidConfigurationFailureAnalyzer
    extends AbstractFailureAnalyzer<InvalidConfigurationException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, InvalidConfigurationException cause) {
    return new FailureAnalysis(
        cause.getMessage(),
        "Correct the files named above, check them with 'java -jar <adapter>.jar validate' (every"
            + " problem in every file, without starting), and start again. docs/PROTOCOLS.md,"
            + " docs/SYSTEMS.md and docs/DIRECTORY.md describe every field.",
        cause);
  }
}

package uk.irodispute.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Shows a refused start ({@link StartRefusedException}) as its reason and action. */
public class StartRefusedFailureAnalyzer extends AbstractFailureAnalyzer<StartRefusedException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, StartRefusedException cause) {
    return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
  }
}

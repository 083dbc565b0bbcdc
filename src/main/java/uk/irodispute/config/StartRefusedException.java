package uk.irodispute.config;

/**
 * Thrown when the adapter will not start as configured: no profile chosen, or a sandbox pointed at
 * something real. Start-up shows its reason and what to do instead ({@link
 * StartRefusedFailureAnalyzer}), without a stack trace.
 */
public class StartRefusedException extends RuntimeException {

  private final String action;

  /**
   * @param reason why the adapter does not start, in plain words
   * @param action what the person starting it should do instead
   */
  public StartRefusedException(String reason, String action) {
    super(reason);
    this.action = action;
  }

  /** What the person starting the adapter should do instead. */
  public String action() {
    return action;
  }
}

package uk.irodispute.sandbox;

/**
 * The settings every sandbox test context shares, so that one context serves them all: its own
 * reporting database (the sandbox and {@code lcs-reporting.yaml} both read {@code
 * LCS_REPORTING_JDBC_URL}) and a drop folder.
 */
final class SandboxTests {

  static final String DATABASE =
      "LCS_REPORTING_JDBC_URL=jdbc:h2:mem:sandbox-tests;DB_CLOSE_DELAY=-1";
  static final String DROP_FOLDER = "iro.sandbox.lcs-reporting.drop-folder=target/sandbox-drop";

  private SandboxTests() {}
}

package uk.irodispute.testing;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * What a test does when something it needs outside the build is missing (PostgreSQL, a browser): on
 * a developer's machine it is skipped; in CI ({@code CI=true}) it fails, because there every test
 * must run.
 */
public final class Prerequisites {

  private Prerequisites() {}

  /** Skips the test, or fails it under {@code CI=true}, saying {@code why}. */
  public static void skipOrFail(String why) {
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(why + " (CI=true: this test must run)");
    }
    Assumptions.abort(why);
  }
}

package uk.irodispute.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The PostgreSQL the tests use: {@code jdbc:postgresql://127.0.0.1:5432/test} as {@code postgres},
 * unless {@code IRO_TEST_POSTGRES_URL} and {@code IRO_TEST_POSTGRES_USER} name others. When it
 * cannot be reached, a test is skipped on a developer's machine and fails in CI ({@code CI=true}).
 */
public final class TestPostgres {

  /** The database's JDBC address. */
  public static final String URL =
      System.getenv()
          .getOrDefault("IRO_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");

  /** The user the tests connect as, with no password. */
  public static final String USER =
      System.getenv().getOrDefault("IRO_TEST_POSTGRES_USER", "postgres");

  private TestPostgres() {}

  /** A connection, or the test skipped (failed under {@code CI=true}) when there is none. */
  public static Connection connect() {
    try {
      DriverManager.setLoginTimeout(5);
      return DriverManager.getConnection(URL, USER, "");
    } catch (SQLException e) {
      String why = "PostgreSQL is not reachable at " + URL + ": " + e.getMessage();
      Prerequisites.skipOrFail(why);
      throw new IllegalStateException(why, e);
    }
  }
}

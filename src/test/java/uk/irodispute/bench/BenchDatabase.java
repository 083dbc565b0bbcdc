package uk.irodispute.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import uk.irodispute.testing.TestPostgres;

/**
 * A benchmark's own database, empty: an H2 file in a fresh folder (the adapter's default, with its
 * default settings), or a schema of its own in PostgreSQL, dropped and made again.
 *
 * @param name how the table calls it
 * @param url its JDBC URL
 * @param user its user
 */
record BenchDatabase(String name, String url, String user) {

  /** The PostgreSQL the tests use, unless {@code IRO_TEST_POSTGRES_URL} names another. */
  static final String POSTGRES = TestPostgres.URL;

  /** An H2 file database in {@code folder}, emptied first. */
  static BenchDatabase h2(Path folder) {
    deleteFolder(folder);
    return new BenchDatabase(
        "H2",
        "jdbc:h2:file:"
            + folder.toAbsolutePath().resolve("iro")
            + ";LOCK_TIMEOUT=10000;WRITE_DELAY=0;QUERY_CACHE_SIZE=64",
        "sa");
  }

  /**
   * A schema of PostgreSQL's {@code test} database, dropped with everything in it and made again.
   */
  static BenchDatabase postgres(String schema) {
    try (Connection c = DriverManager.getConnection(POSTGRES, "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + POSTGRES + " did not answer", e);
    }
    String separator = POSTGRES.contains("?") ? "&" : "?";
    return new BenchDatabase(
        "PostgreSQL", POSTGRES + separator + "currentSchema=" + schema, "postgres");
  }

  /** Whether PostgreSQL answers. */
  static boolean postgresAnswers() {
    try (Connection c = DriverManager.getConnection(POSTGRES, "postgres", "")) {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  static void deleteFolder(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package uk.irodispute.scheduling;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.quartz.impl.jdbcjobstore.PostgreSQLDelegate;
import org.quartz.impl.jdbcjobstore.StdJDBCDelegate;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Which of Quartz's SQL dialects ("driver delegates") reads and writes its tables in the adapter's
 * database: PostgreSQL keeps Quartz's serialised data as BYTEA and needs its own; H2 takes the
 * standard one. These are the two databases the migrations under {@code db/vendor/} are written
 * for.
 */
final class JobStoreDelegate {

  /** The Quartz property naming the delegate class. */
  static final String PROPERTY = "org.quartz.jobStore.driverDelegateClass";

  private JobStoreDelegate() {}

  /** The delegate for the database a JDBC URL names. */
  static String forUrl(String jdbcUrl) {
    DatabaseDriver driver = DatabaseDriver.fromJdbcUrl(jdbcUrl);
    return switch (driver) {
      case POSTGRESQL -> PostgreSQLDelegate.class.getName();
      case H2 -> StdJDBCDelegate.class.getName();
      default ->
          throw new IllegalStateException(
              "The adapter's database must be H2 or PostgreSQL (IRO_DB_URL), not "
                  + driver.getId()
                  + ": the schedules' tables are made for these two only");
    };
  }

  /** The delegate for the database the data source connects to. */
  static String forDataSource(DataSource dataSource) {
    try {
      return forUrl(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getURL));
    } catch (MetaDataAccessException e) {
      throw new IllegalStateException(
          "The adapter's database did not answer, so its kind is unknown: " + e.getMessage(), e);
    }
  }
}

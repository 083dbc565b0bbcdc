package uk.irodispute.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import uk.irodispute.connections.SystemConnections;
import uk.irodispute.mappings.PlaceholderResolver;
import uk.irodispute.mappings.ShippedSystems;
import uk.irodispute.mappings.SystemFileLoader;
import uk.irodispute.systems.SystemDefinition;

/**
 * The adapter's own database and a reporting database source, both PostgreSQL on another machine
 * with URLs that set no sslmode, connect with {@code sslmode=verify-full}; nothing connects here.
 */
class DatabaseTlsWiringTest {

  @Test
  void theAdaptersOwnPoolAsksForVerifyFull() {
    try (HikariDataSource pool = new HikariDataSource()) {
      pool.setJdbcUrl("jdbc:postgresql://db.council.example:5432/iro_dispute");

      Object processed =
          TlsConfiguration.databaseTls().postProcessBeforeInitialization(pool, "dataSource");

      assertThat(((HikariDataSource) processed).getJdbcUrl())
          .isEqualTo("jdbc:postgresql://db.council.example:5432/iro_dispute?sslmode=verify-full");
    }
  }

  @Test
  void aReportingDatabaseSourceAsksForVerifyFull() throws Exception {
    Map<String, String> environment = new HashMap<>(ShippedSystems.ENVIRONMENT);
    environment.put(
        "LCS_REPORTING_JDBC_URL", "jdbc:postgresql://lcs-reporting.council.example/lcs");
    SystemDefinition reporting =
        new SystemFileLoader(ShippedSystems.protocols(), PlaceholderResolver.from(environment::get))
            .load(Path.of("mappings/systems/lcs-reporting.yaml"));

    try (var camel = new DefaultCamelContext();
        SystemConnections connections = new SystemConnections(camel)) {
      DataSource source = connections.source(reporting);

      assertThat(((HikariDataSource) source).getJdbcUrl())
          .isEqualTo("jdbc:postgresql://lcs-reporting.council.example/lcs?sslmode=verify-full");
    }
  }
}

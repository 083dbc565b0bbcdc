package uk.irodispute.connections;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import uk.irodispute.systems.Secret;
import uk.irodispute.systems.Source;
import uk.irodispute.systems.SystemDefinition;
import uk.irodispute.systems.WriteBack;
import uk.irodispute.tls.DatabaseTls;

/**
 * The JDBC pools of systems read over SQL (read-only) and of integration tables written to, one
 * pool each, created on first use and bound in Camel's registry under a name the routes use. A
 * PostgreSQL URL that sets no sslmode and names another machine connects with {@code
 * sslmode=verify-full} ({@link DatabaseTls}).
 */
public class SystemConnections implements AutoCloseable {

  private final CamelContext camel;
  private final Map<String, HikariDataSource> pools = new ConcurrentHashMap<>();

  public SystemConnections(CamelContext camel) {
    this.camel = camel;
  }

  /** The registry name of the system's read-only source pool. */
  public String sourceDataSource(SystemDefinition system) {
    Source.Sql sql = (Source.Sql) system.source();
    return bind("iro-source-" + system.id(), sql.jdbcUrl(), sql.username(), sql.password(), true);
  }

  /** The source pool itself, for the per-note queries. */
  public DataSource source(SystemDefinition system) {
    return pools.get(sourceDataSource(system));
  }

  /** The registry name of the pool writing to the system's integration table. */
  public String writeBackDataSource(SystemDefinition system) {
    WriteBack.Table table = (WriteBack.Table) system.writeBack();
    return bind(
        "iro-writeback-" + system.id(), table.jdbcUrl(), table.username(), table.password(), false);
  }

  private String bind(String name, String url, String user, Secret password, boolean readOnly) {
    pools.computeIfAbsent(
        name,
        n -> {
          HikariDataSource pool = new HikariDataSource();
          pool.setPoolName(n);
          pool.setJdbcUrl(DatabaseTls.secured(url));
          pool.setUsername(user);
          pool.setPassword(password == null ? null : password.value());
          pool.setReadOnly(readOnly);
          pool.setMaximumPoolSize(2);
          pool.setMinimumIdle(0);
          pool.setInitializationFailTimeout(-1);
          camel.getRegistry().bind(n, DataSource.class, pool);
          return pool;
        });
    return name;
  }

  @Override
  public void close() {
    pools.values().forEach(HikariDataSource::close);
  }
}

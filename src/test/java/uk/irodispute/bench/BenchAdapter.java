package uk.irodispute.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.irodispute.IroDisputeAdapter;
import uk.irodispute.testing.FreePorts;

/**
 * The whole adapter in this JVM against its sandbox, as a benchmark runs it: the sandbox profile,
 * its own database, a copy of the mappings, logs in a file rather than on the console, and every
 * setting that the test folder's {@code config/} files would otherwise change given outright (the
 * command line wins over them).
 */
final class BenchAdapter implements AutoCloseable {

  private final ConfigurableApplicationContext context;
  private final int port;

  private BenchAdapter(ConfigurableApplicationContext context, int port) {
    this.context = context;
    this.port = port;
  }

  /**
   * Starts an adapter.
   *
   * @param database its database
   * @param mappings its mappings folder
   * @param logFile where it logs
   * @param settings further settings, name to value, winning over the ones here
   */
  static BenchAdapter start(
      BenchDatabase database, Path mappings, Path logFile, Map<String, String> settings) {
    int port = FreePorts.freePort();
    Map<String, String> all = new LinkedHashMap<>();
    all.put("spring.profiles.active", "sandbox");
    // The benchmarks run the sandbox on PostgreSQL as well as H2.
    all.put("iro.sandbox.any-database", "true");
    all.put("server.port", Integer.toString(port));
    all.put("spring.datasource.url", database.url());
    all.put("spring.datasource.username", database.user());
    all.put("spring.datasource.password", "");
    all.put("iro.mappings.directory", mappings.toString());
    all.put("iro.sandbox.smtp.port", "0");
    all.put("iro.scheduling.enabled", "false");
    all.put("iro.outbox.after-poll", "true");
    all.put("iro.clock.speed", "1");
    all.put("spring.main.banner-mode", "off");
    all.put("logging.file.name", logFile.toString());
    all.put("logging.threshold.console", "OFF");
    all.putAll(settings);
    List<String> arguments = new ArrayList<>();
    all.forEach((name, value) -> arguments.add("--" + name + "=" + value));
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(IroDisputeAdapter.class).run(arguments.toArray(String[]::new));
    return new BenchAdapter(context, port);
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  JdbcTemplate jdbc() {
    return bean(JdbcTemplate.class);
  }

  /** Runs a route once, as its schedule would. */
  void run(String endpoint) {
    bean(ProducerTemplate.class).sendBody(endpoint, null);
  }

  /** The sandbox's address, for clients of its APIs. */
  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  @Override
  public void close() {
    context.close();
  }
}

package uk.irodispute.polling;

import java.time.Duration;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.irodispute.connections.SystemConnections;
import uk.irodispute.systems.Source;
import uk.irodispute.systems.SystemDefinition;
import uk.irodispute.systems.SystemRegistry;

/**
 * Gives every enabled system file its poll routes, from the templates in {@code routes/poll.yaml}:
 * {@code poll-<id>} (one run) and {@code poll-<id>-schedule} (its Quartz trigger).
 */
public class PollRouteInstaller implements CamelContextConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(PollRouteInstaller.class);

  private final SystemRegistry systems;
  private final SystemConnections connections;
  private final boolean schedulingEnabled;

  public PollRouteInstaller(
      SystemRegistry systems, SystemConnections connections, boolean schedulingEnabled) {
    this.systems = systems;
    this.connections = connections;
    this.schedulingEnabled = schedulingEnabled;
  }

  @Override
  public void beforeApplicationStart(CamelContext camel) {
    // The templates are loaded with the routes when the context starts; routes are added after.
  }

  @Override
  public void afterApplicationStart(CamelContext camel) {
    for (SystemDefinition system : systems.all()) {
      if (!system.enabled()) {
        LOG.info("System {} is disabled in its file: not polled", system.id());
        continue;
      }
      install(camel, system);
      LOG.info("System {} ({}) is polled: route poll-{}", system.id(), system.name(), system.id());
    }
  }

  private void install(CamelContext camel, SystemDefinition system) {
    String id = system.id();
    TemplatedRouteBuilder run;
    if (system.source() instanceof Source.Http http) {
      run =
          TemplatedRouteBuilder.builder(camel, "poll-http-source")
              .parameter("timeoutMillis", Long.toString(http.timeout().toMillis()));
    } else {
      run =
          TemplatedRouteBuilder.builder(camel, "poll-sql-source")
              .parameter("dataSource", connections.sourceDataSource(system));
    }
    run.routeId("poll-" + id).prefixId("poll-" + id + "-").parameter("systemId", id).add();
    TemplatedRouteBuilder.builder(camel, "poll-schedule")
        .routeId("poll-" + id + "-schedule")
        .prefixId("poll-" + id + "-schedule-")
        .parameter("systemId", id)
        .parameter("trigger", trigger(system.source().schedule()))
        .parameter("autoStartup", Boolean.toString(schedulingEnabled))
        .add();
  }

  /** Quartz trigger options: a cron expression, or a repeat interval. */
  static String trigger(Source.Schedule schedule) {
    if (schedule.cron() != null) {
      return "cron=" + schedule.cron().strip().replace(' ', '+');
    }
    Duration every = schedule.every() == null ? Duration.ofMinutes(1) : schedule.every();
    return "trigger.repeatInterval=" + every.toMillis() + "&trigger.repeatCount=-1";
  }
}

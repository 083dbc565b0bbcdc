package uk.irodispute.scheduling;

import java.util.Properties;
import javax.sql.DataSource;
import org.apache.camel.component.quartz.QuartzComponent;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.quartz.QuartzProperties;
import org.springframework.boot.autoconfigure.quartz.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import uk.irodispute.systems.SystemRegistry;

/**
 * The scheduler Spring Boot makes from {@code spring.quartz} (a JDBC job store on the adapter's
 * DataSource, clustered), given to Camel's {@code quartz} component, which the schedule routes in
 * {@code routes/} use. Camel never starts it: {@link Schedules} does once the application is ready.
 */
@Configuration
public class SchedulingConfiguration {

  /** Adds the SQL dialect of the database in use to the {@code spring.quartz.properties}. */
  @Bean
  SchedulerFactoryBeanCustomizer jobStoreDelegate(DataSource dataSource, QuartzProperties quartz) {
    return factory -> {
      Properties properties = new Properties();
      properties.putAll(quartz.getProperties());
      properties.putIfAbsent(JobStoreDelegate.PROPERTY, JobStoreDelegate.forDataSource(dataSource));
      factory.setQuartzProperties(properties);
    };
  }

  /**
   * The {@code quartz} component on that scheduler. Every node names its schedules alike (no
   * endpoint id in the job names), so that the nodes share one schedule each rather than one a
   * node.
   */
  @Bean("quartz")
  QuartzComponent quartz(Scheduler scheduler, PlatformTransactionManager transactions) {
    QuartzComponent quartz = new QuartzComponent();
    quartz.setScheduler(TransactionalScheduler.around(scheduler, transactions));
    quartz.setAutoStartScheduler(false);
    quartz.setPrefixJobNameWithEndpointId(false);
    return quartz;
  }

  @Bean
  Schedules schedules(
      Scheduler scheduler,
      PlatformTransactionManager transactions,
      SystemRegistry systems,
      @Value("${iro.scheduling.enabled:true}") boolean enabled,
      @Value("${iro.answers.enabled:false}") boolean answersEnabled) {
    return new Schedules(
        TransactionalScheduler.around(scheduler, transactions), systems, enabled, answersEnabled);
  }
}

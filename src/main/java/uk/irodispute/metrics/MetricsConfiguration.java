package uk.irodispute.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.irodispute.store.Backlog;

/** The meters, on the registry Spring Boot makes (Prometheus's, at /actuator/prometheus). */
@Configuration
public class MetricsConfiguration {

  @Bean
  PollMeters pollMeters(MeterRegistry registry) {
    return new PollMeters(registry);
  }

  @Bean
  DeliveryMeters deliveryMeters(MeterRegistry registry) {
    return new DeliveryMeters(registry);
  }

  @Bean
  IntakeMeters intakeMeters(MeterRegistry registry) {
    return new IntakeMeters(registry);
  }

  @Bean
  DisputeMeters disputeMeters(MeterRegistry registry) {
    return new DisputeMeters(registry);
  }

  @Bean
  BacklogMeters backlogMeters(Backlog backlog, Clock clock) {
    return new BacklogMeters(backlog, clock);
  }
}

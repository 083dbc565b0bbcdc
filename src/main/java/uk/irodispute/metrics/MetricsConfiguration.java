package uk.irodispute.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.irodispute.core.protocol.ProtocolRegistry;
import uk.irodispute.polling.SourceHealth;
import uk.irodispute.store.Backlog;
import uk.irodispute.systems.SystemDefinition;
import uk.irodispute.systems.SystemRegistry;

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
  AnswerMeters answerMeters(MeterRegistry registry) {
    return new AnswerMeters(registry);
  }

  @Bean
  MetersAtZero metersAtZero(
      SystemRegistry systems,
      ProtocolRegistry protocols,
      PollMeters polls,
      IntakeMeters intake,
      DeliveryMeters deliveries,
      DisputeMeters disputes,
      AnswerMeters answers) {
    return new MetersAtZero(systems, protocols, polls, intake, deliveries, disputes, answers);
  }

  @Bean
  SourceMeters sourceMeters(SourceHealth health, SystemRegistry systems) {
    return new SourceMeters(health, systems.enabled().stream().map(SystemDefinition::id).toList());
  }

  @Bean(initMethod = "start", destroyMethod = "stop")
  ChartSeries chartSeries(MeterRegistry registry, Clock clock) {
    return new ChartSeries(registry, clock);
  }

  @Bean
  BacklogMeters backlogMeters(Backlog backlog, Clock clock) {
    return new BacklogMeters(backlog, clock);
  }
}

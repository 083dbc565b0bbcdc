package uk.irodispute.health;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.irodispute.polling.SourceHealth;
import uk.irodispute.replies.MailboxReads;
import uk.irodispute.store.Backlog;
import uk.irodispute.systems.SystemDefinition;
import uk.irodispute.systems.SystemRegistry;

/**
 * The adapter's health checks, named by their beans (Spring Boot drops the suffix): {@code sources}
 * (one check a polled system, {@code /actuator/health/sources/<system>}), {@code answers} (the
 * answers mailbox, when answers by e-mail are on), {@code outbox} and {@code deadLetters}. The
 * groups they are in, or not, are set in {@code application.yaml}.
 */
@Configuration
@EnableConfigurationProperties(HealthSettings.class)
public class HealthConfiguration {

  @Bean
  SourcePollHealth sourcePollHealth(
      SourceHealth health,
      Clock clock,
      HealthSettings settings,
      @Value("${iro.clock.speed:1}") long clockSpeed,
      @Value("${iro.scheduling.enabled:true}") boolean schedulingEnabled) {
    return new SourcePollHealth(
        health, clock, settings.missedPolls(), clockSpeed, schedulingEnabled);
  }

  /** One check a system polled (a disabled file has no poll route, and no check). */
  @Bean
  HealthContributor sourcesHealthContributor(SystemRegistry systems, SourcePollHealth polls) {
    Map<String, HealthIndicator> checks = new LinkedHashMap<>();
    for (SystemDefinition system : systems.enabled()) {
      checks.put(system.id(), () -> polls.of(system.id(), system.source().schedule()));
    }
    return CompositeHealthContributor.fromMap(checks);
  }

  /** The answers mailbox's reads, when answers by e-mail are on. */
  @Bean
  @ConditionalOnProperty(name = "iro.answers.enabled", havingValue = "true")
  AnswersHealthIndicator answersHealthIndicator(MailboxReads reads, HealthSettings settings) {
    return new AnswersHealthIndicator(reads, settings.missedPolls());
  }

  @Bean
  OutboxHealthIndicator outboxHealthIndicator(
      Backlog backlog, Clock clock, HealthSettings settings) {
    return new OutboxHealthIndicator(
        backlog, clock, settings.outboxOldestWaiting(), settings.outboxFailedAttempts());
  }

  @Bean
  DeadLetterHealthIndicator deadLettersHealthIndicator(Backlog backlog, HealthSettings settings) {
    return new DeadLetterHealthIndicator(backlog, settings.mostOpenDeadLetters());
  }
}

package uk.irodispute.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The retention settings: sane defaults, and a retention shorter than 30 days stops start-up. */
class RetentionPropertiesTest {

  @Configuration
  @EnableConfigurationProperties(RetentionProperties.class)
  static class Retention {}

  private final ApplicationContextRunner context =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class))
          .withUserConfiguration(Retention.class);

  @Test
  void theDefaultsKeepNoteRecordsAndDeadLetters400DaysDeliveries90AndClosedDisputes1096() {
    context.run(
        started ->
            assertThat(started.getBean(RetentionProperties.class))
                .isEqualTo(
                    new RetentionProperties(
                        Duration.ofDays(400),
                        Duration.ofDays(90),
                        Duration.ofDays(400),
                        Duration.ofDays(1096))));
  }

  @Test
  void aRetentionShorterThanThirtyDaysStopsStartUpNamingTheSetting() {
    context
        .withPropertyValues("iro.retention.delivered-outbox=10d")
        .run(
            started ->
                assertThat(started)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("iro.retention.delivered-outbox is 10 days")
                    .hasMessageContaining("at least 30 days"));
  }

  @Test
  void thirtyDaysIsAccepted() {
    assertThat(
            new RetentionProperties(
                    Duration.ofDays(30),
                    Duration.ofDays(30),
                    Duration.ofDays(30),
                    Duration.ofDays(30))
                .deliveredOutbox())
        .isEqualTo(Duration.ofDays(30));
    assertThatThrownBy(
            () ->
                new RetentionProperties(
                    Duration.ofDays(400),
                    Duration.ofDays(90),
                    Duration.ofHours(29 * 24),
                    Duration.ofDays(1096)))
        .hasMessageContaining("iro.retention.resolved-dead-letters");
  }
}

package uk.irodispute.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import uk.irodispute.application.Classifiers;
import uk.irodispute.application.NoteIntake;
import uk.irodispute.core.model.DisputeReference;
import uk.irodispute.delivery.DeliveryPlanner;

/**
 * The store as the adapter wires it: Flyway's schema on the auto-configured database (an in-memory
 * H2 in tests), Spring's transactions, the application's settings. The note rules and the delivery
 * planner are the test's own.
 */
@ActiveProfiles("sandbox")
@SpringBootTest
class StoreWiringTest {

  static final Instant RAISED = Instant.parse("2026-11-04T10:00:00Z");

  @TestConfiguration
  static class TestCollaborators {
    @Bean
    @Primary
    Clock storeTestClock() {
      return Clock.fixed(RAISED, ZoneOffset.UTC);
    }

    @Bean
    @Primary
    Classifiers storeTestClassifiers() {
      return system -> Optional.of(TestNotes.CLASSIFIER);
    }

    @Bean
    @Primary
    DeliveryPlanner storeTestPlanner() {
      return new RecordingPlanner();
    }
  }

  @Autowired NoteIntake intake;
  @Autowired Disputes disputes;
  @Autowired Outbox outbox;
  @Autowired OutboxProperties settings;

  @Test
  void aNoteIsTakenThroughTheApplicationsBeans() {
    IntakeResult result = intake.take(TestNotes.raise("N-1", "1", RAISED));

    assertThat(result.outcome()).isEqualTo(NoteOutcome.APPLIED);
    assertThat(disputes.find(new DisputeReference(result.reference()))).isPresent();
    assertThat(outbox.claimDue(100)).isNotEmpty();
  }

  @Test
  void theOutboxSettingsComeFromTheApplicationsFile() {
    assertThat(settings)
        .isEqualTo(
            new OutboxProperties(
                50, Duration.ofMinutes(5), Duration.ofSeconds(30), 2, Duration.ofHours(1), 0.2));
  }
}

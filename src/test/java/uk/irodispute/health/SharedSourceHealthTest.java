package uk.irodispute.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import uk.irodispute.polling.SourceHealth;
import uk.irodispute.store.SourcePolls;
import uk.irodispute.systems.Source;
import uk.irodispute.testing.MutableClock;

/**
 * Two nodes sharing one database, as in a cluster where Quartz gives each poll to one of them: each
 * judges a source by the polls either ran, so a node that has not polled a source for a while does
 * not call it DOWN while the other polls it, and both see it DOWN, with the reason, when it fails.
 */
class SharedSourceHealthTest {

  private static final Instant START = Instant.parse("2026-11-16T10:00:00Z");
  private static final Source.Schedule EVERY_30S =
      new Source.Schedule(Duration.ofSeconds(30), null);

  private final MutableClock clock = new MutableClock(START);
  private final SourcePolls shared = new SourcePolls(migratedDatabase());
  private final SourceHealth nodeA = new SourceHealth(clock, shared);
  private final SourceHealth nodeB = new SourceHealth(clock, shared);
  private final SourcePollHealth healthA = new SourcePollHealth(nodeA, clock, 3, 1, true);
  private final SourcePollHealth healthB = new SourcePollHealth(nodeB, clock, 3, 1, true);

  @Test
  void eachNodeJudgesTheSourceByThePollsEitherRan() {
    nodeA.polled("lcs-api", 3);
    for (int run = 0; run < 10; run++) {
      clock.advance(Duration.ofSeconds(30));
      nodeB.polled("lcs-api", 1);
    }

    Health onA = healthA.of("lcs-api", EVERY_30S);
    assertThat(onA.getStatus())
        .as("A last polled five minutes ago; B has polled since")
        .isEqualTo(Status.UP);
    assertThat(onA.getDetails())
        .containsEntry("lastSuccess", "2026-11-16T10:05:00Z")
        .containsEntry("notesRead", 3L);
    assertThat(healthB.of("lcs-api", EVERY_30S).getDetails()).containsEntry("notesRead", 10L);
  }

  @Test
  void aSourceFailingOnEitherNodeIsDownOnBothWithTheReason() {
    nodeA.polled("fwi-api", 1);
    clock.advance(Duration.ofSeconds(30));
    nodeA.failed("fwi-api", "the case system answered HTTP 500");
    clock.advance(Duration.ofSeconds(30));
    nodeB.failed("fwi-api", "the case system answered HTTP 502");
    clock.advance(Duration.ofSeconds(31));
    nodeA.failed("fwi-api", "the case system answered HTTP 503");

    for (SourcePollHealth node : new SourcePollHealth[] {healthA, healthB}) {
      Health down = node.of("fwi-api", EVERY_30S);
      assertThat(down.getStatus()).isEqualTo(Status.DOWN);
      assertThat(down.getDetails())
          .containsEntry("lastFailureReason", "the case system answered HTTP 503")
          .containsEntry("failuresInARow", 3)
          .containsEntry("lastSuccess", "2026-11-16T10:00:00Z");
    }

    nodeB.polled("fwi-api", 0);
    assertThat(healthA.of("fwi-api", EVERY_30S).getStatus()).isEqualTo(Status.UP);
    assertThat(healthA.of("fwi-api", EVERY_30S).getDetails()).containsEntry("failuresInARow", 0);
  }

  private static NamedParameterJdbcTemplate migratedDatabase() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:shared-polls-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    Flyway.configure()
        .dataSource(h2)
        .locations("classpath:db/migration", "classpath:db/vendor/h2")
        .load()
        .migrate();
    return new NamedParameterJdbcTemplate(h2);
  }
}

package uk.irodispute.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import uk.irodispute.polling.SourceHealth;
import uk.irodispute.systems.Source;
import uk.irodispute.testing.MutableClock;

/**
 * A source's health from its last successful poll, on a clock the test moves: UNKNOWN before the
 * first, UP after a success, DOWN (with the last failure's reason) once three intervals pass
 * without one; a cron source by its firings; an accelerated clock's speed.
 */
class SourcePollHealthTest {

  private static final Instant START = Instant.parse("2026-11-16T10:00:00Z");
  private static final Source.Schedule EVERY_30S =
      new Source.Schedule(Duration.ofSeconds(30), null);

  private final MutableClock clock = new MutableClock(START);
  private final SourceHealth polls = new SourceHealth(clock);
  private final SourcePollHealth health = new SourcePollHealth(polls, clock, 3, 1, true);

  @Test
  void beforeAnyPollTheSourceIsUnknownThenDownOnceThreeIntervalsHavePassedSinceStartUp() {
    assertThat(status()).isEqualTo(Status.UNKNOWN);

    clock.advance(Duration.ofSeconds(90));
    assertThat(status()).as("exactly three intervals: not yet late").isEqualTo(Status.UNKNOWN);

    clock.advance(Duration.ofSeconds(1));
    Health late = health.of("lcs-api", EVERY_30S);
    assertThat(late.getStatus()).isEqualTo(Status.DOWN);
    assertThat(late.getDetails())
        .containsEntry("reason", "no successful poll since start-up, 3 intervals ago")
        .containsEntry("schedule", "every 30s")
        .containsEntry("lateAfter", "2026-11-16T10:01:30Z");
  }

  @Test
  void aFailureBeforeTheFirstSuccessLeavesItUnknownWithTheReasonUntilItIsLate() {
    clock.advance(Duration.ofSeconds(30));
    polls.failed("lcs-api", "the case system answered HTTP 503");

    Health unknown = health.of("lcs-api", EVERY_30S);
    assertThat(unknown.getStatus()).isEqualTo(Status.UNKNOWN);
    assertThat(unknown.getDetails())
        .containsEntry("lastFailureReason", "the case system answered HTTP 503")
        .containsEntry("failuresInARow", 1);

    clock.advance(Duration.ofSeconds(61));
    assertThat(status()).isEqualTo(Status.DOWN);
  }

  @Test
  void aSuccessfulPollIsUpUntilThreeIntervalsPassWithoutAnotherThenDownWithTheLastReason() {
    clock.advance(Duration.ofSeconds(10));
    polls.polled("lcs-api", 4);
    Health up = health.of("lcs-api", EVERY_30S);
    assertThat(up.getStatus()).isEqualTo(Status.UP);
    assertThat(up.getDetails())
        .containsEntry("lastSuccess", "2026-11-16T10:00:10Z")
        .containsEntry("lateAfter", "2026-11-16T10:01:40Z")
        .containsEntry("notesRead", 4L)
        .containsEntry("failuresInARow", 0);

    for (int run = 0; run < 3; run++) {
      clock.advance(Duration.ofSeconds(30));
      polls.failed("lcs-api", "the target refused the connection — detail: ConnectException");
      assertThat(status())
          .as("run %d failed, still within three intervals", run)
          .isEqualTo(Status.UP);
    }
    clock.advance(Duration.ofSeconds(1));
    Health down = health.of("lcs-api", EVERY_30S);
    assertThat(down.getStatus()).isEqualTo(Status.DOWN);
    assertThat(down.getDetails())
        .containsEntry("reason", "no successful poll for 3 poll intervals")
        .containsEntry("lastSuccess", "2026-11-16T10:00:10Z")
        .containsEntry("lastFailure", "2026-11-16T10:01:40Z")
        .containsEntry(
            "lastFailureReason", "the target refused the connection — detail: ConnectException")
        .containsEntry("failuresInARow", 3);

    polls.polled("lcs-api", 0);
    assertThat(status()).as("a success again").isEqualTo(Status.UP);
  }

  @Test
  void aCronSourceIsLateAfterThreeOfItsFiringsSoAWeekendIsNotLate() {
    Source.Schedule weekdays = new Source.Schedule(null, "0 0 9-17 ? * MON-FRI");
    SourcePollHealth health =
        new SourcePollHealth(polls, clock, 3, 1, true, TimeZone.getTimeZone("UTC"));
    clock.set(Instant.parse("2026-11-20T17:00:00Z"));
    polls.polled("lcs-reporting", 1);

    clock.set(Instant.parse("2026-11-23T10:59:00Z"));
    assertThat(health.of("lcs-reporting", weekdays).getStatus())
        .as("Friday 17:00, then Monday 09:00, 10:00 and 11:00 are the three firings")
        .isEqualTo(Status.UP);
    clock.set(Instant.parse("2026-11-23T11:00:01Z"));
    Health late = health.of("lcs-reporting", weekdays);
    assertThat(late.getStatus()).isEqualTo(Status.DOWN);
    assertThat(late.getDetails()).containsEntry("schedule", "cron 0 0 9-17 ? * MON-FRI");
  }

  @Test
  void anAcceleratedClockScalesTheInterval() {
    SourcePollHealth fast = new SourcePollHealth(polls, clock, 3, 1440, true);
    polls.polled("fwi-api", 1);

    clock.advance(Duration.ofMinutes(30 * 3 * 24).minusSeconds(1));
    assertThat(fast.of("fwi-api", EVERY_30S).getStatus())
        .as("90 real seconds are 36 simulated hours")
        .isEqualTo(Status.UP);
    clock.advance(Duration.ofSeconds(2));
    assertThat(fast.of("fwi-api", EVERY_30S).getStatus()).isEqualTo(Status.DOWN);
  }

  @Test
  void aNodeWhoseSchedulesAreOffAndThatPolledNothingSaysSo() {
    SourcePollHealth notPolling = new SourcePollHealth(polls, clock, 3, 1, false);
    clock.advance(Duration.ofHours(1));

    Health unknown = notPolling.of("lcs-api", EVERY_30S);
    assertThat(unknown.getStatus()).isEqualTo(Status.UNKNOWN);
    assertThat(unknown.getDetails())
        .containsEntry("reason", "no poll recorded, and this node does not poll (schedules off)");
  }

  private Status status() {
    return health.of("lcs-api", EVERY_30S).getStatus();
  }
}

package uk.irodispute.health;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.TimeZone;
import org.quartz.CronExpression;
import org.springframework.boot.actuate.health.Health;
import uk.irodispute.polling.SourceHealth;
import uk.irodispute.systems.Source;

/**
 * Judges a source by its last successful poll ({@link SourceHealth}: by any node sharing the
 * database):
 *
 * <ul>
 *   <li>UP while the last success is less than {@code missedPolls} poll intervals old;
 *   <li>DOWN once that many intervals have passed without one (counted from start-up before the
 *       first success), with the last failure's reason as {@link SourceHealth} keeps it (secrets
 *       redacted, no note content);
 *   <li>UNKNOWN before the first success, while those intervals have not yet passed since start-up,
 *       and on a node whose schedules are off while no poll of the source is recorded.
 * </ul>
 *
 * An interval is the file's {@code every}; for a {@code cron} the source is late after that many
 * firings after the last success. Polls run on real time, the adapter's clock may run faster (the
 * sandbox's {@code iro.clock.speed}): an {@code every} is scaled by that speed.
 */
public class SourcePollHealth {

  private final SourceHealth health;
  private final Clock clock;
  private final int missedPolls;
  private final long clockSpeed;
  private final boolean pollsHere;
  private final Instant startedAt;
  private final TimeZone cronZone;

  /**
   * @param clockSpeed simulated seconds per real second of the adapter's clock (1: real time)
   * @param pollsHere whether this node runs the poll schedules ({@code iro.scheduling.enabled}): a
   *     node that does not, and finds no poll recorded, cannot tell whether any node polls
   */
  public SourcePollHealth(
      SourceHealth health, Clock clock, int missedPolls, long clockSpeed, boolean pollsHere) {
    this(health, clock, missedPolls, clockSpeed, pollsHere, TimeZone.getDefault());
  }

  /**
   * @param cronZone the time zone cron schedules fire in: Quartz's default, the JVM's
   */
  SourcePollHealth(
      SourceHealth health,
      Clock clock,
      int missedPolls,
      long clockSpeed,
      boolean pollsHere,
      TimeZone cronZone) {
    this.cronZone = cronZone;
    this.health = health;
    this.clock = clock;
    this.missedPolls = missedPolls;
    this.clockSpeed = clockSpeed;
    this.pollsHere = pollsHere;
    this.startedAt = clock.instant();
  }

  /** The health now of the system polled on that schedule. */
  public Health of(String systemId, Source.Schedule schedule) {
    Instant now = clock.instant();
    Optional<SourceHealth.Status> seen = health.of(systemId);
    Health.Builder builder;
    if (seen.isEmpty() && !pollsHere) {
      builder =
          Health.unknown()
              .withDetail(
                  "reason", "no poll recorded, and this node does not poll (schedules off)");
    } else {
      Instant since =
          seen.map(SourceHealth.Status::lastSuccess).filter(at -> at != null).orElse(startedAt);
      Instant lateAt = lateAfter(schedule, since);
      boolean succeeded = seen.map(s -> s.lastSuccess() != null).orElse(false);
      if (now.isAfter(lateAt)) {
        builder =
            Health.down()
                .withDetail(
                    "reason",
                    succeeded
                        ? "no successful poll for " + missedPolls + " poll intervals"
                        : "no successful poll since start-up, " + missedPolls + " intervals ago");
      } else {
        builder = succeeded ? Health.up() : Health.unknown();
      }
      builder.withDetail("lateAfter", lateAt.toString());
    }
    builder.withDetail("schedule", describe(schedule));
    seen.ifPresent(s -> details(builder, s));
    return builder.build();
  }

  private static void details(Health.Builder builder, SourceHealth.Status status) {
    if (status.lastSuccess() != null) {
      builder.withDetail("lastSuccess", status.lastSuccess().toString());
    }
    if (status.lastFailure() != null) {
      builder.withDetail("lastFailure", status.lastFailure().toString());
      builder.withDetail("lastFailureReason", status.lastReason());
    }
    builder.withDetail("failuresInARow", status.failuresInARow());
    builder.withDetail("notesRead", status.notesRead());
  }

  /**
   * When the source is late: {@code missedPolls} intervals (or cron firings) after {@code from}.
   */
  Instant lateAfter(Source.Schedule schedule, Instant from) {
    if (schedule.cron() != null) {
      try {
        CronExpression cron = new CronExpression(schedule.cron().strip());
        cron.setTimeZone(cronZone);
        Date at = Date.from(from);
        for (int i = 0; i < missedPolls && at != null; i++) {
          at = cron.getNextValidTimeAfter(at);
        }
        return at == null ? Instant.MAX : at.toInstant();
      } catch (ParseException e) {
        throw new IllegalStateException("the system file's cron was checked at start-up", e);
      }
    }
    return from.plus(every(schedule).multipliedBy((long) missedPolls * clockSpeed));
  }

  /** The interval the poll route runs at, as {@code PollRouteInstaller} schedules it. */
  private static Duration every(Source.Schedule schedule) {
    return schedule.every() == null ? Duration.ofMinutes(1) : schedule.every();
  }

  private static String describe(Source.Schedule schedule) {
    return schedule.cron() != null
        ? "cron " + schedule.cron().strip()
        : "every " + every(schedule).toString().substring(2).toLowerCase();
  }
}

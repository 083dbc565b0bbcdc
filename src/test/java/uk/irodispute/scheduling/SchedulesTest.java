package uk.irodispute.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;
import uk.irodispute.mappings.ShippedSystems;
import uk.irodispute.systems.SystemRegistry;

/**
 * When the application is ready the schedules start, once the poll schedules of systems no longer
 * polled are gone; with scheduling off nothing starts and nothing is removed.
 */
class SchedulesTest {

  /** Stands in for Camel's job. */
  public static class NoRun implements Job {
    @Override
    public void execute(JobExecutionContext context) {}
  }

  private final SystemRegistry shipped =
      new SystemRegistry(ShippedSystems.loader().loadDirectory(Path.of("mappings/systems")));
  private Scheduler scheduler;

  @BeforeEach
  void schedulerWithAPollOfARetiredSystem() throws SchedulerException {
    Properties properties = new Properties();
    properties.setProperty("org.quartz.scheduler.instanceName", "schedules-" + UUID.randomUUID());
    properties.setProperty("org.quartz.threadPool.threadCount", "1");
    scheduler = new StdSchedulerFactory(properties).getScheduler();
    schedule("iro-poll", "lcs-api");
    schedule("iro-poll", "retired-system");
    schedule("iro", "tick");
    schedule("iro", "answers");
    schedule("iro", "answers-mailbox");
  }

  @AfterEach
  void shutDown() throws SchedulerException {
    scheduler.shutdown();
  }

  @Test
  void readyStartsTheSchedulesWithoutThePollsOfSystemsNoLongerPolled() throws SchedulerException {
    new Schedules(scheduler, shipped, true, true).onApplicationEvent(null);

    assertThat(scheduler.isStarted()).isTrue();
    assertThat(scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals("iro-poll")))
        .containsExactly(new TriggerKey("lcs-api", "iro-poll"));
    assertThat(scheduler.checkExists(new TriggerKey("tick", "iro"))).isTrue();
  }

  @Test
  void readyForgetsTheAnswersRoutesEarlierScheduleAndKeepsTheMailboxsWhenAnswersAreOn()
      throws SchedulerException {
    new Schedules(scheduler, shipped, true, true).onApplicationEvent(null);

    assertThat(scheduler.checkExists(new TriggerKey("answers", "iro"))).isFalse();
    assertThat(scheduler.checkExists(new TriggerKey("answers-mailbox", "iro"))).isTrue();
  }

  @Test
  void withAnswersOffTheMailboxsScheduleIsForgotten() throws SchedulerException {
    new Schedules(scheduler, shipped, true, false).onApplicationEvent(null);

    assertThat(scheduler.checkExists(new TriggerKey("answers-mailbox", "iro"))).isFalse();
    assertThat(scheduler.checkExists(new TriggerKey("tick", "iro"))).isTrue();
  }

  @Test
  void withSchedulingOffNothingStartsAndNothingIsRemoved() throws SchedulerException {
    new Schedules(scheduler, shipped, false, false).onApplicationEvent(null);

    assertThat(scheduler.isStarted()).isFalse();
    assertThat(scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals("iro-poll"))).hasSize(2);
  }

  private void schedule(String group, String name) throws SchedulerException {
    scheduler.scheduleJob(
        JobBuilder.newJob(NoRun.class).withIdentity(name, group).build(),
        TriggerBuilder.newTrigger()
            .withIdentity(name, group)
            .withSchedule(SimpleScheduleBuilder.repeatHourlyForever())
            .startAt(Date.from(Instant.now().plusSeconds(3600)))
            .build());
  }
}

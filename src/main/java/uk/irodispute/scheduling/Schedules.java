package uk.irodispute.scheduling;

import java.util.Set;
import java.util.stream.Collectors;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import uk.irodispute.systems.SystemDefinition;
import uk.irodispute.systems.SystemRegistry;

/**
 * Starts the schedules once the application is ready, when {@code iro.scheduling.enabled}: by then
 * every route is in place, each system's poll route included, so a run fired at once (one that was
 * due while no node ran, or one taken over from a node that died) finds its route. Before starting,
 * it forgets the poll schedules of systems no longer polled: the job store keeps schedules across
 * restarts, and a clustered node never deletes one on stopping, since the others still run it. It
 * forgets too the schedules of routes no longer run: the answers mailbox's when answers by e-mail
 * are off, and the answers route's simple trigger from before it read the mailbox with camel-mail.
 */
public class Schedules implements ApplicationListener<ApplicationReadyEvent> {

  /** The Quartz group of the poll schedules, as {@code routes/poll.yaml} names it. */
  static final String POLL_GROUP = "iro-poll";

  /** The answers mailbox's schedule, as {@code routes/answers.yaml} names it. */
  static final TriggerKey ANSWERS_MAILBOX = new TriggerKey("answers-mailbox", "iro");

  /** The answers route's schedule before camel-mail's consumer read the mailbox. */
  static final TriggerKey ANSWERS_BEFORE_CAMEL_MAIL = new TriggerKey("answers", "iro");

  private static final Logger LOG = LoggerFactory.getLogger(Schedules.class);

  private final Scheduler scheduler;
  private final SystemRegistry systems;
  private final boolean enabled;
  private final boolean answersEnabled;

  /**
   * @param enabled whether the schedules run ({@code iro.scheduling.enabled})
   * @param answersEnabled whether the answers mailbox is read ({@code iro.answers.enabled})
   */
  public Schedules(
      Scheduler scheduler, SystemRegistry systems, boolean enabled, boolean answersEnabled) {
    this.scheduler = scheduler;
    this.systems = systems;
    this.enabled = enabled;
    this.answersEnabled = answersEnabled;
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    if (!enabled) {
      LOG.info(
          "Schedules are off (iro.scheduling.enabled=false): nothing polls, delivers or ticks");
      return;
    }
    try {
      forgetSystemsNoLongerPolled();
      forgetRoutesNoLongerRun();
      scheduler.start();
      LOG.info(
          "Schedules started: node {} of {}, {}",
          scheduler.getSchedulerInstanceId(),
          scheduler.getSchedulerName(),
          scheduler.getMetaData().isJobStoreClustered()
              ? "clustered (each run on one node of those sharing the database)"
              : "not clustered");
    } catch (SchedulerException e) {
      throw new IllegalStateException("The schedules could not be started: " + e.getMessage(), e);
    }
  }

  private void forgetSystemsNoLongerPolled() throws SchedulerException {
    Set<String> polled =
        systems.enabled().stream().map(SystemDefinition::id).collect(Collectors.toSet());
    for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(POLL_GROUP))) {
      if (!polled.contains(key.getName())) {
        scheduler.unscheduleJob(key);
        LOG.info("System {} is no longer polled: its poll schedule is removed", key.getName());
      }
    }
  }

  private void forgetRoutesNoLongerRun() throws SchedulerException {
    if (scheduler.unscheduleJob(ANSWERS_BEFORE_CAMEL_MAIL)) {
      LOG.info("The answers route's earlier schedule is removed: camel-mail reads the mailbox");
    }
    if (!answersEnabled && scheduler.unscheduleJob(ANSWERS_MAILBOX)) {
      LOG.info("Answers by e-mail are off: the answers mailbox's schedule is removed");
    }
  }
}

package uk.irodispute.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.quartz.LocalDataSourceJobStore;

/**
 * With {@code iro.scheduling.enabled=false}, as in every test context, the schedules are in the job
 * store (the adapter's database, clustered) but nothing runs on them: the scheduler never starts,
 * so this node never joins a cluster nor fires a run.
 */
class SchedulesOffTest extends SharedSandboxRun {

  @Autowired Scheduler scheduler;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theSchedulerStaysInStandbyAndNeverFires() throws SchedulerException {
    assertThat(scheduler.isStarted()).isFalse();
    assertThat(scheduler.isInStandbyMode()).isTrue();
    assertThat(count("qrtz_scheduler_state")).as("never checked in").isZero();
    assertThat(count("qrtz_fired_triggers")).as("never fired").isZero();
  }

  @Test
  void theSchedulesAreKeptInTheAdaptersDatabaseClustered() throws SchedulerException {
    assertThat(scheduler.getMetaData().getJobStoreClass()).isEqualTo(LocalDataSourceJobStore.class);
    assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
    for (JobKey job :
        new JobKey[] {
          new JobKey("outbox", "iro"), new JobKey("tick", "iro"), new JobKey("lcs-api", "iro-poll")
        }) {
      assertThat(scheduler.getJobDetail(job))
          .as(job.toString())
          .satisfies(
              detail -> {
                assertThat(detail.isConcurrentExecutionDisallowed()).isTrue();
                assertThat(detail.requestsRecovery()).isTrue();
              });
    }
  }

  private int count(String table) {
    Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    return rows == null ? 0 : rows;
  }
}

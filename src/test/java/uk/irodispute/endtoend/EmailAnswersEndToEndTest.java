package uk.irodispute.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.user.GreenMailUser;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.support.ScheduledPollConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.core.model.DisputeStatus;
import uk.irodispute.core.model.Response;
import uk.irodispute.health.AnswersHealthIndicator;
import uk.irodispute.replies.EmailAnswers;
import uk.irodispute.sandbox.NoteRequest;
import uk.irodispute.sandbox.ReceivedMail;
import uk.irodispute.sandbox.SandboxSystem;
import uk.irodispute.sandbox.WrittenBackNote;
import uk.irodispute.store.DeadLetter;
import uk.irodispute.store.DeadLetters;

/**
 * Answers by e-mail, end to end: the director a stage was sent to answers its alert by replying,
 * through GreenMail's SMTP into the answers mailbox, which camel-mail's consumer reads over
 * GreenMail's IMAP on its Quartz schedule. The answer is written back as the director's case note
 * and acts; the IRO's reply resolves the dispute. Replies from someone the stage was not sent to,
 * with no response the protocol knows, or forged against a closed dispute are each refused by mail,
 * kept as a dead letter, and change nothing.
 */
class EmailAnswersEndToEndTest extends SandboxRun {

  private static final int OWN_HTTP_PORT = freePort();
  private static final int OWN_SMTP_PORT = freePort();

  private static final SandboxSystem LCS = SandboxSystem.LCS_API;
  private static final String CHILD = "2003";
  private static final String ANSWERS = "answers@council.example";
  private static final String DIRECTOR = "robin.ashdown@council.example";
  private static final String IRO = "tariq.hollis@council.example";
  private static final String TEAM_MANAGER = "isaac.mercer@council.example";

  @DynamicPropertySource
  static void ports(DynamicPropertyRegistry registry) {
    ownContext(registry, "email-answers-test", OWN_HTTP_PORT, OWN_SMTP_PORT);
    registry.add("iro.answers.cron", () -> "* * * * * ?");
  }

  @Autowired DeadLetters deadLetters;
  @Autowired CamelContext camelContext;
  @Autowired Scheduler schedules;
  @Autowired MeterRegistry meters;
  @Autowired AnswersHealthIndicator answersHealth;
  @MockitoSpyBean EmailAnswers emailAnswers;

  /** The replies counted read, whatever became of them, so far. */
  private double answered;

  /**
   * Starts the schedules (off in tests), so that the mailbox is read as in production: by
   * camel-mail's consumer on its Quartz trigger, here every second. No other route's schedule is in
   * the job store: with scheduling off, those routes are never created.
   */
  @BeforeEach
  void readTheMailboxOnItsSchedule() throws SchedulerException {
    answered = answersCounted();
    schedules.start();
  }

  @AfterEach
  void stopReading() throws SchedulerException {
    schedules.standby();
  }

  @Test
  void aDirectorAnswersByEmailAndRepliesThatMayNotActAreRefused() {
    clock.set(Instant.parse("2026-11-02T10:00:00Z"));
    sandbox.record(
        NoteRequest.in(LCS, CHILD)
            .action("raise")
            .answer("track", "LAC")
            .answer("startAt", "stage-5")
            .build());
    pollAndDeliver(LCS);
    Dispute dispute = openDisputeOf(LCS, CHILD);
    String ref = dispute.reference().value();
    assertThat(dispute.currentStageId()).isEqualTo("stage-5");

    ReceivedMail alert = onlyMail(DIRECTOR, "Action needed: " + ref);
    assertThat(alert.plainText()).contains("You may instead reply to this e-mail (" + ANSWERS);

    clock.set(Instant.parse("2026-11-03T09:30:00Z"));
    mail.reply(alert.messageId(), TEAM_MANAGER, "Respond\nI think the plan is fine as it is.");
    long sequenceBefore = dispute.lastSequence();
    readAnswers(1);
    ReceivedMail notSent = onlyMail(TEAM_MANAGER, "Answer not taken: " + ref);
    assertThat(notSent.plainText())
        .contains("was not sent to")
        .contains("Nothing in it has been acted on")
        .doesNotContain("plan is fine");
    assertThat(dispute(dispute).lastSequence()).isEqualTo(sequenceBefore);

    mail.reply(alert.messageId(), DIRECTOR, "Thanks, I will look at this tomorrow.");
    readAnswers(1);
    ReceivedMail noResponse = onlyMail(DIRECTOR, "Answer not taken: " + ref);
    assertThat(noResponse.plainText())
        .contains("gives no response")
        .contains("respond")
        .contains("Your reply began: \"Thanks, I will look at this tomorrow.\"");
    assertThat(dispute(dispute).lastSequence()).isEqualTo(sequenceBefore);
    assertThat(answerNotes()).isEmpty();

    mail.reply(
        alert.messageId(),
        DIRECTOR,
        "Respond\nThe placement move is paused until the IRO and the Head of LAC have met.");
    readAnswers(1);
    List<WrittenBackNote> answers = answerNotes();
    assertThat(answers).hasSize(1);
    WrittenBackNote answer = answers.get(0);
    assertThat(answer.field("title")).contains(ref);
    assertThat(answer.field("author.role")).isEqualTo("Director of Children and Family Services");
    assertThat(answer.field("body"))
        .contains("Answer by e-mail from Robin Ashdown")
        .contains("The placement move is paused until the IRO and the Head of LAC have met.")
        .doesNotContain("wrote:");
    Dispute answered = dispute(dispute);
    assertThat(answered.lastSequence()).isGreaterThan(sequenceBefore);
    assertThat(answered.currentStage().responses())
        .extracting(Response::fromRole)
        .containsExactly("director-cfs");

    ReceivedMail toIro = lastMailTo(IRO, ref);
    mail.reply(toIro.messageId(), IRO, "Satisfied\nAgreed at today's meeting.");
    readAnswers(1);
    assertThat(dispute(dispute).status()).isEqualTo(DisputeStatus.RESOLVED);
    assertThat(answerNotes()).hasSize(2);
    long sequenceClosed = dispute(dispute).lastSequence();

    mail.send(DIRECTOR, ANSWERS, "Re: Action needed: " + ref, "Escalate\nReopen this please.");
    readAnswers(1);
    ReceivedMail closed = lastMailTo(DIRECTOR, "Answer not taken: " + ref);
    assertThat(closed.plainText()).contains("is closed (resolved)");
    assertThat(dispute(dispute).lastSequence()).isEqualTo(sequenceClosed);
    assertThat(dispute(dispute).status()).isEqualTo(DisputeStatus.RESOLVED);
    assertThat(answerNotes()).hasSize(2);

    List<DeadLetter> refused =
        deadLetters.inStatus(DeadLetter.Status.OPEN).stream()
            .filter(d -> d.reasonCode().equals("ANSWER_REFUSED"))
            .toList();
    assertThat(refused)
        .extracting(DeadLetter::reason)
        .hasSize(3)
        .anySatisfy(r -> assertThat(r).contains("was not sent to"))
        .anySatisfy(r -> assertThat(r).contains("no response"))
        .anySatisfy(r -> assertThat(r).contains("is closed"))
        .allSatisfy(r -> assertThat(r).doesNotContain("Reopen", "tomorrow", "plan is fine"));

    readAnswers(0);
    assertThat(answerNotes()).hasSize(2);
  }

  @Test
  void aReplyWhoseTakingFailedStaysUnseenAndIsTakenAtTheNextRead() {
    doThrow(new IllegalStateException("the database is not answering"))
        .doCallRealMethod()
        .when(emailAnswers)
        .take(any());
    double failedBefore = counted("failed");
    double refusedBefore = counted("refused");

    mail.send(DIRECTOR, ANSWERS, "Re: a dispute", "Respond\nNo reference anywhere in this.");
    awaitRead();
    assertThat(counted("failed") - failedBefore).isEqualTo(1);
    assertThat(counted("refused") - refusedBefore).isZero();
    assertThat(unseenReplies()).isEqualTo(1);

    awaitRead();
    assertThat(counted("refused") - refusedBefore).isEqualTo(1);
    assertThat(counted("failed") - failedBefore).isEqualTo(1);
    assertThat(unseenReplies()).isZero();
    verify(emailAnswers, times(2)).take(any());
  }

  @Test
  void aReadThatReachedTheMailboxShowsInTheAnswersHealthCheck() {
    awaitRead();

    Health health = answersHealth.health();
    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails()).containsKey("lastSuccess").containsEntry("failuresInARow", 0);
  }

  @Test
  void theMailboxIsReadOnAClusteredQuartzTriggerOneReadAtATime() throws SchedulerException {
    Trigger trigger = schedules.getTrigger(new TriggerKey("answers-mailbox", "iro"));
    assertThat(trigger).isInstanceOf(CronTrigger.class);
    JobDetail job = schedules.getJobDetail(trigger.getJobKey());
    assertThat(job.isConcurrentExecutionDisallowed()).isTrue();
    assertThat(job.getJobDataMap().getString("routeId")).isEqualTo("answers");
    assertThat(job.getJobDataMap()).doesNotContainKey("task");
    assertThat(schedules.getMetaData().isJobStoreClustered()).isTrue();
    assertThat(schedules.getMetaData().isJobStoreSupportsPersistence()).isTrue();
  }

  /**
   * Waits for a read of the answers mailbox that began after the reply was sent (two reads begun:
   * reads never overlap), checks how many replies were read in all, then delivers what they queued.
   */
  private void readAnswers(int expected) {
    awaitRead();
    answered += expected;
    assertThat(answersCounted()).isEqualTo(answered);
    assertThat(unseenReplies()).isZero();
    deliver();
  }

  /** Waits for a read that began after now to end: two reads begun, since reads never overlap. */
  private void awaitRead() {
    ScheduledPollConsumer mailbox =
        (ScheduledPollConsumer) camelContext.getRoute("answers").getConsumer();
    long reads = mailbox.getCounter();
    await().atMost(Duration.ofSeconds(20)).until(() -> mailbox.getCounter() >= reads + 2);
  }

  /** {@code iro_answers_total}, every outcome. */
  private double answersCounted() {
    return meters.find("iro.answers").counters().stream().mapToDouble(Counter::count).sum();
  }

  private double counted(String outcome) {
    return meters.get("iro.answers").tag("outcome", outcome).counter().count();
  }

  /** The mails in the answers mailbox not marked seen. */
  private int unseenReplies() {
    try {
      GreenMailUser mailbox = mail.greenMail().getUserManager().getUser(ANSWERS);
      return mail.greenMail().getManagers().getImapHostManager().getInbox(mailbox).getUnseenCount();
    } catch (FolderException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<WrittenBackNote> answerNotes() {
    return writtenBackAbout(LCS, CHILD).stream()
        .filter(n -> "IRO_DRP_ANSWER".equals(n.field("type")))
        .toList();
  }

  private ReceivedMail onlyMail(String to, String subjectStart) {
    List<ReceivedMail> mails =
        mail.receivedMails().stream()
            .filter(m -> m.to().contains(to) && m.subject().startsWith(subjectStart))
            .toList();
    assertThat(mails).as("mails to %s starting %s", to, subjectStart).hasSize(1);
    return mails.get(0);
  }

  private ReceivedMail lastMailTo(String to, String subjectPart) {
    List<ReceivedMail> mails =
        mail.receivedMails().stream()
            .filter(m -> m.to().contains(to) && m.subject().contains(subjectPart))
            .filter(m -> !m.from().contains(to))
            .toList();
    assertThat(mails).as("mails to %s about %s", to, subjectPart).isNotEmpty();
    return mails.get(mails.size() - 1);
  }
}

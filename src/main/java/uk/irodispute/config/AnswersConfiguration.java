package uk.irodispute.config;

import java.time.Clock;
import javax.net.ssl.SSLSocketFactory;
import org.apache.camel.component.mail.MailComponent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.irodispute.application.NoteIntake;
import uk.irodispute.core.protocol.ProtocolRegistry;
import uk.irodispute.delivery.AnswerPlanner;
import uk.irodispute.delivery.Wording;
import uk.irodispute.directory.Directory;
import uk.irodispute.privacy.FailureText;
import uk.irodispute.replies.AnswerEvents;
import uk.irodispute.replies.AnswerMailbox;
import uk.irodispute.replies.AnswerSettings;
import uk.irodispute.replies.EmailAnswers;
import uk.irodispute.replies.MailboxComponents;
import uk.irodispute.replies.MailboxReads;
import uk.irodispute.store.DeadLetters;
import uk.irodispute.store.DisputeContacts;
import uk.irodispute.store.Disputes;
import uk.irodispute.store.OutboxQueue;
import uk.irodispute.systems.SystemRegistry;
import uk.irodispute.tls.CouncilTrust;

/**
 * Answers by e-mail ({@code iro.answers.*}): the {@code imaps} and {@code imap} components {@code
 * routes/answers.yaml} reads the mailbox through, the {@code answerMailbox} bean it hands each
 * reply to, and what takes each reply.
 */
@Configuration
@EnableConfigurationProperties(AnswerSettings.class)
public class AnswersConfiguration {

  @Bean
  AnswerPlanner.ProtocolLookup disputeProtocols(ProtocolRegistry protocols) {
    return dispute -> protocols.version(dispute.protocolId(), dispute.protocolVersion());
  }

  @Bean
  AnswerPlanner answerPlanner(
      SystemRegistry systems,
      Directory directory,
      AnswerPlanner.ProtocolLookup protocols,
      Wording wording) {
    return new AnswerPlanner(id -> systems.byId(id).orElse(null), directory, protocols, wording);
  }

  @Bean
  EmailAnswers emailAnswers(
      Disputes disputes,
      DisputeContacts contacts,
      Directory directory,
      AnswerPlanner.ProtocolLookup protocols,
      AnswerPlanner planner,
      OutboxQueue outbox,
      DeadLetters deadLetters,
      NoteIntake intake,
      AnswerSettings settings,
      Clock clock) {
    return new EmailAnswers(
        disputes,
        contacts,
        directory,
        protocols,
        planner,
        outbox,
        deadLetters,
        intake,
        settings,
        clock);
  }

  @Bean
  AnswerMailbox answerMailbox(EmailAnswers answers, AnswerEvents events, FailureText failures) {
    return new AnswerMailbox(answers, events, failures);
  }

  /** The {@code imaps} component: the mailbox over TLS, as production reads it. */
  /** How this node's reads of the mailbox went: the route's {@code pollStrategy}. */
  @Bean
  MailboxReads answerMailboxReads(Clock clock, FailureText failures) {
    return new MailboxReads(clock, failures);
  }

  @Bean("imaps")
  MailComponent imaps(AnswerSettings settings, CouncilTrust trust) {
    return MailboxComponents.of("imaps", settings, councilCertificates(trust));
  }

  /** The {@code imap} component: in clear, which the settings allow on loopback only. */
  @Bean("imap")
  MailComponent imap(AnswerSettings settings) {
    return MailboxComponents.of("imap", settings, null);
  }

  private static SSLSocketFactory councilCertificates(CouncilTrust trust) {
    return trust.hasCouncilCertificates() ? trust.socketFactory() : null;
  }
}

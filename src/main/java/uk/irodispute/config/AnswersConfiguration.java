package uk.irodispute.config;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import uk.irodispute.application.NoteIntake;
import uk.irodispute.core.protocol.ProtocolRegistry;
import uk.irodispute.delivery.AnswerPlanner;
import uk.irodispute.delivery.Wording;
import uk.irodispute.directory.Directory;
import uk.irodispute.privacy.FailureText;
import uk.irodispute.replies.AnswerMailbox;
import uk.irodispute.replies.AnswerSettings;
import uk.irodispute.replies.EmailAnswers;
import uk.irodispute.store.DeadLetters;
import uk.irodispute.store.DisputeContacts;
import uk.irodispute.store.Disputes;
import uk.irodispute.store.OutboxQueue;
import uk.irodispute.systems.SystemRegistry;
import uk.irodispute.tls.CouncilTrust;

/**
 * Answers by e-mail ({@code iro.answers.*}): the {@code answerMailbox} bean {@code
 * routes/answers.yaml} reads the mailbox through, and what takes each reply.
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
  AnswerMailbox answerMailbox(
      AnswerSettings settings,
      Environment environment,
      EmailAnswers answers,
      CouncilTrust trust,
      FailureText failures) {
    return new AnswerMailbox(
        settings,
        environment::resolveRequiredPlaceholders,
        answers,
        trust.hasCouncilCertificates() ? trust.socketFactory() : null,
        failures);
  }
}

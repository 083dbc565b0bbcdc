package uk.irodispute.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.http.HttpComponent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.irodispute.application.Classifiers;
import uk.irodispute.application.NoteIntake;
import uk.irodispute.connections.AuthHeaders;
import uk.irodispute.connections.OAuth2Tokens;
import uk.irodispute.connections.SystemConnections;
import uk.irodispute.core.protocol.ProtocolRegistry;
import uk.irodispute.delivery.DeliveryPlanner;
import uk.irodispute.delivery.RenderingDeliveryPlanner;
import uk.irodispute.delivery.Wording;
import uk.irodispute.directory.Directory;
import uk.irodispute.mappings.MessageFileLoader;
import uk.irodispute.polling.NoteLookups;
import uk.irodispute.polling.NotePages;
import uk.irodispute.polling.NoteScreening;
import uk.irodispute.polling.PageTaking;
import uk.irodispute.polling.PollCycle;
import uk.irodispute.polling.PollEvents;
import uk.irodispute.polling.PollRouteInstaller;
import uk.irodispute.polling.SourceHealth;
import uk.irodispute.polling.SqlNoteLookups;
import uk.irodispute.privacy.FailureText;
import uk.irodispute.privacy.Redaction;
import uk.irodispute.replies.AnswerSettings;
import uk.irodispute.sending.DeliveryEvents;
import uk.irodispute.sending.OutboxSending;
import uk.irodispute.store.Outbox;
import uk.irodispute.store.SourcePolls;
import uk.irodispute.store.Watermarks;
import uk.irodispute.systems.SystemRegistry;
import uk.irodispute.systems.mapping.RuleClassifiers;
import uk.irodispute.tls.CouncilTrust;

/**
 * The beans the routes in {@code routes/} call by name: {@code pollCycle} and {@code pageTaking}
 * for polls, {@code outboxSending} for deliveries (and, from the store, {@code dueDisputes}); and
 * the two ports the store's intake needs: each system's classifier and the delivery planner.
 */
@Configuration
public class IntegrationConfiguration {

  @Bean
  Classifiers classifiers(SystemRegistry systems, RuleClassifiers rules) {
    return id -> systems.byId(id).map(system -> rules.forSystem(system.id()));
  }

  /**
   * The wording of alerts and notes: the built-in files with the council's own from {@code
   * mappings/messages/}. A file with a mistake stops start-up with the file and line.
   */
  @Bean
  Wording wording(MappingsProperties mappings) {
    return new MessageFileLoader().loadDirectory(mappings.messages());
  }

  @Bean
  DeliveryPlanner deliveryPlanner(
      SystemRegistry systems,
      Directory directory,
      ProtocolRegistry protocols,
      Wording wording,
      AnswerSettings answers) {
    return new RenderingDeliveryPlanner(
        id -> systems.byId(id).orElse(null), directory, protocols, wording, answers.replyTo());
  }

  /**
   * The {@code http} component polls and writes back with. Its client does not retry by itself (by
   * default it would wait out a 429's Retry-After inside the request, holding the route): a failed
   * poll is tried at the next run, a failed delivery after the outbox's back-off.
   */
  @Bean("http")
  HttpComponent http(CouncilTrust trust) {
    HttpComponent http = new HttpComponent();
    http.setAutomaticRetriesDisabled(true);
    if (trust.hasCouncilCertificates()) {
      http.setSslContextParameters(trust.camelParameters());
    }
    return http;
  }

  /** Token requests go over the JDK's client, with the same trust as the {@code http} component. */
  @Bean
  OAuth2Tokens oAuth2Tokens(
      ObjectMapper json, Clock clock, CouncilTrust trust, Redaction redaction) {
    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(30))
            .sslContext(trust.sslContext())
            .build();
    return new OAuth2Tokens(http, json, clock, redaction);
  }

  @Bean
  AuthHeaders authHeaders(OAuth2Tokens tokens) {
    return new AuthHeaders(tokens);
  }

  @Bean
  SourceHealth sourceHealth(Clock clock, SourcePolls polls) {
    return new SourceHealth(clock, polls);
  }

  @Bean(destroyMethod = "close")
  SystemConnections systemConnections(CamelContext camel) {
    return new SystemConnections(camel);
  }

  @Bean
  NotePages notePages(
      SystemConnections connections, Clock clock, NoteLookups lookups, PollEvents events) {
    return new NotePages(connections, clock, lookups, new SqlNoteLookups(events));
  }

  @Bean
  NoteLookups noteLookups(
      ProducerTemplate camel, AuthHeaders auth, PollEvents events, NoteScreening screening) {
    return new NoteLookups(camel, auth, events, screening.mostPageBytes());
  }

  @Bean
  PollCycle pollCycle(
      SystemRegistry systems,
      Watermarks watermarks,
      NotePages pages,
      AuthHeaders auth,
      SourceHealth health,
      NoteScreening screening,
      Clock clock,
      FailureText failures,
      PollEvents events) {
    return new PollCycle(
        systems, watermarks, pages, auth, health, screening, clock, failures, events);
  }

  @Bean
  PageTaking pageTaking(NoteIntake intake) {
    return new PageTaking(intake);
  }

  @Bean
  PollRouteInstaller pollRouteInstaller(
      SystemRegistry systems,
      SystemConnections connections,
      @Value("${iro.scheduling.enabled:true}") boolean schedulingEnabled) {
    return new PollRouteInstaller(systems, connections, schedulingEnabled);
  }

  @Bean
  OutboxSending outboxSending(
      Outbox outbox,
      SystemRegistry systems,
      SystemConnections connections,
      AuthHeaders auth,
      Clock clock,
      FailureText failures,
      @Value("${iro.outbox.senders:8}") int senders,
      DeliveryEvents events,
      AnswerSettings answers) {
    return new OutboxSending(
        outbox, systems, connections, auth, clock, failures, senders, events, answers.replyTo());
  }
}

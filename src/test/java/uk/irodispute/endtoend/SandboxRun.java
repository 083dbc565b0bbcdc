package uk.irodispute.endtoend;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.sandbox.ReceivedMail;
import uk.irodispute.sandbox.SandboxCaseSystems;
import uk.irodispute.sandbox.SandboxMailServer;
import uk.irodispute.sandbox.SandboxSystem;
import uk.irodispute.sandbox.WrittenBackNote;
import uk.irodispute.store.Disputes;
import uk.irodispute.testing.FreePorts;
import uk.irodispute.testing.MutableClock;

/**
 * The whole adapter against its sandbox case systems and GreenMail, on real ports, with the clock
 * pinned and the schedules off: a test records notes as staff would, then runs the poll, delivery
 * and tick routes itself and reads what came out. Each subclass gives its context its own ports
 * (see {@link SharedSandboxRun}), since contexts stay open in the test context cache.
 */
@CamelSpringBootTest
@ActiveProfiles("sandbox")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@Import(SandboxRun.PinnedClock.class)
abstract class SandboxRun {

  /** The sandbox's viewer (application-sandbox.yaml), as an HTTP Basic Authorization value. */
  static final String SANDBOX_VIEWER = basic("viewer", "sandbox-viewer");

  /** The sandbox's operator, as an HTTP Basic Authorization value. */
  static final String SANDBOX_OPERATOR = basic("operator", "sandbox-operator");

  @Autowired ProducerTemplate camel;
  @Autowired SandboxCaseSystems sandbox;
  @Autowired SandboxMailServer mail;
  @Autowired MutableClock clock;
  @Autowired Disputes disputes;

  /**
   * Gives a test class's context its own ports and its own sandbox reporting database, so that no
   * other context's notes, disputes or mails mix with its own. Call it from the class's
   * {@code @DynamicPropertySource} method.
   */
  static void ownContext(
      DynamicPropertyRegistry registry, String name, int httpPort, int smtpPort) {
    registry.add("LCS_REPORTING_JDBC_URL", () -> "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    registry.add("server.port", () -> httpPort);
    registry.add("iro.sandbox.smtp.port", () -> smtpPort);
    registry.add("iro.mail.port", () -> smtpPort);
  }

  /** One run of the system's poll route. */
  void poll(SandboxSystem system) {
    camel.sendBody("direct:poll-" + system.id(), null);
  }

  /** One run of the outbox delivery. */
  void deliver() {
    camel.sendBody("direct:drain-outbox", null);
  }

  /** One run of the protocol clock. */
  void tick() {
    camel.sendBody("direct:tick", null);
  }

  /** Poll, then deliver what the notes caused. */
  void pollAndDeliver(SandboxSystem system) {
    poll(system);
    deliver();
  }

  List<WrittenBackNote> writtenBackAbout(SandboxSystem system, String personId) {
    return sandbox.writtenBack(system).stream().filter(n -> personId.equals(n.personId())).toList();
  }

  List<ReceivedMail> mailsAbout(String reference) {
    return mail.receivedMails().stream().filter(m -> m.subject().contains(reference)).toList();
  }

  Dispute openDisputeOf(SandboxSystem system, String personId) {
    return disputes.open().stream()
        .filter(d -> d.subject().sourceSystem().equals(system.id()))
        .filter(d -> d.subject().personId().equals(personId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no open dispute about " + personId));
  }

  Dispute dispute(Dispute earlier) {
    return disputes.find(earlier.reference()).orElseThrow();
  }

  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** A free port; the subclasses' fields call it by its short name. */
  static int freePort() {
    return FreePorts.freePort();
  }

  /** The clock every part of the adapter and the sandbox reads, set by the tests. */
  @TestConfiguration
  static class PinnedClock {
    @Bean
    @Primary
    MutableClock testClock() {
      return new MutableClock(Instant.parse("2026-11-02T10:00:00Z"));
    }
  }
}

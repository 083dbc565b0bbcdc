package uk.irodispute.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.irodispute.polling.SourceHealth;
import uk.irodispute.privacy.Redaction;
import uk.irodispute.sandbox.NoteRequest;
import uk.irodispute.sandbox.SandboxSystem;
import uk.irodispute.store.DeadLetter;
import uk.irodispute.store.DeadLetters;
import uk.irodispute.testing.EchoingServer;
import uk.irodispute.testing.EchoingServer.Echo;

/**
 * A token endpoint and a write-back target that answer with the credentials they were sent, in text
 * the HTTP clients quote in their exception messages: the poll's failure reason, the outbox's last
 * error, the dead letter's reason and the whole log hold neither the secret nor the Authorization
 * value made from it.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsNeverEchoedTest extends SandboxRun {

  /** The sandbox-only secrets of application-sandbox.yaml, as the shipped files send them. */
  private static final String CLIENT_SECRET = "sandbox-only-lcs-client-secret";

  private static final String FWI_PASSWORD = "sandbox-only-fwi-password";

  private static final EchoingServer TOKEN_ENDPOINT = new EchoingServer(Echo.STATUS_LINE);
  private static final EchoingServer WRITE_BACK_TARGET = new EchoingServer(Echo.HEADER_LINE);
  private static final Path MAPPINGS = mappingsWritingBackTo(WRITE_BACK_TARGET.url());
  private static final int OWN_HTTP_PORT = freePort();
  private static final int OWN_SMTP_PORT = freePort();

  @Autowired SourceHealth health;
  @Autowired DeadLetters deadLetters;
  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void hostileEndpoints(DynamicPropertyRegistry registry) {
    registry.add("iro.mappings.directory", MAPPINGS::toString);
    registry.add("LCS_API_TOKEN_URL", () -> TOKEN_ENDPOINT.url() + "/sandbox/oauth/token");
    registry.add("iro.outbox.max-attempts", () -> 1);
    registry.add("server.port", () -> OWN_HTTP_PORT);
    registry.add("iro.sandbox.smtp.port", () -> OWN_SMTP_PORT);
    registry.add("iro.mail.port", () -> OWN_SMTP_PORT);
  }

  @AfterAll
  static void stopServers() throws IOException {
    TOKEN_ENDPOINT.close();
    WRITE_BACK_TARGET.close();
  }

  @Test
  void aTokenEndpointEchoingTheClientCredentialsLeavesNoSecretInTheReasonOrTheLog(
      CapturedOutput log) {
    poll(SandboxSystem.LCS_API);

    String reason = health.of("lcs-api").orElseThrow().lastReason();
    // The reason is worded, not the client's message that quoted the echoed credentials.
    assertThat(reason)
        .startsWith("the token endpoint did not answer")
        .contains("ProtocolException");
    assertNoSecret(reason);
    assertThat(log.getAll()).contains("System lcs-api: poll stopped");
    assertNoSecret(log.getAll());
  }

  @Test
  void aWriteBackTargetEchoingTheAuthorizationLeavesNoSecretInTheOutboxTheDeadLetterOrTheLog(
      CapturedOutput log) {
    clock.set(Instant.parse("2026-11-09T10:00:00Z"));
    sandbox.record(NoteRequest.in(SandboxSystem.FWI_API, "P300104").action("raise").build());
    pollAndDeliver(SandboxSystem.FWI_API);

    List<String> errors =
        jdbc.queryForList(
            "SELECT last_error FROM outbox WHERE system_id = 'fwi-api' AND kind = 'HTTP_REQUEST'",
            String.class);
    assertThat(errors).isNotEmpty().allSatisfy(e -> assertThat(e).contains(Redaction.MASK));
    errors.forEach(SecretsNeverEchoedTest::assertNoSecret);
    List<DeadLetter> dead =
        deadLetters.inStatus(DeadLetter.Status.OPEN).stream()
            .filter(d -> "fwi-api".equals(d.systemId()))
            .toList();
    assertThat(dead).isNotEmpty();
    dead.forEach(d -> assertNoSecret(d.reason()));
    assertNoSecret(log.getAll());
  }

  private static void assertNoSecret(String text) {
    String clientCredentials =
        Base64.getEncoder()
            .encodeToString(
                ("iro-dispute-adapter:" + URLEncoder.encode(CLIENT_SECRET, StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8));
    String basic =
        Base64.getEncoder()
            .encodeToString(("iro-adapter:" + FWI_PASSWORD).getBytes(StandardCharsets.UTF_8));
    assertThat(text)
        .doesNotContain(CLIENT_SECRET)
        .doesNotContain(clientCredentials)
        .doesNotContain(FWI_PASSWORD)
        .doesNotContain(basic);
  }

  /** The shipped mappings, with the Framework-i write-back sent to another server. */
  private static Path mappingsWritingBackTo(String url) {
    try {
      Path copy = Files.createTempDirectory("echo-mappings");
      Path shipped = Path.of("mappings");
      try (Stream<Path> files = Files.walk(shipped)) {
        for (Path file : files.toList()) {
          Path target = copy.resolve(shipped.relativize(file).toString());
          if (Files.isDirectory(file)) {
            Files.createDirectories(target);
          } else {
            Files.copy(file, target);
          }
        }
      }
      Path fwi = copy.resolve("systems/fwi-api.yaml");
      String text = Files.readString(fwi);
      String writeBack = "writeBack:\n  kind: http\n";
      assertThat(text).contains(writeBack);
      Files.writeString(
          fwi, text.replace(writeBack, writeBack + "  baseUrl: \"" + url + "/sandbox/fwi/api\"\n"));
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

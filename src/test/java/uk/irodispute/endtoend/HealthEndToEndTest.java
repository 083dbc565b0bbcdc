package uk.irodispute.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.irodispute.sandbox.Fault;
import uk.irodispute.sandbox.FaultTarget;
import uk.irodispute.sandbox.NoteRequest;
import uk.irodispute.sandbox.SandboxSystem;
import uk.irodispute.testing.ConsoleTestUsers;

/**
 * {@code /actuator/health} over HTTP, against the sandbox with the clock pinned, in a context of
 * its own (its own ports and reporting database): all well; one case system down (the whole health
 * DOWN with the source's reason, readiness and liveness still UP); the outbox stuck behind a
 * write-back that keeps failing (DOWN, then UP once it goes).
 */
class HealthEndToEndTest extends SandboxRun {

  private static final int OWN_HTTP_PORT = freePort();
  private static final int OWN_SMTP_PORT = freePort();

  private final HttpClient http = HttpClient.newHttpClient();

  @Autowired ObjectMapper json;

  @DynamicPropertySource
  static void ownPorts(DynamicPropertyRegistry registry) {
    ConsoleTestUsers.register(registry);
    registry.add("server.port", () -> OWN_HTTP_PORT);
    registry.add("iro.sandbox.smtp.port", () -> OWN_SMTP_PORT);
    registry.add("iro.mail.port", () -> OWN_SMTP_PORT);
    registry.add("LCS_REPORTING_JDBC_URL", () -> "jdbc:h2:mem:health-test;DB_CLOSE_DELAY=-1");
  }

  @AfterEach
  void clearFaults() {
    sandbox.clearFaults();
  }

  @Test
  void allWellEveryCheckIsUp() throws Exception {
    clock.set(Instant.parse("2026-11-16T10:00:00Z"));
    sandbox.record(
        NoteRequest.in(SandboxSystem.LCS_API, "2001")
            .action("raise")
            .answer("track", "LAC")
            .build());
    pollEveryone();
    deliver();

    HttpResponse<String> answer = get("/actuator/health");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode health = json.readTree(answer.body());
    assertThat(health.path("status").asText()).isEqualTo("UP");
    JsonNode components = health.path("components");
    for (String check : new String[] {"sources", "outbox", "deadLetters", "camelHealth", "db"}) {
      assertThat(components.path(check).path("status").asText()).as(check).isEqualTo("UP");
    }
    for (SandboxSystem system : SandboxSystem.values()) {
      JsonNode source = components.path("sources").path("components").path(system.id());
      assertThat(source.path("status").asText()).as(system.id()).isEqualTo("UP");
      assertThat(source.path("details").path("lastSuccess").asText())
          .isEqualTo("2026-11-16T10:00:00Z");
    }
    assertThat(components.path("outbox").path("details").path("pending").asLong()).isZero();
    assertThat(components.path("outbox").path("details").path("delivered").asLong()).isPositive();
    assertThat(status("/actuator/health/liveness")).isEqualTo(200);
    assertThat(status("/actuator/health/readiness")).isEqualTo(200);
  }

  @Test
  void aCaseSystemDownIsDownWithItsReasonButTheAdapterStaysReadyAndLive() throws Exception {
    clock.set(Instant.parse("2026-11-17T10:00:00Z"));
    sandbox.faults(SandboxSystem.FWI_API).arm(Fault.serverErrors(1).untilCleared());
    pollEveryone();
    clock.advance(Duration.ofMinutes(2));
    pollEveryone();

    HttpResponse<String> answer = get("/actuator/health");
    assertThat(answer.statusCode()).as("DOWN answers 503").isEqualTo(503);
    JsonNode health = json.readTree(answer.body());
    assertThat(health.path("status").asText()).isEqualTo("DOWN");
    JsonNode sources = health.path("components").path("sources").path("components");
    JsonNode fwi = sources.path("fwi-api");
    assertThat(fwi.path("status").asText()).isEqualTo("DOWN");
    assertThat(fwi.path("details").path("lastFailureReason").asText())
        .isEqualTo("the case system answered HTTP 500");
    assertThat(fwi.path("details").path("lastFailure").asText()).isEqualTo("2026-11-17T10:02:00Z");
    assertThat(sources.path("lcs-api").path("status").asText()).isEqualTo("UP");
    assertThat(sources.path("lcs-reporting").path("status").asText()).isEqualTo("UP");

    HttpResponse<String> one = get("/actuator/health/sources/fwi-api");
    assertThat(one.statusCode()).isEqualTo(503);
    assertThat(json.readTree(one.body()).path("details").path("failuresInARow").asInt())
        .isGreaterThanOrEqualTo(2);
    HttpResponse<String> ready = get("/actuator/health/readiness");
    assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
    assertThat(json.readTree(ready.body()).path("components").has("sources")).isFalse();
    assertThat(status("/actuator/health/liveness")).isEqualTo(200);

    sandbox.clearFaults();
    poll(SandboxSystem.FWI_API);
    assertThat(status("/actuator/health/sources/fwi-api")).as("answering again").isEqualTo(200);
  }

  @Test
  void aWriteBackFailingForHoursLeavesTheOutboxDownUntilItGoes() throws Exception {
    clock.set(Instant.parse("2026-11-18T10:00:00Z"));
    sandbox
        .faults(SandboxSystem.LCS_API)
        .arm(Fault.serverErrors(1).on(FaultTarget.WRITE_BACKS).untilCleared());
    sandbox.record(
        NoteRequest.in(SandboxSystem.LCS_API, "2002")
            .action("raise")
            .answer("track", "CP")
            .build());
    pollEveryone();
    deliver();
    while (clock.instant().isBefore(Instant.parse("2026-11-18T12:00:01Z"))) {
      clock.advance(Duration.ofMinutes(10));
      pollEveryone();
      deliver();
    }

    HttpResponse<String> answer = get("/actuator/health/outbox");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
    JsonNode outbox = json.readTree(answer.body());
    assertThat(outbox.path("status").asText()).isEqualTo("DOWN");
    assertThat(outbox.path("details").path("pending").asLong()).isPositive();
    assertThat(outbox.path("details").path("oldestWaitingSince").asText())
        .isEqualTo("2026-11-18T10:00:00Z");
    assertThat(outbox.path("details").path("oldestWaitingSeconds").asLong()).isGreaterThan(7200);
    assertThat(status("/actuator/health/sources")).as("the sources answer polls").isEqualTo(200);
    assertThat(status("/actuator/health/readiness")).isEqualTo(200);

    sandbox.clearFaults();
    clock.advance(Duration.ofHours(1));
    deliver();
    assertThat(status("/actuator/health/outbox")).as("delivered at last").isEqualTo(200);
  }

  private void pollEveryone() {
    for (SandboxSystem system : SandboxSystem.values()) {
      poll(system);
    }
  }

  private int status(String path) throws IOException, InterruptedException {
    return get(path).statusCode();
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + OWN_HTTP_PORT + path))
            .header("Authorization", ConsoleTestUsers.viewerBasic())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}

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
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
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
 * DOWN with the source's reason, readiness and liveness still UP); a write-back failing, visible
 * within a minute (a WARN line, the item in the outbox API, the outbox DEGRADED); the outbox stuck
 * behind a write-back that keeps failing (DOWN, then UP once it goes).
 */
@ExtendWith(OutputCaptureExtension.class)
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
  void aFailingWriteBackIsVisibleWithinAMinute(CapturedOutput output) throws Exception {
    clock.set(Instant.parse("2026-11-14T10:00:00Z"));
    sandbox
        .faults(SandboxSystem.LCS_API)
        .arm(Fault.serverErrors(1).on(FaultTarget.WRITE_BACKS).untilCleared());
    sandbox.record(
        NoteRequest.in(SandboxSystem.LCS_API, "2003")
            .action("raise")
            .answer("track", "LAC")
            .build());
    pollEveryone();
    deliver();
    String reference = openDisputeOf(SandboxSystem.LCS_API, "2003").reference().value();

    assertThat(output.getOut())
        .containsPattern(
            "WARN .*Delivery failed: http to lcs-api for dispute "
                + reference
                + ", attempt 1 of \\d+; next try at 2026-11-14T10:00:\\d\\d.*Z:"
                + " the case system answered HTTP 500 \\(server error\\) at http://127.0.0.1:\\d+"
                + " — detail: HttpOperationFailedException");
    HttpResponse<String> listed = get("/api/v1/outbox?status=PENDING");
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    JsonNode page = json.readTree(listed.body());
    assertThat(page.path("total").asLong()).isPositive();
    JsonNode item = page.path("items").get(0);
    assertThat(item.path("kind").asText()).isEqualTo("HTTP_REQUEST");
    assertThat(item.path("system").asText()).isEqualTo("lcs-api");
    assertThat(item.path("reference").asText()).isEqualTo(reference);
    assertThat(item.path("attempts").asInt()).isEqualTo(1);
    assertThat(item.path("lastError").asText())
        .startsWith("the case system answered HTTP 500 (server error) at http://127.0.0.1:")
        .endsWith(" — detail: HttpOperationFailedException");
    assertThat(Instant.parse(item.path("createdAt").asText()))
        .isEqualTo(Instant.parse("2026-11-14T10:00:00Z"));
    assertThat(Instant.parse(item.path("nextAttemptAt").asText()))
        .isAfter(Instant.parse("2026-11-14T10:00:00Z"));
    JsonNode outbox = json.readTree(get("/actuator/health/outbox").body());
    assertThat(outbox.path("status").asText()).isEqualTo("DEGRADED");
    assertThat(outbox.path("details").path("reason").asText())
        .isEqualTo("a delivery failed and waits for its next attempt");
    assertThat(json.readTree(get("/actuator/health").body()).path("status").asText())
        .as("the whole health, the outbox failing")
        .isNotEqualTo("UP");

    HttpResponse<String> told = get("/api/v1/disputes/" + reference);
    assertThat(told.statusCode()).as(told.body()).isEqualTo(200);
    JsonNode story = json.readTree(told.body());
    assertThat(story.path("reference").asText()).isEqualTo(reference);
    assertThat(story.path("system").asText()).isEqualTo("lcs-api");
    assertThat(story.path("track").asText()).isEqualTo("LAC");
    assertThat(story.path("stages").get(0).path("openedAt").asText()).isNotEmpty();
    assertThat(story.path("stages").get(0).path("dueAt").asText()).isNotEmpty();
    assertThat(story.path("notesTaken").get(0).path("system").asText()).isEqualTo("lcs-api");
    assertThat(story.path("notesTaken").get(0).path("outcome").asText()).isEqualTo("APPLIED");
    assertThat(story.path("events").get(0).path("type").asText()).isEqualTo("RAISED");
    assertThat(story.path("deliveries").findValuesAsText("lastError"))
        .anySatisfy(
            e -> assertThat(e).startsWith("the case system answered HTTP 500 (server error)"));
    assertThat(story.path("recipients").findValuesAsText("role")).contains("chair");
    assertThat(story.has("subject")).as("no child in the story").isFalse();
    assertThat(told.body()).doesNotContain("personId").doesNotContain("\"2003\"");
    assertThat(get("/api/v1/disputes/DRP-2026-999999").statusCode()).isEqualTo(404);

    sandbox.clearFaults();
    clock.advance(Duration.ofMinutes(5));
    deliver();
    assertThat(json.readTree(get("/actuator/health/outbox").body()).path("status").asText())
        .isEqualTo("UP");
  }

  @Test
  void aWriteBackFailingLongerThanTenMinutesLeavesTheOutboxDownUntilItGoes() throws Exception {
    clock.set(Instant.parse("2026-11-12T10:00:00Z"));
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
    while (clock.instant().isBefore(Instant.parse("2026-11-12T10:10:01Z"))) {
      clock.advance(Duration.ofMinutes(2));
      pollEveryone();
      deliver();
    }

    HttpResponse<String> answer = get("/actuator/health/outbox");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
    JsonNode outbox = json.readTree(answer.body());
    assertThat(outbox.path("status").asText()).isEqualTo("DOWN");
    assertThat(outbox.path("details").path("pending").asLong()).isPositive();
    assertThat(outbox.path("details").path("oldestWaitingSince").asText())
        .isEqualTo("2026-11-12T10:00:00Z");
    assertThat(outbox.path("details").path("oldestWaitingSeconds").asLong()).isGreaterThan(600);
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

package uk.irodispute.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.irodispute.polling.SourceHealth;
import uk.irodispute.sandbox.SandboxSystem;
import uk.irodispute.testing.ConsoleTestUsers;

/**
 * The supervising route controller (camel.routecontroller.*): a route whose consumer cannot start,
 * as one reading a source that is not there, does not stop start-up or the other routes; Camel's
 * route check reports it DOWN (readiness stays UP) while it is tried again with back-off, and it
 * starts once what it needs is there.
 */
@Import(RouteSupervisionTest.UnreachableSource.class)
class RouteSupervisionTest extends SandboxRun {

  private static final int OWN_HTTP_PORT = freePort();
  private static final int OWN_SMTP_PORT = freePort();
  private static final Path MISSING =
      Path.of("target", "route-supervision-" + UUID.randomUUID()).toAbsolutePath();
  private static final String ROUTE = "unreachable-source";

  @Autowired CamelContext camelContext;
  @Autowired SourceHealth health;
  @Autowired ObjectMapper json;

  @DynamicPropertySource
  static void ownPortsAndQuickRetries(DynamicPropertyRegistry registry) {
    ConsoleTestUsers.register(registry);
    registry.add("server.port", () -> OWN_HTTP_PORT);
    registry.add("iro.sandbox.smtp.port", () -> OWN_SMTP_PORT);
    registry.add("iro.mail.port", () -> OWN_SMTP_PORT);
    registry.add("LCS_REPORTING_JDBC_URL", () -> "jdbc:h2:mem:supervision-test;DB_CLOSE_DELAY=-1");
    registry.add("camel.routecontroller.back-off-delay", () -> 200);
    registry.add("camel.routecontroller.back-off-multiplier", () -> 1);
  }

  @AfterAll
  static void removeFolder() throws IOException {
    Files.deleteIfExists(MISSING);
  }

  @Test
  void aRouteThatCannotStartLeavesTheRestRunningAndStartsOnceItCan() throws Exception {
    assertThat(camelContext.getRouteController().getRouteStatus(ROUTE))
        .isNotEqualTo(ServiceStatus.Started);
    assertThat(camelContext.getRouteController().getRouteStatus("poll-lcs-api"))
        .isEqualTo(ServiceStatus.Started);
    clock.set(Instant.parse("2026-11-16T10:00:00Z"));
    poll(SandboxSystem.LCS_API);
    assertThat(health.of("lcs-api").orElseThrow().lastSuccess())
        .as("the other routes run")
        .isEqualTo(clock.instant());

    HttpResponse<String> answer = get("/actuator/health/camelHealth");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
    assertThat(answer.body()).contains(ROUTE);
    assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);

    Files.createDirectories(MISSING);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> camelContext.getRouteController().getRouteStatus(ROUTE) == ServiceStatus.Started);
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              HttpResponse<String> now = get("/actuator/health/camelHealth");
              JsonNode camel = json.readTree(now.body());
              assertThat(camel.path("status").asText()).as(now.body()).isEqualTo("UP");
            });
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + OWN_HTTP_PORT + path))
                .header("Authorization", ConsoleTestUsers.viewerBasic())
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /** A route reading a folder that is not there, as a consumer whose source cannot be reached. */
  @TestConfiguration
  static class UnreachableSource {
    @Bean
    RouteBuilder unreachableSource() {
      return new RouteBuilder() {
        @Override
        public void configure() {
          from("file:" + MISSING + "?autoCreate=false&startingDirectoryMustExist=true")
              .routeId(ROUTE)
              .log("read a file");
        }
      };
    }
  }
}

package uk.irodispute.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.irodispute.testing.FreePorts;

/**
 * {@code IRO_LOG_FORMAT=ecs} as a council sets it: the adapter in a JVM of its own, with the
 * sandbox and its schedules, writes its whole log, start-up and the first polls, as one ECS JSON
 * object a line, a poll's lines with Camel's route id in them.
 */
class JsonLogSwitchTest {

  private final ObjectMapper json = new ObjectMapper();
  private AdapterProcess adapter;

  @AfterEach
  void stop() {
    if (adapter != null && adapter.isAlive()) {
      adapter.kill();
    }
  }

  @Test
  void theEnvironmentVariableTurnsTheWholeLogToJson() throws IOException {
    Path folder = SandboxHost.workFolder("json-log");
    adapter =
        AdapterProcess.start(
            "json-log",
            folder,
            AdapterProcess.environment(
                "SPRING_PROFILES_ACTIVE", "sandbox",
                "IRO_LOG_FORMAT", "ecs",
                "IRO_PORT", Integer.toString(FreePorts.freePort()),
                "IRO_SANDBOX_SMTP_PORT", "0"),
            List.of());
    Path log = folder.resolve("json-log.log");

    Awaiting.until(
        adapter,
        "a line of a poll, with its route id",
        () -> lines(log).stream().anyMatch(JsonLogSwitchTest::ofAPoll));
    adapter.kill();

    List<JsonNode> lines = lines(log);
    assertThat(lines).hasSizeGreaterThan(20);
    assertThat(lines)
        .allSatisfy(
            line -> {
              assertThat(line.path("@timestamp").isTextual()).isTrue();
              assertThat(line.path("log").path("level").isTextual()).isTrue();
              assertThat(line.path("service").path("name").asText())
                  .isEqualTo("iro-dispute-adapter");
            });
    assertThat(lines).anyMatch(JsonLogSwitchTest::ofAPoll);
  }

  private static boolean ofAPoll(JsonNode line) {
    return line.path("camel").path("routeId").asText().startsWith("poll-");
  }

  /**
   * Every whole line of the log read as JSON; a line that is not fails the test. A last line the
   * kill cut short is left out.
   */
  private List<JsonNode> lines(Path log) throws IOException {
    String text = Files.readString(log);
    String whole = text.substring(0, text.lastIndexOf('\n') + 1);
    List<JsonNode> lines = new ArrayList<>();
    for (String line : whole.split("\n")) {
      if (!line.isBlank()) {
        lines.add(json.readTree(line));
      }
    }
    return lines;
  }
}

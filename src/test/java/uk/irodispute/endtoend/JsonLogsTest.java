package uk.irodispute.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.irodispute.privacy.Pseudonyms;
import uk.irodispute.sandbox.Fault;
import uk.irodispute.sandbox.FaultTarget;
import uk.irodispute.sandbox.NoteRequest;
import uk.irodispute.sandbox.Post;
import uk.irodispute.sandbox.SandboxSystem;

/**
 * The log as JSON ({@code IRO_LOG_FORMAT=ecs} sets {@code logging.structured.format.console}): a
 * run on the sandbox written through Spring Boot's own ECS encoder, with the adapter at DEBUG, in a
 * context of its own. Every line is one JSON object; lines about a note or a poll carry the system,
 * the dispute and Camel's route id in the MDC; no child's id, name or note text, no staff name and
 * no secret appears anywhere in it.
 */
class JsonLogsTest extends SandboxRun {

  private static final int OWN_HTTP_PORT = freePort();
  private static final int OWN_SMTP_PORT = freePort();

  /** Invented, written into the notes' text and answers: the name of a child no one has. */
  private static final String CHILD_NAME = "Wren Marchbanks";

  private static final String NOTE_TEXT =
      CHILD_NAME + " has not seen her grandmother since the move; nobody has said why.";

  private static final String LCS_CHILD = "2002";
  private static final String FWI_CHILD = "P300102";
  private static final List<String> STAFF =
      List.of("Ffion Rees", "ffion.rees@council.example", "Isaac Mercer", "Leon Hartley");

  @Autowired Pseudonyms pseudonyms;
  @Autowired ObjectMapper json;

  private final LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
  private final ByteArrayOutputStream written = new ByteArrayOutputStream();
  private final OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();

  @DynamicPropertySource
  static void ownPorts(DynamicPropertyRegistry registry) {
    registry.add("server.port", () -> OWN_HTTP_PORT);
    registry.add("iro.sandbox.smtp.port", () -> OWN_SMTP_PORT);
    registry.add("iro.mail.port", () -> OWN_SMTP_PORT);
    registry.add("LCS_REPORTING_JDBC_URL", () -> "jdbc:h2:mem:json-logs-test;DB_CLOSE_DELAY=-1");
  }

  @BeforeEach
  void ecsJsonAtDebug() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    StructuredLogEncoder encoder = new StructuredLogEncoder();
    encoder.setContext(context);
    encoder.setFormat("ecs");
    encoder.setCharset(StandardCharsets.UTF_8);
    encoder.start();
    appender.setContext(context);
    appender.setEncoder(encoder);
    appender.setOutputStream(written);
    appender.start();
    root().addAppender(appender);
    logging.setLogLevel("uk.irodispute", LogLevel.DEBUG);
  }

  @AfterEach
  void plainAgain() {
    root().detachAppender(appender);
    appender.stop();
    logging.setLogLevel("uk.irodispute", null);
    sandbox.clearFaults();
  }

  @Test
  void everyLineIsJsonWithTheSystemDisputeAndRouteAndNoPersonalData() throws Exception {
    clock.set(Instant.parse("2026-11-16T10:00:00Z"));
    sandbox.record(
        NoteRequest.in(SandboxSystem.LCS_API, LCS_CHILD)
            .action("raise")
            .answer("track", "CP")
            .text(NOTE_TEXT)
            .build());
    sandbox.record(
        NoteRequest.in(SandboxSystem.FWI_API, FWI_CHILD).action("raise").text(NOTE_TEXT).build());
    sandbox.faults(SandboxSystem.FWI_API).arm(Fault.malformedBodies(1));
    poll(SandboxSystem.FWI_API);
    sandbox.faults(SandboxSystem.LCS_API).arm(Fault.serverErrors(1).on(FaultTarget.WRITE_BACKS));
    pollAndDeliver(SandboxSystem.LCS_API);
    pollAndDeliver(SandboxSystem.FWI_API);
    clock.set(Instant.parse("2026-11-17T11:00:00Z"));
    sandbox.record(
        NoteRequest.in(SandboxSystem.LCS_API, LCS_CHILD)
            .by(Post.SOCIAL_WORKER)
            .action("respond")
            .text("Replying about " + CHILD_NAME)
            .build());
    pollAndDeliver(SandboxSystem.LCS_API);
    clock.set(Instant.parse("2026-12-01T18:00:00Z"));
    tick();
    deliver();

    String all = written.toString(StandardCharsets.UTF_8);
    List<JsonNode> lines = new ArrayList<>();
    for (String line : all.split("\n")) {
      lines.add(assertDoesNotThrow(() -> json.readTree(line), line));
    }
    assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line.isObject()).isTrue());
    assertThat(lines)
        .allSatisfy(
            line -> {
              assertThat(line.has("@timestamp")).isTrue();
              assertThat(field(line, "log.level")).isPresent();
              assertThat(field(line, "message")).isPresent();
            });

    String reference = openDisputeOf(SandboxSystem.LCS_API, LCS_CHILD).reference().value();
    JsonNode raised = withMessage(lines, "Note lcs-api:").get(0);
    assertThat(field(raised, "iro.system")).contains("lcs-api");
    assertThat(field(raised, "iro.dispute")).contains(reference);
    assertThat(field(raised, "camel.routeId")).contains("poll-lcs-api");
    assertThat(field(raised, "message").orElseThrow()).contains(pseudonyms.of(LCS_CHILD));
    JsonNode stopped = withMessage(lines, "System fwi-api: poll stopped").get(0);
    assertThat(field(stopped, "iro.system")).contains("fwi-api");
    assertThat(field(stopped, "camel.routeId")).contains("poll-fwi-api");
    assertThat(field(stopped, "log.level")).contains("WARN");

    assertThat(all)
        .doesNotContain(CHILD_NAME)
        .doesNotContain("Marchbanks")
        .doesNotContain("grandmother")
        .doesNotContain("Replying about")
        .doesNotContain(FWI_CHILD)
        .doesNotContain("sandbox-only-lcs-client-secret")
        .doesNotContain("sandbox-only-fwi-password");
    for (String staff : STAFF) {
      assertThat(all).doesNotContain(staff);
    }
    assertThat(Pattern.compile("(?<![\\w.-])" + LCS_CHILD + "(?![\\w.-]|ms| millis)").matcher(all))
        .as("the child's id as a word of its own")
        .matches(m -> !m.find());
  }

  private static List<JsonNode> withMessage(List<JsonNode> lines, String start) {
    List<JsonNode> found =
        lines.stream()
            .filter(l -> field(l, "message").map(m -> m.startsWith(start)).orElse(false))
            .toList();
    assertThat(found).as("a line starting '%s'", start).isNotEmpty();
    return found;
  }

  /** A field by its dotted name: ECS nests the parts ({@code iro.system} in {@code iro}). */
  private static Optional<String> field(JsonNode line, String name) {
    if (line.has(name)) {
      return Optional.of(line.get(name).asText());
    }
    JsonNode at = line;
    for (String part : name.split("\\.")) {
      at = at.path(part);
    }
    return at.isValueNode() ? Optional.of(at.asText()) : Optional.empty();
  }

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }
}

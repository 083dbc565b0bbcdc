package uk.irodispute.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.sandbox.NoteRequest;
import uk.irodispute.sandbox.SandboxSystem;

/**
 * A dry run ({@code iro.dry-run=true}) against the three sandbox systems: notes are polled and
 * decided, the disputes, events and outbox stored, but nothing reaches a case system or GreenMail;
 * each delivery is logged without its content and held, and the held deliveries can be discarded
 * over the API, not sent while the dry run is on.
 */
@ExtendWith(OutputCaptureExtension.class)
class DryRunEndToEndTest extends SandboxRun {

  private static final int OWN_HTTP_PORT = freePort();
  private static final int OWN_SMTP_PORT = freePort();

  @Autowired NamedParameterJdbcTemplate jdbc;
  @Autowired TestRestTemplate http;

  @DynamicPropertySource
  static void dryRun(DynamicPropertyRegistry registry) {
    registry.add("iro.dry-run", () -> "true");
    ownContext(registry, "dry-run-reporting", OWN_HTTP_PORT, OWN_SMTP_PORT);
  }

  @Test
  void aDryRunDecidesAndStoresButWritesNothingAndLogsWhatItWouldHaveSent(CapturedOutput output) {
    clock.set(Instant.parse("2026-11-02T10:00:00Z"));
    sandbox.record(
        NoteRequest.in(SandboxSystem.LCS_API, "2002")
            .action("raise")
            .answer("track", "CP")
            .build());
    sandbox.record(NoteRequest.in(SandboxSystem.FWI_API, "P300102").action("raise").build());
    sandbox.record(
        NoteRequest.in(SandboxSystem.LCS_REPORTING, "1004")
            .action("raise")
            .answer("track", "CP")
            .answer("status", "Complete")
            .build());
    for (SandboxSystem system : SandboxSystem.values()) {
      pollAndDeliver(system);
    }
    deliver();

    Dispute api = openDisputeOf(SandboxSystem.LCS_API, "2002");
    Dispute fwi = openDisputeOf(SandboxSystem.FWI_API, "P300102");
    Dispute reporting = openDisputeOf(SandboxSystem.LCS_REPORTING, "1004");
    assertThat(api.currentStageId()).as("decided as usual").isEqualTo("stage-1");
    List<String> refs =
        List.of(api, fwi, reporting).stream().map(d -> d.reference().value()).toList();
    assertThat(count("SELECT COUNT(*) FROM dispute_events WHERE reference IN (:refs)", refs))
        .as("events stored")
        .isPositive();

    for (SandboxSystem system : SandboxSystem.values()) {
      assertThat(sandbox.writtenBack(system)).as("nothing written to " + system).isEmpty();
    }
    assertThat(mail.receivedMails()).as("nothing mailed").isEmpty();
    assertThat(
            jdbc.queryForList(
                "SELECT DISTINCT status FROM outbox WHERE reference IN (:refs)",
                Map.of("refs", refs),
                String.class))
        .as("every delivery held, after two drains")
        .containsExactly("HELD");
    long held = count("SELECT COUNT(*) FROM outbox WHERE reference IN (:refs)", refs);

    String marker = "Dry run, not sent: ";
    List<String> logged =
        output
            .getOut()
            .lines()
            .filter(l -> l.contains(marker))
            .map(l -> l.substring(l.indexOf(marker)))
            .filter(l -> refs.stream().anyMatch(l::contains))
            .toList();
    assertThat(logged).as("one line a delivery, however many drains").hasSize((int) held);
    String apiRef = api.reference().value();
    assertThat(logged)
        .anyMatch(
            l ->
                l.contains("HTTP_REQUEST for system lcs-api, dispute " + apiRef + ", key " + apiRef)
                    && l.endsWith(
                        ": POST http://127.0.0.1:"
                            + OWN_HTTP_PORT
                            + "/sandbox/lcs-api/v1/casenotes"))
        .anyMatch(
            l ->
                l.contains("MAIL for system lcs-api, dispute " + apiRef)
                    && l.contains(": an alert mailed to 1 recipient, "))
        .anyMatch(
            l ->
                l.contains("HTTP_REQUEST for system fwi-api")
                    && l.endsWith("/sandbox/fwi/api/episodes/{{caseId}}/outcomes"))
        .anyMatch(
            l ->
                l.contains("TABLE_ROW for system lcs-reporting, dispute " + reporting.reference())
                    && l.endsWith(": a row in IRO_DRP_NOTES_IMPORT"));
    assertThat(logged)
        .as("no child, case or address in the log")
        .noneMatch(l -> l.contains("2002") || l.contains("P300102") || l.contains("EP-"))
        .noneMatch(l -> l.contains("@"));
  }

  @Test
  void heldDeliveriesAreListedAndDiscardedButNotSentWhileTheDryRunIsOn() {
    clock.set(Instant.parse("2026-11-03T10:00:00Z"));
    sandbox.record(
        NoteRequest.in(SandboxSystem.LCS_API, "2004")
            .action("raise")
            .answer("track", "CP")
            .build());
    pollAndDeliver(SandboxSystem.LCS_API);
    String ref = openDisputeOf(SandboxSystem.LCS_API, "2004").reference().value();

    JsonNode list = viewer().getForObject("/api/v1/outbox/held?reference=" + ref, JsonNode.class);
    assertThat(list.get("dryRun").asBoolean()).isTrue();
    assertThat(list.get("count").asLong()).isPositive();
    assertThat(list.get("items").get(0).get("key").asText()).startsWith(ref + "/");
    assertThat(list.get("items").get(0).has("body")).isFalse();

    ResponseEntity<JsonNode> send =
        operator().postForEntity("/api/v1/outbox/held/send?reference=" + ref, null, JsonNode.class);
    assertThat(send.getStatusCode().value()).isEqualTo(409);
    assertThat(send.getBody().get("parameter").asText()).isEqualTo("iro.dry-run");

    ResponseEntity<JsonNode> anonymous =
        http.postForEntity("/api/v1/outbox/held/discard?reference=" + ref, null, JsonNode.class);
    assertThat(anonymous.getStatusCode().value()).as("no one signed in").isEqualTo(401);
    ResponseEntity<JsonNode> byViewer =
        viewer()
            .postForEntity("/api/v1/outbox/held/discard?reference=" + ref, null, JsonNode.class);
    assertThat(byViewer.getStatusCode().value()).as("a viewer may not discard").isEqualTo(403);

    ResponseEntity<JsonNode> discard =
        operator()
            .postForEntity("/api/v1/outbox/held/discard?reference=" + ref, null, JsonNode.class);
    assertThat(discard.getStatusCode().value()).isEqualTo(200);
    assertThat(discard.getBody().get("discarded").asLong()).isEqualTo(list.get("count").asLong());
    assertThat(
            jdbc.queryForList(
                "SELECT DISTINCT status FROM outbox WHERE reference = :ref",
                Map.of("ref", ref),
                String.class))
        .containsExactly("DISCARDED");
    assertThat(sandbox.writtenBack(SandboxSystem.LCS_API)).isEmpty();
  }

  private long count(String sql, List<String> refs) {
    Long n = jdbc.queryForObject(sql, Map.of("refs", refs), Long.class);
    return n == null ? 0 : n;
  }

  /** The sandbox's operator user (application-sandbox.yaml), who may send and discard. */
  private TestRestTemplate operator() {
    return http.withBasicAuth("operator", "sandbox-operator");
  }

  /** The sandbox's viewer user, who may list. */
  private TestRestTemplate viewer() {
    return http.withBasicAuth("viewer", "sandbox-viewer");
  }
}

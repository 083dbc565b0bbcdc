package uk.irodispute.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.irodispute.sandbox.NoteRequest;
import uk.irodispute.sandbox.SandboxSystem;

/**
 * The adapter restarted with its dry run switched off, on the database the dry run left: the
 * deliveries it held are not sent by themselves, and go once operations send them. In a context of
 * its own (its own ports and reporting database), so no other test's dispute about the same child
 * shares its outbox.
 */
class AfterDryRunEndToEndTest extends SandboxRun {

  private static final int OWN_HTTP_PORT = freePort();
  private static final int OWN_SMTP_PORT = freePort();

  @DynamicPropertySource
  static void ownPorts(DynamicPropertyRegistry registry) {
    ownContext(registry, "after-dry-run-test", OWN_HTTP_PORT, OWN_SMTP_PORT);
  }

  private static final SandboxSystem FWI = SandboxSystem.FWI_API;
  private static final String CHILD = "P300104";

  @Autowired NamedParameterJdbcTemplate jdbc;
  @Autowired TestRestTemplate http;

  @Test
  void deliveriesHeldByAnEarlierDryRunGoOnlyWhenOperationsSendThem() {
    clock.set(Instant.parse("2026-11-05T10:00:00Z"));
    sandbox.record(NoteRequest.in(FWI, CHILD).action("raise").build());
    poll(FWI);
    String ref = openDisputeOf(FWI, CHILD).reference().value();
    int held =
        jdbc.update(
            "UPDATE outbox SET status = 'HELD', attempts = 1 WHERE reference = :ref",
            Map.of("ref", ref));
    assertThat(held).as("the rows as the dry run left them").isPositive();

    deliver();
    assertThat(writtenBackAbout(FWI, CHILD))
        .as("held deliveries are not sent by themselves")
        .isEmpty();
    assertThat(mailsAbout(ref)).isEmpty();

    JsonNode list = viewer().getForObject("/api/v1/outbox/held?reference=" + ref, JsonNode.class);
    assertThat(list.get("dryRun").asBoolean()).isFalse();
    assertThat(list.get("count").asInt()).isEqualTo(held);
    ResponseEntity<JsonNode> send =
        operator().postForEntity("/api/v1/outbox/held/send?reference=" + ref, null, JsonNode.class);
    assertThat(send.getStatusCode().value()).isEqualTo(200);
    assertThat(send.getBody().get("sent").asInt()).isEqualTo(held);
    deliver();

    assertThat(writtenBackAbout(FWI, CHILD)).hasSize(1);
    assertThat(mailsAbout(ref)).isNotEmpty();
    assertThat(
            jdbc.queryForList(
                "SELECT DISTINCT status FROM outbox WHERE reference = :ref",
                Map.of("ref", ref),
                String.class))
        .containsExactly("DELIVERED");
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

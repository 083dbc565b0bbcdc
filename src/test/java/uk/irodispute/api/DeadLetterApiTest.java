package uk.irodispute.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.irodispute.store.DeadLetterReason;
import uk.irodispute.store.DeadLetters;
import uk.irodispute.store.Outbox;
import uk.irodispute.store.OutboxItem;
import uk.irodispute.testing.ConsoleTestUsers;
import uk.irodispute.testing.MutableClock;

/**
 * The dead-letter API over the application's own beans: list with filters, replay, replay many,
 * discard; signed in over HTTP Basic as the test's console users, a viewer to read and an operator
 * to act, recorded under the operator's name; refusals answered as {@code {"status", "parameter",
 * "error"}}. Each test uses a system id of its own, since the context is shared.
 */
@ActiveProfiles("sandbox")
@SpringBootTest(properties = "iro.outbox.max-attempts=1")
@AutoConfigureMockMvc
class DeadLetterApiTest {

  static final Instant NOW = Instant.parse("2026-11-04T10:00:00Z");
  static final Instant NOTE_MODIFIED = Instant.parse("2026-11-04T09:15:00Z");
  private static final AtomicInteger KEYS = new AtomicInteger();

  @TestConfiguration
  static class PinnedClock {
    @Bean
    @Primary
    MutableClock deadLetterTestClock() {
      return new MutableClock(NOW);
    }
  }

  @DynamicPropertySource
  static void users(DynamicPropertyRegistry registry) {
    ConsoleTestUsers.register(registry);
  }

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired DeadLetters deadLetters;
  @Autowired Outbox outbox;
  @Autowired JdbcTemplate jdbc;

  @Test
  void listsLettersByFilterWithTheirReasonAndTimes() throws Exception {
    deadDelivery("api-list", "DRP-2026-000901");
    deadDelivery("api-list", "DRP-2026-000902");
    deadLetters.recordNote(
        "api-list", "N-1", "3", NOTE_MODIFIED, DeadLetterReason.UNREADABLE_NOTE, "no personId");

    JsonNode all = read(get("/api/v1/dead-letters").param("system", "api-list"), 200);
    assertThat(all).hasSize(3);
    JsonNode note =
        read(
                get("/api/v1/dead-letters")
                    .param("system", "api-list")
                    .param("reasonCode", "UNREADABLE_NOTE")
                    .param("status", "open"),
                200)
            .get(0);
    assertThat(note.get("kind").asText()).isEqualTo("NOTE");
    assertThat(note.get("noteId").asText()).isEqualTo("N-1");
    assertThat(note.get("noteModifiedAt").asText()).isEqualTo("2026-11-04T09:15:00+00:00");
    assertThat(note.get("reason").asText()).isEqualTo("no personId");
    assertThat(note.get("recordedAt").asText()).isEqualTo("2026-11-04T10:00:00+00:00");
    JsonNode one = read(get("/api/v1/dead-letters").param("reference", "DRP-2026-000902"), 200);
    assertThat(one).hasSize(1);
    assertThat(one.get(0).get("reasonCode").asText()).isEqualTo("DELIVERY_FAILED");
    assertThat(one.get(0).get("reason").asText()).startsWith("failed after 1 attempts");
  }

  @Test
  void aFilterWithAnUnknownValueIsRefusedNamingIt() throws Exception {
    assertThat(
            read(get("/api/v1/dead-letters").param("status", "lost"), 400)
                .get("parameter")
                .asText())
        .isEqualTo("status");
    assertThat(
            read(get("/api/v1/dead-letters").param("reasonCode", "NOPE"), 400)
                .get("error")
                .asText())
        .contains("DELIVERY_FAILED");
  }

  @Test
  void withoutSigningInNothingIsReadOrDoneAndAViewerMayReadButNotAct() throws Exception {
    long id = deadDelivery("api-sign-in", "DRP-2026-000903");

    MvcResult anonymous = mvc.perform(get("/api/v1/dead-letters")).andReturn();
    assertThat(anonymous.getResponse().getStatus()).isEqualTo(401);
    assertThat(anonymous.getResponse().getHeader("WWW-Authenticate")).startsWith("Basic");
    JsonNode unsigned = json.readTree(anonymous.getResponse().getContentAsString());
    assertThat(unsigned.get("parameter").asText()).isEqualTo("Authorization");
    assertThat(
            mvc.perform(
                    get("/api/v1/dead-letters")
                        .with(httpBasic(ConsoleTestUsers.VIEWER, "not-the-password")))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(401);
    assertThat(
            mvc.perform(post("/api/v1/dead-letters/" + id + "/replay").header("X-Operator", "x"))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(401);

    JsonNode refused = call(asViewer(post("/api/v1/dead-letters/" + id + "/replay")), 403);
    assertThat(refused.get("error").asText()).contains("OPERATOR");
    assertThat(call(asViewer(post("/api/v1/dead-letters/replay")), 403).get("status").asInt())
        .isEqualTo(403);
    assertThat(
            call(
                    asViewer(
                        post("/api/v1/dead-letters/" + id + "/discard")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"reason\": \"no\"}")),
                    403)
                .get("status")
                .asInt())
        .isEqualTo(403);
    assertThat(letter(id).at("/letter/status").asText()).isEqualTo("OPEN");
    assertThat(letter(id).at("/actions")).isEmpty();
  }

  @Test
  void replayingADeliveryQueuesItAgainAndRecordsTheOperator() throws Exception {
    long id = deadDelivery("api-replay", "DRP-2026-000904");

    JsonNode replayed =
        call(
            asOperator(
                post("/api/v1/dead-letters/" + id + "/replay")
                    .header("X-Operator", "someone.else")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"reason\": \"the API is back\"}")),
            200);

    assertThat(replayed.at("/letter/status").asText()).isEqualTo("REPLAYED");
    assertThat(replayed.at("/actions/0/action").asText()).isEqualTo("REPLAY");
    assertThat(replayed.at("/actions/0/actor").asText())
        .as("the signed-in user, whatever X-Operator says")
        .isEqualTo(ConsoleTestUsers.OPERATOR);
    assertThat(replayed.at("/actions/0/reason").asText()).isEqualTo("the API is back");
    assertThat(replayed.at("/actions/0/actedAt").asText()).isEqualTo("2026-11-04T10:00:00+00:00");
    assertThat(outbox.claimDue(100))
        .extracting(OutboxItem::systemId)
        .as("its item is due again")
        .contains("api-replay");
    JsonNode again = call(asOperator(post("/api/v1/dead-letters/" + id + "/replay")), 409);
    assertThat(again.get("error").asText()).contains("REPLAYED already");
  }

  @Test
  void aNoteWhoseTimeIsNotKnownIsRefusedWithTheReason() throws Exception {
    deadLetters.recordNote(
        "api-note", "position 2", null, DeadLetterReason.UNREADABLE_NOTE, "no id");
    long id =
        read(get("/api/v1/dead-letters").param("system", "api-note"), 200)
            .get(0)
            .get("id")
            .asLong();

    JsonNode refused = call(asOperator(post("/api/v1/dead-letters/" + id + "/replay")), 409);

    assertThat(refused.get("error").asText()).contains("modification time could not be read");
  }

  @Test
  void replayingEveryMatchingLetterAnswersWhatWasReplayedAndWhatWasNot() throws Exception {
    long delivery = deadDelivery("api-many", "DRP-2026-000905");
    deadLetters.recordNote(
        "api-many", "position 2", null, DeadLetterReason.UNREADABLE_NOTE, "no id");

    JsonNode report =
        call(asOperator(post("/api/v1/dead-letters/replay").param("system", "api-many")), 200);

    assertThat(report.get("replayed")).hasSize(1);
    assertThat(report.at("/replayed/0").asLong()).isEqualTo(delivery);
    assertThat(report.at("/refused/0/reason").asText())
        .contains("modification time could not be read");
  }

  @Test
  void discardingNeedsAReasonAndKeepsTheLetter() throws Exception {
    long id = deadDelivery("api-discard", "DRP-2026-000906");

    JsonNode noReason = call(asOperator(post("/api/v1/dead-letters/" + id + "/discard")), 400);
    assertThat(noReason.get("parameter").asText()).isEqualTo("reason");

    JsonNode discarded =
        call(
            asOperator(
                post("/api/v1/dead-letters/" + id + "/discard")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"reason\": \"written into the case by hand\"}")),
            200);
    assertThat(discarded.at("/letter/status").asText()).isEqualTo("DISCARDED");
    assertThat(discarded.at("/actions/0/reason").asText())
        .isEqualTo("written into the case by hand");
    assertThat(discarded.at("/actions/0/actor").asText()).isEqualTo(ConsoleTestUsers.OPERATOR);
    assertThat(letter(id).at("/letter/status").asText()).isEqualTo("DISCARDED");
  }

  @Test
  void anUnknownLetterIsNotFound() throws Exception {
    assertThat(read(get("/api/v1/dead-letters/999999"), 404).get("parameter").asText())
        .isEqualTo("id");
  }

  /** A delivery for the system that failed its only attempt; answers its dead letter's id. */
  private long deadDelivery(String system, String reference) {
    String key = reference + "/" + KEYS.incrementAndGet() + "/mail";
    jdbc.update(
        "INSERT INTO outbox (idempotency_key, reference, system_id, kind, channel, payload, status,"
            + " attempts, next_attempt_at, created_at) VALUES (?, ?, ?, 'MAIL', 'MAIL', ?,"
            + " 'PENDING', 0, ?, ?)",
        key,
        reference,
        system,
        "{\"idempotencyKey\":\""
            + key
            + "\",\"reference\":\""
            + reference
            + "\",\"systemId\":\""
            + system
            + "\",\"to\":[],\"cc\":[],\"subject\":\"s\",\"plainText\":\"t\",\"html\":null}",
        NOW.atOffset(ZoneOffset.UTC),
        NOW.atOffset(ZoneOffset.UTC));
    OutboxItem item =
        outbox.claimDue(100).stream()
            .filter(i -> i.idempotencyKey().equals(key))
            .findFirst()
            .orElseThrow();
    outbox.failed(item.id(), "HTTP 500");
    return jdbc.queryForObject(
        "SELECT id FROM dead_letters WHERE outbox_id = ?", Long.class, item.id());
  }

  private JsonNode letter(long id) throws Exception {
    return read(get("/api/v1/dead-letters/" + id), 200);
  }

  private static MockHttpServletRequestBuilder asOperator(MockHttpServletRequestBuilder request) {
    return request.with(httpBasic(ConsoleTestUsers.OPERATOR, ConsoleTestUsers.OPERATOR_PASSWORD));
  }

  private static MockHttpServletRequestBuilder asViewer(MockHttpServletRequestBuilder request) {
    return request.with(httpBasic(ConsoleTestUsers.VIEWER, ConsoleTestUsers.VIEWER_PASSWORD));
  }

  /** Performs the request signed in as the viewer. */
  private JsonNode read(MockHttpServletRequestBuilder request, int status) throws Exception {
    return call(asViewer(request), status);
  }

  private JsonNode call(MockHttpServletRequestBuilder request, int status) throws Exception {
    MvcResult result = mvc.perform(request).andReturn();
    assertThat(result.getResponse().getStatus())
        .as(result.getResponse().getContentAsString())
        .isEqualTo(status);
    return json.readTree(result.getResponse().getContentAsString());
  }
}

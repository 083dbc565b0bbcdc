package uk.irodispute.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Each fault switch, over real HTTP on loopback, as the adapter's client meets it: errors then
 * recovery, slow answers, time-outs, malformed bodies, repeated notes, rate limits, faults on
 * write-backs and on the token, and the switch itself at {@code /sandbox/faults}.
 */
@AutoConfigureMockMvc
@ActiveProfiles("sandbox")
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {SandboxTests.DATABASE, SandboxTests.DROP_FOLDER})
class SandboxFaultSwitchTest {

  /** The sandbox's viewer, signed in by HTTP Basic: the fault switches need a console user. */
  static final String SANDBOX_USER =
      "Basic "
          + Base64.getEncoder()
              .encodeToString("viewer:sandbox-viewer".getBytes(StandardCharsets.UTF_8));

  static final String FWI_AUTH =
      "Basic "
          + Base64.getEncoder()
              .encodeToString(
                  "iro-adapter:sandbox-only-fwi-password".getBytes(StandardCharsets.UTF_8));

  /**
   * How long a timed-out answer is held: far beyond any client's time-out here, so no test races
   * it. The application's stop lets held answers go.
   */
  static final Duration HELD = Duration.ofMinutes(2);

  /**
   * The sandbox stores a timed-out write-back when it lets the answer go, so this hold must end
   * within the test; it is still fifteen times the client's time-out.
   */
  static final Duration WRITE_BACK_HELD = Duration.ofSeconds(3);

  @LocalServerPort int port;
  @Autowired SandboxCaseSystems sandbox;
  @Autowired ObjectMapper json;
  final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void clearFaults() {
    sandbox.clearFaults();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> tokenRequest() throws Exception {
    return send(
        HttpRequest.newBuilder(uri("/sandbox/lcs-api/oauth/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "grant_type=client_credentials&client_id=iro-dispute-adapter"
                        + "&client_secret=sandbox-only-lcs-client-secret"))
            .build());
  }

  String token() throws Exception {
    HttpResponse<String> response = tokenRequest();
    assertThat(response.statusCode()).isEqualTo(200);
    return json.readTree(response.body()).get("access_token").asText();
  }

  HttpRequest poll(String token, String query) {
    return HttpRequest.newBuilder(uri("/sandbox/lcs-api/v1/casenotes?type=IRO_DRP" + query))
        .header("Authorization", "Bearer " + token)
        .build();
  }

  HttpRequest writeBack(String token, String key) {
    return HttpRequest.newBuilder(uri("/sandbox/lcs-api/v1/casenotes"))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .POST(
            HttpRequest.BodyPublishers.ofString(
                "{\"type\":\"IRO_DRP_ACTION\",\"subject\":{\"personId\":\"2003\"},"
                    + "\"body\":\"Action noted.\",\"externalReference\":\""
                    + key
                    + "\"}"))
        .build();
  }

  HttpRequest fwiPoll() {
    return HttpRequest.newBuilder(uri("/sandbox/fwi/api/observations?formType=IRO_MONITORING"))
        .header("Authorization", FWI_AUTH)
        .build();
  }

  HttpResponse<String> switchFault(String system, String form) throws Exception {
    return send(
        HttpRequest.newBuilder(uri("/sandbox/faults/" + system))
            .header("Authorization", SANDBOX_USER)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build());
  }

  @Test
  void serverErrorsAnswer500ThenTheApiRecovers() throws Exception {
    String token = token();
    sandbox.faults(SandboxSystem.LCS_API).arm(Fault.serverErrors(2));

    assertThat(send(poll(token, "")).statusCode()).isEqualTo(500);
    HttpResponse<String> second = send(poll(token, ""));
    assertThat(second.statusCode()).isEqualTo(500);
    assertThat(json.readTree(second.body()).get("error").asText()).isEqualTo("server_error");
    assertThat(send(poll(token, "")).statusCode()).isEqualTo(200);

    sandbox.faults(SandboxSystem.FWI_API).arm(Fault.serverErrors(1));
    HttpResponse<String> xml = send(fwiPoll());
    assertThat(xml.statusCode()).isEqualTo(500);
    assertThat(xml.body()).startsWith("<error status=\"500\"");
    assertThat(send(fwiPoll()).statusCode()).isEqualTo(200);
  }

  @Test
  void aSlowAnswerComesAfterItsDelay() throws Exception {
    String token = token();
    sandbox.faults(SandboxSystem.LCS_API).arm(Fault.slow(1, Duration.ofMillis(600)));

    long started = System.nanoTime();
    HttpResponse<String> slow = send(poll(token, ""));
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(slow.statusCode()).isEqualTo(200);
    assertThat(json.readTree(slow.body()).has("items")).isTrue();
    assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(600));
  }

  @Test
  void aTimedOutAnswerIsHeldWhileOtherRequestsAreAnswered() throws Exception {
    String token = token();
    sandbox
        .faults(SandboxSystem.FWI_API)
        .arm(new Fault(FaultKind.TIME_OUT, FaultTarget.POLLS, 1, HELD));

    CompletableFuture<HttpResponse<String>> held =
        http.sendAsync(fwiPoll(), HttpResponse.BodyHandlers.ofString());
    await()
        .atMost(Duration.ofSeconds(10))
        .alias("the poll took the time-out")
        .until(() -> sandbox.faults(SandboxSystem.FWI_API).armed().isEmpty());

    assertThat(send(fwiPoll()).statusCode()).isEqualTo(200);
    assertThat(send(poll(token, "")).statusCode()).isEqualTo(200);
    assertThat(held).as("still held after the later polls were answered").isNotDone();
    held.cancel(true);
  }

  @Test
  void aClientTimesOutOnATimedOutAnswer() throws Exception {
    sandbox
        .faults(SandboxSystem.FWI_API)
        .arm(new Fault(FaultKind.TIME_OUT, FaultTarget.POLLS, 1, HELD));
    HttpRequest impatient =
        HttpRequest.newBuilder(fwiPoll(), (n, v) -> true).timeout(Duration.ofMillis(300)).build();

    assertThatThrownBy(() -> send(impatient)).isInstanceOf(HttpTimeoutException.class);
    assertThat(send(fwiPoll()).statusCode()).isEqualTo(200);
  }

  @Test
  void aTimedOutWriteBackIsStoredSoTheRetryIsADuplicate() throws Exception {
    String token = token();
    sandbox
        .faults(SandboxSystem.LCS_API)
        .arm(new Fault(FaultKind.TIME_OUT, FaultTarget.WRITE_BACKS, 1, WRITE_BACK_HELD));
    HttpRequest impatient =
        HttpRequest.newBuilder(writeBack(token, "DRP-2026-000401/1/1"), (n, v) -> true)
            .timeout(Duration.ofMillis(200))
            .build();

    assertThatThrownBy(() -> send(impatient)).isInstanceOf(HttpTimeoutException.class);
    await()
        .atMost(WRITE_BACK_HELD.plusSeconds(30))
        .until(
            () ->
                sandbox.writtenBack(SandboxSystem.LCS_API).stream()
                    .anyMatch(w -> w.key().equals("DRP-2026-000401/1/1")));
    HttpResponse<String> retry = send(writeBack(token, "DRP-2026-000401/1/1"));
    assertThat(retry.statusCode()).isEqualTo(200);
    assertThat(json.readTree(retry.body()).get("status").asText()).isEqualTo("duplicate");
  }

  @Test
  void aMalformedBodyCannotBeParsed() throws Exception {
    String token = token();
    sandbox.faults(SandboxSystem.LCS_API).arm(Fault.malformedBodies(1));
    sandbox.faults(SandboxSystem.FWI_API).arm(Fault.malformedBodies(1));

    HttpResponse<String> page = send(poll(token, ""));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThatThrownBy(() -> json.readTree(page.body()))
        .isInstanceOf(JsonProcessingException.class);

    HttpResponse<String> xml = send(fwiPoll());
    assertThat(xml.statusCode()).isEqualTo(200);
    var parser = DocumentBuilderFactory.newInstance().newDocumentBuilder();
    parser.setErrorHandler(new DefaultHandler());
    assertThatThrownBy(() -> parser.parse(new InputSource(new StringReader(xml.body()))))
        .isInstanceOf(SAXException.class);

    assertThat(json.readTree(send(poll(token, "")).body()).has("items")).isTrue();
  }

  @Test
  void pagesOfTheWrongShapeAnswer200WithWhatTheirFaultSays() throws Exception {
    String token = token();
    var api = sandbox.faults(SandboxSystem.LCS_API);
    var fwi = sandbox.faults(SandboxSystem.FWI_API);

    api.arm(Fault.wrongAnswers(FaultKind.HTML_PAGE, 1));
    HttpResponse<String> html = send(poll(token, ""));
    assertThat(html.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(html.body()).contains("<form");

    fwi.arm(Fault.wrongAnswers(FaultKind.WRONG_FORMAT, 1));
    HttpResponse<String> jsonForXml = send(fwiPoll());
    assertThat(jsonForXml.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(json.readTree(jsonForXml.body()).has("items")).isTrue();

    api.arm(Fault.wrongAnswers(FaultKind.WRONG_FORMAT, 1));
    assertThat(send(poll(token, "")).body()).startsWith("<items>");

    api.arm(Fault.wrongAnswers(FaultKind.EMPTY_BODY, 1));
    HttpResponse<String> empty = send(poll(token, ""));
    assertThat(empty.statusCode()).isEqualTo(200);
    assertThat(empty.body()).isEmpty();

    api.arm(Fault.wrongAnswers(FaultKind.WRONG_CONTENT_TYPE, 1));
    HttpResponse<String> plain = send(poll(token, ""));
    assertThat(plain.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
    assertThat(json.readTree(plain.body()).has("items")).isTrue();

    api.arm(Fault.wrongAnswers(FaultKind.HUGE_BODY, 1));
    HttpResponse<String> huge = send(poll(token, ""));
    assertThat(huge.body().length()).isGreaterThanOrEqualTo(FaultAnswers.HUGE_BODY_BYTES);
    assertThat(json.readTree(huge.body()).has("items")).as("still a page").isTrue();

    assertThat(send(poll(token, "")).headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
  }

  @Test
  void theSwitchArmsTheWrongShapesByName() throws Exception {
    for (String kind :
        List.of("html-page", "wrong-format", "empty-body", "huge-body", "wrong-content-type")) {
      assertThat(switchFault("lcs-api", "kind=" + kind + "&times=1").statusCode())
          .as(kind)
          .isLessThan(300);
    }
    assertThat(sandbox.faults(SandboxSystem.LCS_API).armed()).hasSize(5);
  }

  @Test
  void aDuplicateNoteRepeatsTheFirstNoteOfAPageThatHasOne() throws Exception {
    String token = token();
    String since = sandbox.now().truncatedTo(ChronoUnit.MILLIS).toString();
    RecordedNote note =
        sandbox.record(NoteRequest.in(SandboxSystem.LCS_API, "2001").action("raise").build());
    sandbox.faults(SandboxSystem.LCS_API).arm(Fault.duplicateNotes(1));

    JsonNode empty = json.readTree(send(poll(token, "&modifiedSince=2999-01-01T00:00:00Z")).body());
    assertThat(empty.get("items")).isEmpty();
    assertThat(sandbox.faults(SandboxSystem.LCS_API).armed()).hasSize(1);

    JsonNode page = json.readTree(send(poll(token, "&modifiedSince=" + since)).body());
    List<String> ids = new ArrayList<>();
    page.get("items").forEach(i -> ids.add(i.get("id").asText()));
    assertThat(ids).containsExactly(note.noteId(), note.noteId());
    assertThat(sandbox.faults(SandboxSystem.LCS_API).armed()).isEmpty();
  }

  @Test
  void aRateLimitAnswers429WithRetryAfter() throws Exception {
    String token = token();
    sandbox.faults(SandboxSystem.LCS_API).arm(Fault.rateLimited(1, Duration.ofMillis(2500)));

    HttpResponse<String> limited = send(poll(token, ""));
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).contains("3");
    assertThat(send(poll(token, "")).statusCode()).isEqualTo(200);
  }

  @Test
  void aFaultOnWriteBacksLeavesPollsAloneAndStoresNothing() throws Exception {
    String token = token();
    sandbox.faults(SandboxSystem.LCS_API).arm(Fault.serverErrors(1).on(FaultTarget.WRITE_BACKS));

    assertThat(send(poll(token, "")).statusCode()).isEqualTo(200);
    assertThat(send(writeBack(token, "DRP-2026-000402/1/1")).statusCode()).isEqualTo(500);
    assertThat(sandbox.writtenBack(SandboxSystem.LCS_API))
        .noneMatch(w -> w.key().equals("DRP-2026-000402/1/1"));
    assertThat(send(writeBack(token, "DRP-2026-000402/1/1")).statusCode()).isEqualTo(201);
  }

  @Test
  void aFaultOnAllRequestsFallsOnTheTokenToo() throws Exception {
    sandbox.faults(SandboxSystem.LCS_API).arm(Fault.serverErrors(1).on(FaultTarget.ALL));

    assertThat(tokenRequest().statusCode()).isEqualTo(500);
    assertThat(tokenRequest().statusCode()).isEqualTo(200);
  }

  @Test
  void theHttpSwitchArmsListsAndClearsFaults() throws Exception {
    HttpResponse<String> armed = switchFault("fwi-api", "kind=server-error&times=1");
    assertThat(armed.statusCode()).isEqualTo(200);
    JsonNode listed = json.readTree(armed.body());
    assertThat(listed.at("/fwi-api/0/kind").asText()).isEqualTo("server-error");
    assertThat(listed.at("/fwi-api/0/target").asText()).isEqualTo("polls");
    assertThat(send(fwiPoll()).statusCode()).isEqualTo(500);
    assertThat(
            json.readTree(
                    send(HttpRequest.newBuilder(uri("/sandbox/faults"))
                            .header("Authorization", SANDBOX_USER)
                            .build())
                        .body())
                .get("fwi-api"))
        .isEmpty();

    switchFault("fwi-api", "kind=rate-limited&times=until-cleared&delay=1s");
    assertThat(send(fwiPoll()).statusCode()).isEqualTo(429);
    assertThat(send(fwiPoll()).statusCode()).isEqualTo(429);
    send(
        HttpRequest.newBuilder(uri("/sandbox/faults/fwi-api"))
            .header("Authorization", SANDBOX_USER)
            .DELETE()
            .build());
    assertThat(send(fwiPoll()).statusCode()).isEqualTo(200);

    assertThat(switchFault("lcs-api", "kind=offline").statusCode()).isEqualTo(400);
    assertThat(switchFault("lcs-api", "kind=gremlins").statusCode()).isEqualTo(400);
    assertThat(switchFault("nowhere", "kind=slow").statusCode()).isEqualTo(400);
  }

  @Test
  void theHttpSwitchTakesTheReportingDatabaseOffline() throws Exception {
    assertThat(switchFault("lcs-reporting", "kind=offline").statusCode()).isEqualTo(200);
    assertThatThrownBy(
            () ->
                sandbox
                    .reportingDatabase()
                    .jdbc()
                    .queryForList("SELECT COUNT(*) FROM FACT_CASENOTES", Map.of()))
        .hasMessageContaining("FACT_CASENOTES");

    send(
        HttpRequest.newBuilder(uri("/sandbox/faults"))
            .header("Authorization", SANDBOX_USER)
            .DELETE()
            .build());
    assertThat(
            sandbox
                .reportingDatabase()
                .jdbc()
                .queryForList("SELECT COUNT(*) FROM FACT_CASENOTES", Map.of()))
        .hasSize(1);
  }

  @Test
  void revokedTokensAreRefusedUntilANewOneIsTaken() throws Exception {
    String token = token();
    send(
        HttpRequest.newBuilder(uri("/sandbox/faults/lcs-api/revoke-tokens"))
            .header("Authorization", SANDBOX_USER)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build());

    assertThat(send(poll(token, "")).statusCode()).isEqualTo(401);
    assertThat(send(poll(token(), "")).statusCode()).isEqualTo(200);
  }
}

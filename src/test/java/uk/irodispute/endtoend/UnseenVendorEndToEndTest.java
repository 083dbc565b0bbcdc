package uk.irodispute.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.mappings.CopiedMappings;
import uk.irodispute.sandbox.ReceivedMail;
import uk.irodispute.testing.FreePorts;
import uk.irodispute.testing.JsonSchemas;

/**
 * A fourth case system, of a shape no shipped file has, connected by one system file alone. Its
 * JSON API is written here: snake_case, OAuth2 client credentials, notes paged by page number, form
 * answers as question and answer pairs, a note's state DRAFT or COMPLETE, the child's workers only
 * at {@code /people/{id}/allocations}, and a date alone as the event date with a date and time to
 * fall back on. Every person is invented.
 */
class UnseenVendorEndToEndTest extends SandboxRun {

  private static final String SYSTEM = "casebook-api";
  private static final String CLIENT_ID = "iro-adapter";
  private static final String CLIENT_SECRET = "test-only-casebook-secret";
  private static final String TOKEN = "casebook-test-token";

  private static final CasebookApi API = new CasebookApi();
  private static final Path MAPPINGS = mappingsWithCasebook();
  private static final int HTTP_PORT = freePort();
  private static final int SMTP_PORT = freePort();

  private static final String RAISE = "Raise a dispute";
  private static final String COMMENT = "Add a comment";

  @DynamicPropertySource
  static void casebook(DynamicPropertyRegistry registry) {
    registry.add("iro.mappings.directory", MAPPINGS::toString);
    registry.add("CASEBOOK_CLIENT_SECRET", () -> CLIENT_SECRET);
    ownContext(registry, "unseen-vendor", HTTP_PORT, SMTP_PORT);
  }

  @AfterAll
  static void stopApi() {
    API.stop();
  }

  @Test
  void aFourthVendorIsConnectedByItsSystemFileAlone() {
    clock.set(Instant.parse("2026-11-04T10:00:00Z"));
    API.note(
        new VendorNote("cb-101", "P-41", RAISE)
            .effectiveDate("2026-11-03")
            .createdOn("2026-11-04T09:40:00Z"));
    API.note(
        new VendorNote("cb-102", "P-52", RAISE).state("DRAFT").createdOn("2026-11-04T09:45:00Z"));
    API.note(new VendorNote("cb-103", "P-41", COMMENT).createdOn("2026-11-04T09:50:00Z"));

    Map<String, Long> firstRun = pollRun();

    assertThat(API.pagesAsked()).as("three notes, two a page").containsExactly(1, 2);
    assertThat(firstRun)
        .as("the child with two notes in the run is looked up once; the draft's child once")
        .containsExactlyInAnyOrderEntriesOf(Map.of("P-41", 1L, "P-52", 1L));
    Dispute raised = openDispute("P-41");
    String ref = raised.reference().value();
    assertThat(raised.raisedAt())
        .as("the date alone, at the file's dateOnlyAt in London")
        .isEqualTo(Instant.parse("2026-11-03T09:00:00Z"));
    assertThat(raised.trackId()).as("from the looked-up legal status").isEqualTo("LAC");

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(mailsTo("tamsin.orchard@council.example", ref))
                    .as("the social worker the lookup allocated")
                    .hasSize(1));
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(API.writtenBackFor("cb-101")).hasSize(1));
    WrittenBack query = API.writtenBackFor("cb-101").get(0);
    assertThat(fieldNames(query.body()))
        .as("the fields the file's template names, and no others")
        .containsExactlyInAnyOrder(
            "note_type",
            "person_id",
            "dispute_reference",
            "stage",
            "in_reply_to",
            "recorded_at",
            "narrative",
            "external_ref");
    assertThat(query.body().get("note_type").asText()).isEqualTo("IRO_DISPUTE_QUERY");
    assertThat(query.body().get("person_id").asText()).isEqualTo("P-41");
    assertThat(query.body().get("dispute_reference").asText()).isEqualTo(ref);
    assertThat(query.body().get("stage").asText()).startsWith("Stage 1:");
    assertThat(OffsetDateTime.parse(query.body().get("recorded_at").asText()).toInstant())
        .isEqualTo(Instant.parse("2026-11-03T09:00:00Z"));
    assertThat(query.body().get("external_ref").asText())
        .startsWith(ref + "/")
        .isEqualTo(query.idempotencyKey());

    assertThat(disputesOf("P-52")).as("a draft raises nothing").isEmpty();
    assertThat(API.writtenBackAbout("P-52")).as("a draft writes nothing back").isEmpty();
    assertThat(mailsTo("jules.harrow@council.example", ""))
        .as("a draft mails no one: not its social worker")
        .isEmpty();

    clock.set(Instant.parse("2026-11-05T10:00:00Z"));
    API.note(
        new VendorNote("cb-102", "P-52", RAISE)
            .revision(2)
            .createdOn("2026-11-04T09:45:00Z")
            .updatedAt("2026-11-05T09:30:00Z"));
    Map<String, Long> secondRun = pollRun();
    clock.set(Instant.parse("2026-11-05T10:30:00Z"));
    Map<String, Long> thirdRun = pollRun();
    assertThat(API.servedThisRun())
        .as("the overlap of the watermark reads the completed version again")
        .contains("cb-102");

    Dispute completed = openDispute("P-52");
    assertThat(disputesOf("P-52")).as("the completed version acts once").hasSize(1);
    assertThat(completed.raisedAt())
        .as("no event date: the file's created_on fallback")
        .isEqualTo(Instant.parse("2026-11-04T09:45:00Z"));
    String completedRef = completed.reference().value();
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> assertThat(mailsTo("jules.harrow@council.example", completedRef)).hasSize(1));
    assertThat(API.writtenBackFor("cb-102")).hasSize(1);
    assertThat(API.writtenBackFor("cb-101")).as("the first raise is not acted on again").hasSize(1);
    assertThat(secondRun).containsEntry("P-52", 1L);
    assertThat(List.of(firstRun, secondRun, thirdRun))
        .as("no child is looked up twice in a run")
        .allSatisfy(run -> assertThat(run.values()).allMatch(calls -> calls == 1L));
    assertThat(API.refused()).as("every request signed in with the token").isZero();
    assertThat(API.tokensIssued()).isPositive();
    assertThat(API.statusWithoutToken("/people/P-41/allocations"))
        .as("the API the adapter reached refuses a request without the token")
        .isEqualTo(401);
  }

  @Test
  void theFileIsValidAgainstTheSchemaTheCouncilsEditorChecks() {
    assertThat(JsonSchemas.problems("system", MAPPINGS.resolve("systems/casebook-api.yaml")))
        .isEmpty();
  }

  /** One poll run and the delivery it caused; the lookups it made, by person. */
  private Map<String, Long> pollRun() {
    API.startRun();
    camel.sendBody("direct:poll-" + SYSTEM, null);
    deliver();
    return API.lookupsThisRun().stream()
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  private Dispute openDispute(String personId) {
    List<Dispute> found = disputesOf(personId);
    assertThat(found).as("open disputes about " + personId).hasSize(1);
    return found.get(0);
  }

  private List<Dispute> disputesOf(String personId) {
    return disputes.open().stream()
        .filter(d -> d.subject().sourceSystem().equals(SYSTEM))
        .filter(d -> d.subject().personId().equals(personId))
        .toList();
  }

  private List<ReceivedMail> mailsTo(String address, String reference) {
    return mail.receivedMails().stream()
        .filter(m -> m.to().contains(address))
        .filter(m -> m.subject().contains(reference))
        .toList();
  }

  private static List<String> fieldNames(JsonNode body) {
    List<String> names = new ArrayList<>();
    body.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The shipped mappings, with the council's fourth system added as one file. */
  private static Path mappingsWithCasebook() {
    try {
      Path folder = Files.createTempDirectory("unseen-vendor");
      return CopiedMappings.of(folder)
          .write("systems/casebook-api.yaml", casebookFile(API.url()))
          .root();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String casebookFile(String url) {
    return """
        id: casebook-api
        name: Casebook (a fourth vendor's JSON API)
        protocol: day-range-lac-cp
        caseLink: "https://casebook.council.example/people/{{personId}}"

        source:
          kind: http-json
          baseUrl: "%1$s"
          path: /case_notes
          query:
            modified_since: "{{watermark}}"
            page: "{{page}}"
            page_size: "{{pageSize}}"
          pageSize: 2
          initialWatermark: "2026-11-01T00:00:00Z"
          paging: {kind: page, firstPage: 1, nextAt: /total_pages}
          notesAt: /case_notes
          lookups:
            - name: allocations
              path: "/people/{{personId}}/allocations"
              fields: {legalStatus: /legal_status}
              allocation: {items: /allocations, role: /role, id: /worker_id, name: /worker_name, email: /email, team: /team}

        auth:
          kind: oauth2-client-credentials
          tokenUrl: "%1$s/oauth/token"
          clientId: %2$s
          clientSecret: "${CASEBOOK_CLIENT_SECRET}"

        fields:
          noteId: /note_id
          version: /revision
          modifiedAt: /updated_at
          personId: /person_id
          noteType: /note_kind
          authorId: /author/worker_id
          authorName: /author/full_name
          authorEmail: /author/email_address
          authorTeam: /author/team_name
          recordedAt: [/effective_date, /created_on]
          text: /narrative
          form: {items: /form_answers, name: /question, value: /answer}
          roles: {SW: social-worker, TM: team-manager}
          formFields: {"What do you want to do?": action}
          noteFields: {state: /state}
          timeZone: Europe/London
          dateOnlyAt: "09:00"

        rules:
          noteTypes: [IRO_DISPUTE]
          commandField: action
          commandByAnswer: {"%3$s": raise, "%4$s": comment}
          draftField: state
          finalAnswers: [COMPLETE]
          trackFrom:
            field: legalStatus
            values: {"Looked after": LAC, "Child protection plan": CP}

        writeBack:
          kind: http
          path: /iro_notes
          body: |
            {
              "note_type": "IRO_DISPUTE_{{kindUpper}}",
              "person_id": "{{personId}}",
              "dispute_reference": "{{reference}}",
              "stage": "{{stageName}}",
              "in_reply_to": "{{noteId}}",
              "recorded_at": "{{noteRecordedAt}}",
              "narrative": "{{text}}",
              "external_ref": "{{idempotencyKey}}"
            }
        """
        .formatted(url, CLIENT_ID, RAISE, COMMENT);
  }

  /**
   * A dispute note as an IRO saves it in the vendor's system: complete, first version, and last
   * changed when created, unless said otherwise.
   */
  static final class VendorNote {
    private final String id;
    private final String personId;
    private final String action;
    private int revision = 1;
    private String state = "COMPLETE";
    private String effectiveDate;
    private String createdOn;
    private String updatedAt;

    VendorNote(String id, String personId, String action) {
      this.id = id;
      this.personId = personId;
      this.action = action;
    }

    VendorNote revision(int value) {
      revision = value;
      return this;
    }

    VendorNote state(String value) {
      state = value;
      return this;
    }

    VendorNote effectiveDate(String value) {
      effectiveDate = value;
      return this;
    }

    VendorNote createdOn(String value) {
      createdOn = value;
      return this;
    }

    VendorNote updatedAt(String value) {
      updatedAt = value;
      return this;
    }
  }

  /** A note the adapter wrote back: its JSON body and its Idempotency-Key header. */
  record WrittenBack(JsonNode body, String idempotencyKey) {}

  /**
   * The fourth vendor's API: a token endpoint, notes by page number, allocations per person and a
   * write-back inbox; every resource but the token answers 401 without the token it issued.
   */
  static final class CasebookApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Under {@code /sandbox/} on this machine: the sandbox profile refuses any other address. */
    private static final String BASE_PATH = "/sandbox/casebook/v2";

    private final HttpServer server;
    private final Map<String, ObjectNode> notes = new ConcurrentHashMap<>();
    private final List<Integer> pages = new CopyOnWriteArrayList<>();
    private final List<String> lookups = new CopyOnWriteArrayList<>();
    private final List<String> served = new CopyOnWriteArrayList<>();
    private final List<WrittenBack> writtenBack = new CopyOnWriteArrayList<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger tokens = new AtomicInteger();

    CasebookApi() {
      try {
        server =
            HttpServer.create(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), FreePorts.freePort()), 0);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      server.createContext(BASE_PATH + "/oauth/token", this::token);
      server.createContext(BASE_PATH + "/case_notes", signedIn(this::caseNotes));
      server.createContext(BASE_PATH + "/people/", signedIn(this::allocations));
      server.createContext(BASE_PATH + "/iro_notes", signedIn(this::iroNotes));
      server.start();
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort() + BASE_PATH;
    }

    void stop() {
      server.stop(0);
    }

    /** Saves a note, or a new version of one, as the vendor's system would. */
    void note(VendorNote written) {
      ObjectNode note = JSON.createObjectNode();
      note.put("note_id", written.id);
      note.put("revision", written.revision);
      note.put("updated_at", written.updatedAt != null ? written.updatedAt : written.createdOn);
      note.put("person_id", written.personId);
      note.put("note_kind", "IRO_DISPUTE");
      ObjectNode author = note.putObject("author");
      author.put("worker_id", "cb-w-iro-7");
      author.put("full_name", "Iona Marsh");
      author.put("email_address", "iona.marsh@council.example");
      author.put("team_name", "IRO Service");
      if (written.effectiveDate != null) {
        note.put("effective_date", written.effectiveDate);
      }
      note.put("created_on", written.createdOn);
      note.put("narrative", "An invented dispute note for a test.");
      note.put("state", written.state);
      ArrayNode answers = note.putArray("form_answers");
      answers.addObject().put("question", "What do you want to do?").put("answer", written.action);
      answers.addObject().put("question", "Anything else?").put("answer", "No");
      notes.put(written.id, note);
    }

    void startRun() {
      pages.clear();
      lookups.clear();
      served.clear();
    }

    List<Integer> pagesAsked() {
      return List.copyOf(pages);
    }

    List<String> servedThisRun() {
      return List.copyOf(served);
    }

    List<String> lookupsThisRun() {
      return List.copyOf(lookups);
    }

    List<WrittenBack> writtenBackFor(String noteId) {
      return writtenBack.stream()
          .filter(w -> noteId.equals(w.body().path("in_reply_to").asText()))
          .toList();
    }

    List<WrittenBack> writtenBackAbout(String personId) {
      return writtenBack.stream()
          .filter(w -> personId.equals(w.body().path("person_id").asText()))
          .toList();
    }

    int refused() {
      return refused.get();
    }

    int tokensIssued() {
      return tokens.get();
    }

    /** The status a request without the bearer token is answered with. */
    int statusWithoutToken(String path) {
      try {
        return HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url() + path)).GET().build(),
                HttpResponse.BodyHandlers.discarding())
            .statusCode();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    private void token(HttpExchange exchange) throws IOException {
      String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String expected =
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(
                      (CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
      if (!"POST".equals(exchange.getRequestMethod())
          || !parameters(form).getOrDefault("grant_type", "").equals("client_credentials")
          || !expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        answer(exchange, 401, "{\"error\":\"invalid_client\"}");
        return;
      }
      tokens.incrementAndGet();
      answer(
          exchange,
          200,
          "{\"access_token\":\"" + TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
    }

    private void caseNotes(HttpExchange exchange) throws IOException {
      Map<String, String> query = parameters(exchange.getRequestURI().getRawQuery());
      Instant since = Instant.parse(query.get("modified_since"));
      int page = Integer.parseInt(query.get("page"));
      int size = Integer.parseInt(query.get("page_size"));
      pages.add(page);
      List<ObjectNode> changed =
          notes.values().stream()
              .filter(n -> !Instant.parse(n.get("updated_at").asText()).isBefore(since))
              .sorted(
                  Comparator.comparing((ObjectNode n) -> n.get("updated_at").asText())
                      .thenComparing(n -> n.get("note_id").asText()))
              .toList();
      ObjectNode body = JSON.createObjectNode();
      ArrayNode items = body.putArray("case_notes");
      changed.stream().skip((long) (page - 1) * size).limit(size).forEach(items::add);
      items.forEach(n -> served.add(n.get("note_id").asText()));
      body.put("page", page);
      body.put("total_pages", Math.max(1, (changed.size() + size - 1) / size));
      answer(exchange, 200, JSON.writeValueAsString(body));
    }

    private void allocations(HttpExchange exchange) throws IOException {
      String[] parts = exchange.getRequestURI().getPath().split("/");
      if (parts.length != 7 || !"allocations".equals(parts[6])) {
        answer(exchange, 404, "{\"error\":\"not_found\"}");
        return;
      }
      String personId = parts[5];
      lookups.add(personId);
      ObjectNode body = JSON.createObjectNode();
      body.put("person_id", personId);
      body.put("legal_status", "Looked after");
      ArrayNode workers = body.putArray("allocations");
      if (personId.equals("P-41")) {
        worker(workers, "SW", "cb-w-201", "Tamsin Orchard", "tamsin.orchard@council.example");
        worker(workers, "TM", "cb-w-202", "Ravi Holt", "ravi.holt@council.example");
      } else {
        worker(workers, "SW", "cb-w-301", "Jules Harrow", "jules.harrow@council.example");
      }
      answer(exchange, 200, JSON.writeValueAsString(body));
    }

    private static void worker(
        ArrayNode workers, String role, String id, String name, String email) {
      workers
          .addObject()
          .put("role", role)
          .put("worker_id", id)
          .put("worker_name", name)
          .put("email", email)
          .put("team", "Children in Care North");
    }

    private void iroNotes(HttpExchange exchange) throws IOException {
      JsonNode body = JSON.readTree(exchange.getRequestBody());
      writtenBack.add(
          new WrittenBack(body, exchange.getRequestHeaders().getFirst("Idempotency-Key")));
      answer(exchange, 201, "{\"status\":\"filed\"}");
    }

    private interface Handler {
      void handle(HttpExchange exchange) throws IOException;
    }

    private com.sun.net.httpserver.HttpHandler signedIn(Handler handler) {
      return exchange -> {
        try (exchange) {
          if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            refused.incrementAndGet();
            answer(exchange, 401, "{\"error\":\"invalid_token\"}");
            return;
          }
          handler.handle(exchange);
        }
      };
    }

    private static Map<String, String> parameters(String encoded) {
      Map<String, String> values = new HashMap<>();
      if (encoded == null || encoded.isEmpty()) {
        return values;
      }
      Iterator<String> pairs = List.of(encoded.split("&")).iterator();
      while (pairs.hasNext()) {
        String[] pair = pairs.next().split("=", 2);
        values.put(
            URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
            pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : "");
      }
      return values;
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
      byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    }
  }
}

package uk.irodispute.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The sandbox JSON API as {@code lcs-api.yaml} reads it: OAuth2 client credentials, case notes
 * changed since a time in cursor pages, and write-back deduplicated on its external reference.
 */
@AutoConfigureMockMvc
@ActiveProfiles("sandbox")
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {SandboxTests.DATABASE, SandboxTests.DROP_FOLDER})
class LcsApiSandboxTest {

  static final Map<String, Object> FILE = ShippedFiles.system(SandboxSystem.LCS_API);
  static final String SECRET = "sandbox-only-lcs-client-secret";
  static final String NOTES = "/sandbox/lcs-api/v1/casenotes";

  @Autowired MockMvc mvc;
  @Autowired SandboxCaseSystems sandbox;
  @Autowired ObjectMapper json;

  String token() throws Exception {
    String body =
        mvc.perform(
                post("/sandbox/lcs-api/oauth/token")
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .param("grant_type", "client_credentials")
                    .param("client_id", "iro-dispute-adapter")
                    .param("client_secret", SECRET)
                    .param("scope", "casenotes"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(body).get("access_token").asText();
  }

  JsonNode page(String token, Map<String, String> query) throws Exception {
    var request = get(NOTES).header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    query.forEach(request::param);
    String body =
        mvc.perform(request)
            .andExpect(status().isOk())
            .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/json"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(body);
  }

  /** The adapter's time now, to the millisecond, as the API gives times. */
  Instant now() {
    return sandbox.now().truncatedTo(ChronoUnit.MILLIS);
  }

  RecordedNote raise(String personId) {
    return sandbox.record(
        NoteRequest.in(SandboxSystem.LCS_API, personId)
            .action("raise")
            .answer("track", "LAC")
            .answer("category", "drift-or-delay")
            .answer("startAt", "stage-1")
            .build());
  }

  /** Every note id across the pages, following nextCursor until it is null. */
  List<String> allIds(String token, Instant since, int limit) throws Exception {
    List<String> ids = new ArrayList<>();
    String cursor = "";
    do {
      JsonNode page =
          page(
              token,
              Map.of(
                  "type",
                  "IRO_DRP",
                  "modifiedSince",
                  since.toString(),
                  "limit",
                  Integer.toString(limit),
                  "cursor",
                  cursor));
      assertThat(page.get("items").size()).isLessThanOrEqualTo(limit);
      page.get("items").forEach(i -> ids.add(i.get("id").asText()));
      assertThat(page.has("nextCursor")).isTrue();
      cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
    } while (cursor != null);
    return ids;
  }

  @Test
  void aTokenIsGrantedForTheClientsSecretInTheFormOrInBasic() throws Exception {
    mvc.perform(
            post("/sandbox/lcs-api/oauth/token")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("grant_type", "client_credentials")
                .param("client_id", "iro-dispute-adapter")
                .param("client_secret", SECRET))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.access_token").isString())
        .andExpect(jsonPath("$.token_type").value("Bearer"))
        .andExpect(jsonPath("$.expires_in").value(3600));
    mvc.perform(
            post("/sandbox/lcs-api/oauth/token")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .with(
                    r -> {
                      r.addHeader(
                          HttpHeaders.AUTHORIZATION,
                          HttpHeaders.encodeBasicAuth("iro-dispute-adapter", SECRET, null)
                              .transform(s -> "Basic " + s));
                      return r;
                    })
                .param("grant_type", "client_credentials"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.access_token").isString());
  }

  @Test
  void aWrongSecretOrGrantGetsNoToken() throws Exception {
    mvc.perform(
            post("/sandbox/lcs-api/oauth/token")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("grant_type", "client_credentials")
                .param("client_id", "iro-dispute-adapter")
                .param("client_secret", "guessed"))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.error").value("invalid_client"));
    mvc.perform(
            post("/sandbox/lcs-api/oauth/token")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("grant_type", "password")
                .param("client_id", "iro-dispute-adapter")
                .param("client_secret", SECRET))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.error").value("unsupported_grant_type"));
  }

  @Test
  void caseNotesNeedAValidBearerToken() throws Exception {
    mvc.perform(get(NOTES))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\""));
    mvc.perform(get(NOTES).header(HttpHeaders.AUTHORIZATION, "Bearer not-issued"))
        .andExpect(status().isUnauthorized());

    String token = token();
    mvc.perform(get(NOTES).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
        .andExpect(status().isOk());
    sandbox.revokeTokens();
    mvc.perform(get(NOTES).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void notesComeInCursorPagesOrderedByLastModifiedThenId() throws Exception {
    String token = token();
    Instant since = now();
    List<String> recorded = new ArrayList<>();
    for (String child : List.of("2001", "2002", "2003", "2004", "2001")) {
      recorded.add(raise(child).noteId());
    }

    JsonNode first =
        page(token, Map.of("type", "IRO_DRP", "modifiedSince", since.toString(), "limit", "2"));
    assertThat(first.get("items")).hasSize(2);
    assertThat(first.get("nextCursor").isTextual()).isTrue();

    List<String> ids = allIds(token, since, 2);
    assertThat(ids).isEqualTo(recorded);

    List<Instant> times = new ArrayList<>();
    page(token, Map.of("type", "IRO_DRP", "modifiedSince", since.toString(), "limit", "200"))
        .get("items")
        .forEach(i -> times.add(Instant.parse(i.get("lastModified").asText())));
    assertThat(times).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void modifiedSinceLeavesOutOlderNotesAndAnEditComesBackAsANewVersion() throws Exception {
    String token = token();
    RecordedNote older = raise("2003");
    Instant since = older.modifiedAt().plusMillis(1);
    RecordedNote newer = raise("2004");

    assertThat(allIds(token, since, 50)).containsExactly(newer.noteId());

    RecordedNote edited =
        sandbox.edit(
            SandboxSystem.LCS_API, older.noteId(), Map.of("category", "poor-practice"), null);

    assertThat(allIds(token, since, 50)).containsExactly(newer.noteId(), older.noteId());
    JsonNode item =
        page(token, Map.of("type", "IRO_DRP", "modifiedSince", since.toString()))
            .get("items")
            .get(1);
    assertThat(item.get("version").asInt()).isEqualTo(2);
    assertThat(Instant.parse(item.get("lastModified").asText())).isEqualTo(edited.modifiedAt());
    assertThat(Instant.parse(item.get("recordedAt").asText())).isEqualTo(older.recordedAt());
    assertThat(item.get("formAnswers").toString()).contains("poor-practice");
  }

  @Test
  void theTypeFilterLeavesOutOtherNotes() throws Exception {
    String token = token();
    raise("2001");

    List<String> types = new ArrayList<>();
    page(token, Map.of("limit", "200"))
        .get("items")
        .forEach(i -> types.add(i.get("type").asText()));
    assertThat(types).contains("STATUTORY_VISIT", "IRO_DRP");

    types.clear();
    page(token, Map.of("type", "IRO_DRP", "limit", "200"))
        .get("items")
        .forEach(i -> types.add(i.get("type").asText()));
    assertThat(types).isNotEmpty().containsOnly("IRO_DRP");
  }

  @Test
  void everyFieldTheFileReadsIsWhereItsPointersSay() throws Exception {
    String token = token();
    Instant since = now();
    RecordedNote note =
        sandbox.record(
            NoteRequest.in(SandboxSystem.LCS_API, "2002")
                .action("pause")
                .answer("reference", "DRP-2026-000042")
                .answer("reason", "Awaiting the court's decision")
                .answer("approvedBy", "IRO Team Manager")
                .answer("extendBy", "5 working days")
                .text("Time out while the court decides.")
                .build());

    JsonNode page = page(token, Map.of("type", "IRO_DRP", "modifiedSince", since.toString()));
    JsonNode items = page.at(ShippedFiles.<String>at(FILE, "source", "notesAt"));
    assertThat(items.isArray()).isTrue();
    assertThat(page.at(ShippedFiles.<String>at(FILE, "source", "paging", "nextAt")).isNull())
        .isTrue();
    JsonNode item = items.get(0);

    Map<String, Object> fields = ShippedFiles.at(FILE, "fields");
    Map<String, String> expected = new HashMap<>();
    expected.put("noteId", note.noteId());
    expected.put("version", "1");
    expected.put("modifiedAt", note.modifiedAt().toString());
    expected.put("personId", "2002");
    expected.put("caseId", "C-20002");
    expected.put("noteType", "IRO_DRP");
    expected.put("authorId", "W2105");
    expected.put("authorName", "Ffion Rees");
    expected.put("authorEmail", "ffion.rees@council.example");
    expected.put("authorTeam", "IRO Service");
    expected.put("recordedAt", note.recordedAt().toString());
    expected.put("text", "Time out while the court decides.");
    expected.forEach(
        (field, value) ->
            assertThat(item.at((String) fields.get(field)).asText()).as(field).isEqualTo(value));

    Map<String, String> form = ShippedFiles.at(FILE, "fields", "form");
    Map<String, String> formFields = ShippedFiles.at(FILE, "fields", "formFields");
    Map<String, String> answers = new HashMap<>();
    item.at(form.get("items"))
        .forEach(
            a ->
                answers.put(
                    formFields.get(a.at(form.get("name")).asText()),
                    a.at(form.get("value")).asText()));
    assertThat(answers)
        .containsEntry("action", "timeOut")
        .containsEntry("reference", "DRP-2026-000042")
        .containsEntry("reason", "Awaiting the court's decision")
        .containsEntry("approvedBy", "IRO Team Manager")
        .containsEntry("extendBy", "5 working days")
        .hasSize(5);

    List<Map<String, Object>> lookups = ShippedFiles.at(FILE, "source", "lookups");
    @SuppressWarnings("unchecked")
    Map<String, String> allocation = (Map<String, String>) lookups.get(0).get("allocation");
    Map<String, String> roles = ShippedFiles.at(FILE, "fields", "roles");
    Map<String, String> workerByRole = new HashMap<>();
    JsonNode person =
        json.readTree(
            mvc.perform(
                    get("/sandbox/lcs-api/v1" + lookups.get(0).get("path"))
                        .param("personId", item.at((String) fields.get("personId")).asText())
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    person
        .at(allocation.get("items"))
        .forEach(
            w -> {
              String role = roles.get(w.at(allocation.get("role")).asText());
              if (role != null) {
                workerByRole.put(role, w.at(allocation.get("name")).asText());
                assertThat(w.at(allocation.get("id")).isMissingNode()).isFalse();
                assertThat(w.at(allocation.get("email")).asText()).endsWith("@council.example");
                assertThat(w.at(allocation.get("team")).asText()).startsWith("Children in Care");
              }
            });
    assertThat(workerByRole)
        .containsEntry("social-worker", "Maya Pennant")
        .containsEntry("team-manager", "Greta Wilde");
  }

  @Test
  void wrongQueryParametersAreRefused() throws Exception {
    String token = token();
    for (Map.Entry<String, String> wrong :
        List.of(
            Map.entry("limit", "0"),
            Map.entry("limit", "many"),
            Map.entry("limit", "201"),
            Map.entry("modifiedSince", "yesterday"),
            Map.entry("cursor", "not-a-cursor"))) {
      mvc.perform(
              get(NOTES)
                  .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                  .param(wrong.getKey(), wrong.getValue()))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.error").value("invalid_request"))
          .andExpect(jsonPath("$.message").value(containsString(wrong.getKey())));
    }
  }

  @Test
  void aNoteWrittenBackFromTheFilesTemplateIsStoredOncePerExternalReference() throws Exception {
    String token = token();
    String body =
        ShippedFiles.fill(
            ShippedFiles.at(FILE, "writeBack", "body"),
            Map.of(
                "kindUpper", "QUERY",
                "personId", "2001",
                "caseId", "C-20001",
                "authorRole", "IRO",
                "kindTitle", "Query",
                "reference", "DRP-2026-000201",
                "stageName", "Stage 1: Social Worker and IRO",
                "text", "Please respond by Friday.",
                "idempotencyKey", "DRP-2026-000201/1/1"));
    String path = ShippedFiles.at(FILE, "writeBack", "path");

    mvc.perform(
            post("/sandbox/lcs-api/v1" + path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("created"))
        .andExpect(jsonPath("$.externalReference").value("DRP-2026-000201/1/1"));
    mvc.perform(
            post("/sandbox/lcs-api/v1" + path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("duplicate"));

    List<WrittenBackNote> stored =
        sandbox.writtenBack(SandboxSystem.LCS_API).stream()
            .filter(w -> w.key().equals("DRP-2026-000201/1/1"))
            .toList();
    assertThat(stored).hasSize(1);
    WrittenBackNote note = stored.get(0);
    assertThat(note.personId()).isEqualTo("2001");
    assertThat(note.field("type")).isEqualTo("IRO_DRP_QUERY");
    assertThat(note.field("subject.caseId")).isEqualTo("C-20001");
    assertThat(note.field("author.role")).isEqualTo("IRO");
    assertThat(note.field("title"))
        .isEqualTo("Query: DRP-2026-000201 Stage 1: Social Worker and IRO");
    assertThat(note.field("body")).isEqualTo("Please respond by Friday.");
  }

  @Test
  void aWriteBackForNobodyOrNotJsonOrWithoutATokenIsRefused() throws Exception {
    String token = token();
    mvc.perform(
            post(NOTES)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"type\":\"IRO_DRP_QUERY\",\"subject\":{\"personId\":\"9999\"},"
                        + "\"externalReference\":\"k-1\"}"))
        .andExpect(status().isUnprocessableEntity());
    mvc.perform(
            post(NOTES)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":"))
        .andExpect(status().isBadRequest());
    mvc.perform(
            post(NOTES)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"IRO_DRP_QUERY\",\"subject\":{\"personId\":\"2001\"}}"))
        .andExpect(status().isBadRequest());
    mvc.perform(post(NOTES).contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void anUncheckedNoteIsServedExactlyAsGivenWithNoChildAndItsOwnAuthorAndDates() throws Exception {
    String token = token();
    Instant since = now();
    Instant recorded = Instant.parse("2030-01-01T00:00:00Z");
    SandboxWorker stranger =
        new SandboxWorker(
            "W-X", "<b>Eve</b>\r\nBcc: x", "eve@elsewhere.example, a@b.example", "T&T", null);
    RecordedNote note =
        sandbox.recordUnchecked(
            UncheckedNote.in(SandboxSystem.LCS_API, stranger)
                .noteId("UNCHECKED-1")
                .recordedAt(recorded)
                .action("raise")
                .text("invented unchecked text")
                .build());

    JsonNode item =
        page(token, Map.of("type", "IRO_DRP", "modifiedSince", since.toString()))
            .get("items")
            .get(0);

    assertThat(item.get("id").asText()).isEqualTo("UNCHECKED-1");
    assertThat(note.recordedAt()).isEqualTo(recorded);
    assertThat(item.get("recordedAt").asText()).isEqualTo("2030-01-01T00:00:00Z");
    assertThat(item.at("/subject/personId").isNull()).isTrue();
    assertThat(item.at("/author/name").asText()).isEqualTo("<b>Eve</b>\r\nBcc: x");
    assertThat(item.at("/author/email").asText()).isEqualTo("eve@elsewhere.example, a@b.example");
    assertThat(item.at("/formAnswers/0/answer").asText()).isEqualTo("raise");
  }

  @Test
  void anUncheckedNoteOnARosterChildCarriesTheirCaseAndWorkers() throws Exception {
    String token = token();
    Instant since = now();
    SandboxWorker iro = sandbox.roster(SandboxSystem.LCS_API).workers().get(0);
    sandbox.recordUnchecked(
        UncheckedNote.in(SandboxSystem.LCS_API, iro).about("2001").action("comment").build());

    JsonNode item =
        page(token, Map.of("type", "IRO_DRP", "modifiedSince", since.toString()))
            .get("items")
            .get(0);

    assertThat(item.at("/subject/personId").asText()).isEqualTo("2001");
    assertThat(item.at("/subject/caseId").asText())
        .isEqualTo(sandbox.roster(SandboxSystem.LCS_API).child("2001").caseId());
    assertThat(item.at("/subject/allocatedWorkers").isMissingNode())
        .as("allocations are kept per person")
        .isTrue();
  }

  @Test
  void aChildsAllocationAndLegalStatusAreAtTheirOwnResourceAsTheFileLooksThemUp() throws Exception {
    String token = token();
    String body =
        mvc.perform(
                get("/sandbox/lcs-api/v1/allocations")
                    .param("personId", "2002")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
            .andExpect(status().isOk())
            .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/json"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    JsonNode person = json.readTree(body);

    List<Map<String, Object>> lookups = ShippedFiles.at(FILE, "source", "lookups");
    assertThat(lookups.get(0).get("path")).isEqualTo("/allocations");
    assertThat(lookups.get(0).get("query")).isEqualTo(Map.of("personId", "{{personId}}"));
    assertThat(person.get("legalStatus").asText()).isEqualTo("Child protection");
    assertThat(person.get("allocations"))
        .extracting(w -> w.get("role").asText(), w -> w.get("id").asText())
        .contains(tuple("SOCIAL_WORKER", "W2101"), tuple("TEAM_MANAGER", "W2103"));
    mvc.perform(
            get("/sandbox/lcs-api/v1/allocations")
                .param("personId", "9999")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
        .andExpect(status().isNotFound());
    mvc.perform(get("/sandbox/lcs-api/v1/allocations").param("personId", "2002"))
        .andExpect(status().isUnauthorized());
  }
}

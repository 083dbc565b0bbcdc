package uk.irodispute.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The sandbox XML API as {@code fwi-api.yaml} reads it, with the file's own XPaths: observations
 * changed since a time in numbered pages behind HTTP Basic, and outcomes written back to the
 * episode once per external reference.
 */
@AutoConfigureMockMvc
@ActiveProfiles("sandbox")
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {SandboxTests.DATABASE, SandboxTests.DROP_FOLDER})
class FwiApiSandboxTest {

  static final Map<String, Object> FILE = ShippedFiles.system(SandboxSystem.FWI_API);
  static final String OBSERVATIONS = "/sandbox/fwi/api/observations";
  static final XPath XPATH = XPathFactory.newInstance().newXPath();

  @Autowired MockMvc mvc;
  @Autowired SandboxCaseSystems sandbox;

  static MockHttpServletRequestBuilder basic(
      MockHttpServletRequestBuilder request, String user, String password) {
    return request.header(
        HttpHeaders.AUTHORIZATION, "Basic " + HttpHeaders.encodeBasicAuth(user, password, null));
  }

  static MockHttpServletRequestBuilder authorised(MockHttpServletRequestBuilder request) {
    return basic(request, "iro-adapter", "sandbox-only-fwi-password");
  }

  Document page(Map<String, String> query) throws Exception {
    MockHttpServletRequestBuilder request = authorised(get(OBSERVATIONS));
    query.forEach(request::param);
    String body =
        mvc.perform(request)
            .andExpect(status().isOk())
            .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/xml"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new InputSource(new StringReader(body)));
  }

  static String text(Object context, String xpath) throws Exception {
    return XPATH.evaluate(xpath, context);
  }

  static NodeList nodes(Object context, String xpath) throws Exception {
    return (NodeList) XPATH.evaluate(xpath, context, XPathConstants.NODESET);
  }

  /** The ids on every page, reading {@code morePages} as the file does. */
  List<String> allIds(Instant since, int pageSize) throws Exception {
    String notesAt = ShippedFiles.at(FILE, "source", "notesAt");
    String nextAt = ShippedFiles.at(FILE, "source", "paging", "nextAt");
    List<String> ids = new ArrayList<>();
    int page = ShippedFiles.<Integer>at(FILE, "source", "paging", "firstPage");
    boolean more;
    do {
      Document doc =
          page(
              Map.of(
                  "formType", "IRO_MONITORING",
                  "changedSince", since.toString(),
                  "page", Integer.toString(page),
                  "pageSize", Integer.toString(pageSize)));
      NodeList notes = nodes(doc, notesAt);
      assertThat(notes.getLength()).isLessThanOrEqualTo(pageSize);
      for (int i = 0; i < notes.getLength(); i++) {
        ids.add(text(notes.item(i), "@id"));
      }
      more = Boolean.parseBoolean(text(doc, nextAt));
      page++;
    } while (more);
    return ids;
  }

  RecordedNote raise(String personId) {
    return sandbox.record(
        NoteRequest.in(SandboxSystem.FWI_API, personId)
            .action("raise")
            .answer("seriousness", "very-significant")
            .answer("startAt", "stage-2")
            .build());
  }

  Instant now() {
    return sandbox.now().truncatedTo(ChronoUnit.MILLIS);
  }

  @Test
  void observationsNeedTheRightBasicCredentials() throws Exception {
    mvc.perform(get(OBSERVATIONS))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Framework-i\""));
    mvc.perform(basic(get(OBSERVATIONS), "iro-adapter", "guessed"))
        .andExpect(status().isUnauthorized());
    mvc.perform(basic(get(OBSERVATIONS), "someone", "sandbox-only-fwi-password"))
        .andExpect(status().isUnauthorized());
    mvc.perform(authorised(get(OBSERVATIONS))).andExpect(status().isOk());
  }

  @Test
  void observationsComeInNumberedPagesOrderedByChangeThenId() throws Exception {
    Instant since = now();
    List<String> recorded = new ArrayList<>();
    for (String child : List.of("P300101", "P300102", "P300103", "P300104", "P300101")) {
      recorded.add(raise(child).noteId());
    }

    assertThat(allIds(since, 2)).isEqualTo(recorded);
    Document beyond = page(Map.of("changedSince", since.toString(), "page", "4", "pageSize", "2"));
    assertThat(nodes(beyond, "/observationPage/observation").getLength()).isZero();
    assertThat(text(beyond, "/observationPage/@morePages")).isEqualTo("false");
  }

  @Test
  void changedSinceLeavesOutOlderObservationsAndAnEditIsANewRevision() throws Exception {
    RecordedNote older = raise("P300103");
    Instant since = older.modifiedAt().plusMillis(1);
    RecordedNote newer = raise("P300104");

    assertThat(allIds(since, 25)).containsExactly(newer.noteId());

    RecordedNote edited =
        sandbox.edit(SandboxSystem.FWI_API, older.noteId(), Map.of("seriousness", "routine"), null);

    assertThat(allIds(since, 25)).containsExactly(newer.noteId(), older.noteId());
    Document doc = page(Map.of("formType", "IRO_MONITORING", "changedSince", since.toString()));
    Node observation = nodes(doc, "/observationPage/observation").item(1);
    assertThat(text(observation, "@revision")).isEqualTo("2");
    assertThat(OffsetDateTime.parse(text(observation, "changedAt")).toInstant())
        .isEqualTo(edited.modifiedAt());
    assertThat(text(observation, "answers/answer[@code='DRP_SIGNIFICANCE']")).isEqualTo("Routine");
  }

  @Test
  void theFormTypeFilterLeavesOutOtherObservations() throws Exception {
    raise("P300102");
    Document all = page(Map.of("pageSize", "100"));
    Document disputes = page(Map.of("formType", "IRO_MONITORING", "pageSize", "100"));

    assertThat(text(all, "count(//observation[formType='STATUTORY_VISIT'])")).isEqualTo("4");
    assertThat(text(disputes, "count(//observation[formType!='IRO_MONITORING'])")).isEqualTo("0");
    assertThat(Integer.parseInt(text(disputes, "count(//observation)"))).isPositive();
  }

  @Test
  void everyFieldTheFileReadsIsWhereItsXPathsSay() throws Exception {
    Instant since = now();
    RecordedNote note =
        sandbox.record(
            NoteRequest.in(SandboxSystem.FWI_API, "P300103")
                .action("respond")
                .answer("reference", "DRP-2026-000077")
                .answer("responseType", "agreed")
                .answer("reason", "Placement plan updated")
                .by(Post.SOCIAL_WORKER)
                .text("The plan is agreed & updated <today>.")
                .build());

    Document doc = page(Map.of("formType", "IRO_MONITORING", "changedSince", since.toString()));
    Node item = nodes(doc, ShippedFiles.at(FILE, "source", "notesAt")).item(0);
    Map<String, Object> fields = ShippedFiles.at(FILE, "fields");
    Map<String, String> expected = new HashMap<>();
    expected.put("noteId", note.noteId());
    expected.put("version", "1");
    expected.put("personId", "P300103");
    expected.put("caseId", "EP-7003");
    expected.put("noteType", "IRO_MONITORING");
    expected.put("authorId", "FW302");
    expected.put("authorName", "Connor Vale");
    expected.put("authorEmail", "connor.vale@council.example");
    expected.put("authorTeam", "Children in Care South");
    expected.put("text", "The plan is agreed & updated <today>.");
    for (Map.Entry<String, String> e : expected.entrySet()) {
      assertThat(text(item, (String) fields.get(e.getKey())))
          .as(e.getKey())
          .isEqualTo(e.getValue());
    }
    assertThat(OffsetDateTime.parse(text(item, (String) fields.get("modifiedAt"))).toInstant())
        .isEqualTo(note.modifiedAt());
    assertThat(OffsetDateTime.parse(text(item, (String) fields.get("recordedAt"))).toInstant())
        .isEqualTo(note.recordedAt());

    Map<String, String> form = ShippedFiles.at(FILE, "fields", "form");
    Map<String, String> formFields = ShippedFiles.at(FILE, "fields", "formFields");
    Map<String, String> answers = new HashMap<>();
    NodeList items = nodes(item, form.get("items"));
    for (int i = 0; i < items.getLength(); i++) {
      answers.put(
          formFields.get(text(items.item(i), form.get("name"))),
          text(items.item(i), form.get("value")));
    }
    assertThat(answers)
        .containsEntry("action", "RESPONSE")
        .containsEntry("reference", "DRP-2026-000077")
        .containsEntry("responseType", "agreed")
        .containsEntry("reason", "Placement plan updated")
        .hasSize(4);
  }

  @Test
  void theEpisodesWorkersAreWhereTheFilesLookupSays() throws Exception {
    List<Map<String, Object>> lookups = ShippedFiles.at(FILE, "source", "lookups");
    Map<String, Object> lookup = lookups.get(0);
    String path = ((String) lookup.get("path")).replace("{{caseId}}", "EP-7003");
    Map<String, String> allocation = ShippedFiles.at(lookup, "allocation");
    Map<String, String> roles = ShippedFiles.at(FILE, "fields", "roles");

    String body =
        mvc.perform(authorised(get("/sandbox/fwi/api" + path)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new InputSource(new StringReader(body)));
    Map<String, String> byRole = new HashMap<>();
    NodeList workers = nodes(doc, allocation.get("items"));
    for (int i = 0; i < workers.getLength(); i++) {
      Node w = workers.item(i);
      String role = roles.get(text(w, allocation.get("role")));
      if (role != null) {
        byRole.put(role, text(w, allocation.get("name")));
        assertThat(text(w, allocation.get("id"))).startsWith("FW");
        assertThat(text(w, allocation.get("email"))).endsWith("@council.example");
        assertThat(text(w, allocation.get("team"))).isEqualTo("Children in Care South");
      }
    }
    assertThat(byRole)
        .containsEntry("social-worker", "Connor Vale")
        .containsEntry("team-manager", "Gus Linden");
  }

  @Test
  void theWorkersOfAnUnknownEpisodeOrWithoutCredentialsAreRefused() throws Exception {
    mvc.perform(authorised(get("/sandbox/fwi/api/episodes/EP-0000/workers")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/sandbox/fwi/api/episodes/EP-7003/workers"))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void wrongQueryParametersAreRefused() throws Exception {
    for (Map.Entry<String, String> wrong :
        List.of(
            Map.entry("page", "0"),
            Map.entry("pageSize", "101"),
            Map.entry("pageSize", "few"),
            Map.entry("changedSince", "2026-13-01"))) {
      mvc.perform(authorised(get(OBSERVATIONS)).param(wrong.getKey(), wrong.getValue()))
          .andExpect(status().isBadRequest())
          .andExpect(xpath("/error/@status").string("400"));
    }
  }

  @Test
  void anOutcomeFromTheFilesTemplateIsStoredOncePerExternalRef() throws Exception {
    Map<String, String> values =
        Map.of(
            "caseId", "EP-7002",
            "idempotencyKey", "DRP-2026-000301/4/1",
            "kind", "outcome",
            "authorRole", "IRO",
            "reference", "DRP-2026-000301",
            "stageName", "Stage 2",
            "dueInWords", "closed",
            "text", "Resolved: the IRO is satisfied.");
    String body = ShippedFiles.fill(ShippedFiles.at(FILE, "writeBack", "body"), values);
    String path =
        "/sandbox/fwi/api" + ShippedFiles.fill(ShippedFiles.at(FILE, "writeBack", "path"), values);

    mvc.perform(authorised(post(path)).contentType(MediaType.APPLICATION_XML).content(body))
        .andExpect(status().isCreated())
        .andExpect(xpath("/outcomeReceipt/@status").string("created"))
        .andExpect(xpath("/outcomeReceipt/@externalRef").string("DRP-2026-000301/4/1"));
    mvc.perform(authorised(post(path)).contentType(MediaType.APPLICATION_XML).content(body))
        .andExpect(status().isOk())
        .andExpect(xpath("/outcomeReceipt/@status").string("duplicate"));

    List<WrittenBackNote> stored =
        sandbox.writtenBack(SandboxSystem.FWI_API).stream()
            .filter(w -> w.key().equals("DRP-2026-000301/4/1"))
            .toList();
    assertThat(stored).hasSize(1);
    WrittenBackNote note = stored.get(0);
    assertThat(note.personId()).isEqualTo("P300102");
    assertThat(note.field("episodeId")).isEqualTo("EP-7002");
    assertThat(note.field("kind")).isEqualTo("outcome");
    assertThat(note.field("disputeRef")).isEqualTo("DRP-2026-000301");
    assertThat(note.field("stage")).isEqualTo("Stage 2");
    assertThat(note.field("text")).isEqualTo("Resolved: the IRO is satisfied.");
  }

  @Test
  void anOutcomeWithoutExternalRefIsKeyedByItsIdempotencyKeyHeaderAndStoredOnce() throws Exception {
    String outcome = "<episodeOutcome episodeId=\"EP-7002\"><kind>outcome</kind></episodeOutcome>";
    for (int delivery = 1; delivery <= 2; delivery++) {
      mvc.perform(
              authorised(post("/sandbox/fwi/api/episodes/EP-7002/outcomes"))
                  .header("Idempotency-Key", "DRP-2026-000302/5/1/note")
                  .contentType(MediaType.APPLICATION_XML)
                  .content(outcome))
          .andExpect(delivery == 1 ? status().isCreated() : status().isOk())
          .andExpect(
              xpath("/outcomeReceipt/@status").string(delivery == 1 ? "created" : "duplicate"));
    }

    assertThat(sandbox.writtenBack(SandboxSystem.FWI_API))
        .filteredOn(w -> w.key().equals("DRP-2026-000302/5/1/note"))
        .hasSize(1);
    mvc.perform(
            authorised(post("/sandbox/fwi/api/episodes/EP-7002/outcomes"))
                .contentType(MediaType.APPLICATION_XML)
                .content(outcome))
        .andExpect(status().isBadRequest());
  }

  @Test
  void anOutcomeForAnUnknownEpisodeOrNotXmlOrWithoutCredentialsIsRefused() throws Exception {
    String outcome = "<episodeOutcome externalRef=\"k-1\"><kind>outcome</kind></episodeOutcome>";
    mvc.perform(
            authorised(post("/sandbox/fwi/api/episodes/EP-0000/outcomes"))
                .contentType(MediaType.APPLICATION_XML)
                .content(outcome))
        .andExpect(status().isNotFound());
    mvc.perform(
            authorised(post("/sandbox/fwi/api/episodes/EP-7001/outcomes"))
                .contentType(MediaType.APPLICATION_XML)
                .content("<episodeOutcome"))
        .andExpect(status().isBadRequest());
    mvc.perform(
            authorised(post("/sandbox/fwi/api/episodes/EP-7001/outcomes"))
                .contentType(MediaType.APPLICATION_XML)
                .content("<episodeOutcome episodeId=\"EP-7002\" externalRef=\"k-2\"/>"))
        .andExpect(status().isBadRequest());
    mvc.perform(
            authorised(post("/sandbox/fwi/api/episodes/EP-7001/outcomes"))
                .contentType(MediaType.APPLICATION_XML)
                .content(
                    "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                        + "<episodeOutcome externalRef=\"k-3\"><text>&e;</text></episodeOutcome>"))
        .andExpect(status().isBadRequest());
    mvc.perform(
            post("/sandbox/fwi/api/episodes/EP-7001/outcomes")
                .contentType(MediaType.APPLICATION_XML)
                .content(outcome))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void anUncheckedObservationKeepsItsMarkupEscapedAndOmitsTheChildItDoesNotName() throws Exception {
    Instant since = now();
    SandboxWorker stranger =
        new SandboxWorker("W-X", "a]]>b & <c>", "x@council.example", "\"Team\"", null);
    sandbox.recordUnchecked(
        UncheckedNote.in(SandboxSystem.FWI_API, stranger)
            .noteId("OBS-<1>")
            .caseId("../EP-9")
            .action("RAISE")
            .build());

    Document doc =
        page(
            Map.of(
                "formType", "IRO_MONITORING", "changedSince", since.toString(), "pageSize", "50"));

    assertThat(text(doc, "/observationPage/observation[1]/@id")).isEqualTo("OBS-<1>");
    assertThat(text(doc, "/observationPage/observation[1]/recordedBy/name"))
        .isEqualTo("a]]>b & <c>");
    assertThat(text(doc, "/observationPage/observation[1]/episode/@id")).isEqualTo("../EP-9");
    assertThat(nodes(doc, "/observationPage/observation[1]/episode/personRef").getLength())
        .isZero();
  }
}

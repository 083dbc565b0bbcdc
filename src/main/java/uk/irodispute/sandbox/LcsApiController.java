package uk.irodispute.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sandbox's Liquidlogic-style JSON API, as {@code mappings/systems/lcs-api.yaml} reads it: an
 * OAuth2 client-credentials token, case notes changed since a time in cursor pages, and notes
 * written back, once per {@code externalReference}.
 */
@RestController
@Profile("sandbox")
@RequestMapping("/sandbox/lcs-api")
class LcsApiController {

  static final int MAX_LIMIT = 200;
  static final int DEFAULT_LIMIT = 50;
  private static final ApiFormat JSON = ApiFormat.JSON;

  private final SandboxCaseSystems sandbox;
  private final LcsTokens tokens;
  private final FaultAnswers faultAnswers;
  private final ObjectMapper json;

  LcsApiController(
      SandboxCaseSystems sandbox, LcsTokens tokens, FaultAnswers faultAnswers, ObjectMapper json) {
    this.sandbox = sandbox;
    this.tokens = tokens;
    this.faultAnswers = faultAnswers;
    this.json = json;
  }

  @PostMapping("/oauth/token")
  ResponseEntity<String> token(
      @RequestParam MultiValueMap<String, String> form,
      @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
    Optional<Fault> fault = faults().take(SandboxRequest.TOKEN, false);
    Optional<ResponseEntity<String>> instead = faultAnswers.before(fault, JSON);
    if (instead.isPresent()) {
      return instead.get();
    }
    if (!"client_credentials".equals(form.getFirst("grant_type"))) {
      return JSON.error(
          HttpStatus.BAD_REQUEST, "unsupported_grant_type", "only client_credentials is granted");
    }
    String[] client = basicCredentials(authorization);
    String id = client != null ? client[0] : form.getFirst("client_id");
    String secret = client != null ? client[1] : form.getFirst("client_secret");
    Optional<LcsTokens.Issued> issued = tokens.issue(id, secret);
    if (issued.isEmpty()) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
          .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"lcs-api\"")
          .contentType(JSON.type())
          .body("{\"error\":\"invalid_client\"}");
    }
    ObjectNode body = json.createObjectNode();
    body.put("access_token", issued.get().value());
    body.put("token_type", "Bearer");
    body.put("expires_in", issued.get().lifetime().toSeconds());
    body.put("scope", form.getFirst("scope") == null ? "casenotes" : form.getFirst("scope"));
    return faultAnswers.after(fault, JSON.answer(HttpStatus.OK, body.toString()));
  }

  @GetMapping("/v1/casenotes")
  ResponseEntity<String> caseNotes(
      @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String modifiedSince,
      @RequestParam(required = false) String limit,
      @RequestParam(required = false) String cursor) {
    if (!authorised(authorization)) {
      return unauthorised();
    }
    Instant since;
    int size;
    Cursor after;
    try {
      since = ApiParameters.since("modifiedSince", modifiedSince);
      size = ApiParameters.number("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
      after = cursor == null || cursor.isBlank() ? null : Cursor.parse(cursor.strip());
    } catch (IllegalArgumentException e) {
      return JSON.error(HttpStatus.BAD_REQUEST, "invalid_request", e.getMessage());
    }
    List<RecordedNote> matching =
        sandbox.store(SandboxSystem.LCS_API).changed(type, since, after, size + 1);
    List<RecordedNote> page = new ArrayList<>(matching.subList(0, Math.min(size, matching.size())));
    String next = matching.size() > size ? Cursor.after(page.get(page.size() - 1)).text() : null;

    Optional<Fault> fault = faults().take(SandboxRequest.POLL, !page.isEmpty());
    Optional<ResponseEntity<String>> instead = faultAnswers.before(fault, JSON);
    if (instead.isPresent()) {
      return instead.get();
    }
    if (fault.isPresent() && fault.get().kind() == FaultKind.DUPLICATE_NOTE) {
      page.add(page.get(0));
    }
    ObjectNode body = json.createObjectNode();
    ArrayNode items = body.putArray("items");
    page.forEach(n -> items.add(render(n)));
    body.put("nextCursor", next);
    return faultAnswers.after(fault, JSON.answer(HttpStatus.OK, body.toString()));
  }

  /**
   * A child's allocated workers and legal status, kept per person as the vendor keeps them, not on
   * the case note: what the shipped file's lookup reads. A person only an unchecked note named has
   * no allocation; a person the system does not know is 404.
   */
  @GetMapping("/v1/allocations")
  ResponseEntity<String> allocations(
      @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestParam(required = false) String personId) {
    if (!authorised(authorization)) {
      return unauthorised();
    }
    if (!sandbox.knowsPerson(SandboxSystem.LCS_API, personId)) {
      return JSON.error(HttpStatus.NOT_FOUND, "unknown_person", "no person " + personId);
    }
    SandboxRoster roster = sandbox.roster(SandboxSystem.LCS_API);
    Optional<SandboxChild> child = roster.findChild(personId);
    VendorForm form = VendorForm.of(SandboxSystem.LCS_API);
    ObjectNode body = json.createObjectNode();
    body.put("personId", personId);
    child.ifPresent(
        c -> body.put("legalStatus", "CP".equals(c.track()) ? "Child protection" : "Looked after"));
    ArrayNode allocated = body.putArray("allocations");
    for (Post post : child.isPresent() ? Post.values() : new Post[0]) {
      ObjectNode w = worker(roster.worker(child.get().allocated(post)));
      w.put("role", form.roleCodes().get(post));
      allocated.add(w);
    }
    return JSON.answer(HttpStatus.OK, body.toString());
  }

  @PostMapping("/v1/casenotes")
  ResponseEntity<String> writeBack(
      @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey,
      @RequestBody(required = false) String body) {
    if (!authorised(authorization)) {
      return unauthorised();
    }
    Optional<Fault> fault = faults().take(SandboxRequest.WRITE_BACK, false);
    Optional<ResponseEntity<String>> instead = faultAnswers.before(fault, JSON);
    if (instead.isPresent()) {
      return instead.get();
    }
    JsonNode note;
    try {
      note = json.readTree(body == null ? "" : body);
    } catch (JsonProcessingException e) {
      return JSON.error(HttpStatus.BAD_REQUEST, "invalid_json", "the body is not JSON");
    }
    if (note == null || !note.isObject()) {
      return JSON.error(HttpStatus.BAD_REQUEST, "invalid_json", "the body is not a JSON object");
    }
    String key = text(note, "/externalReference");
    key = key == null ? idempotencyKey : key;
    String personId = text(note, "/subject/personId");
    if (key == null || key.isBlank() || text(note, "/type") == null || personId == null) {
      return JSON.error(
          HttpStatus.BAD_REQUEST,
          "invalid_note",
          "a note needs type, subject.personId and externalReference");
    }
    if (!sandbox.knowsPerson(SandboxSystem.LCS_API, personId)) {
      return JSON.error(HttpStatus.UNPROCESSABLE_ENTITY, "unknown_person", "no person " + personId);
    }
    Map<String, String> fields = new LinkedHashMap<>();
    flatten("", note, fields);
    WriteBackInbox.Taken taken =
        sandbox
            .inbox(SandboxSystem.LCS_API)
            .take(
                new WrittenBackNote(
                    SandboxSystem.LCS_API,
                    "POST /v1/casenotes",
                    key,
                    personId,
                    fields,
                    sandbox.now()));
    ObjectNode receipt = json.createObjectNode();
    receipt.put("id", "WB-" + taken.number());
    receipt.put("externalReference", key);
    receipt.put("status", taken.added() ? "created" : "duplicate");
    return faultAnswers.after(
        fault, JSON.answer(taken.added() ? HttpStatus.CREATED : HttpStatus.OK, receipt.toString()));
  }

  private ObjectNode render(RecordedNote note) {
    VendorForm form = VendorForm.of(SandboxSystem.LCS_API);
    NoteParties parties = sandbox.parties(note);
    ObjectNode item = json.createObjectNode();
    item.put("id", note.noteId());
    item.put("version", note.version());
    item.put("type", note.noteType());
    item.put("state", note.isDraft() ? "DRAFT" : "COMPLETE");
    item.put("title", note.isDisputeNote() ? "IRO dispute resolution" : "Statutory visit");
    item.put("recordedAt", note.recordedAt().toString());
    item.put("lastModified", note.modifiedAt().toString());
    ObjectNode subject = item.putObject("subject");
    subject.put("personId", parties.personId());
    subject.put("caseId", parties.caseId());
    item.set("author", worker(parties.author()));
    item.put("body", note.text());
    ArrayNode answers = item.putArray("formAnswers");
    for (String field : form.fields()) {
      String value = note.answer(field);
      if (value != null) {
        answers
            .addObject()
            .put("question", form.question(field))
            .put("answer", form.vendorAnswer(field, value));
      }
    }
    return item;
  }

  private ObjectNode worker(SandboxWorker w) {
    ObjectNode node = json.createObjectNode();
    node.put("id", w.id());
    node.put("name", w.name());
    node.put("email", w.email());
    node.put("team", w.team());
    return node;
  }

  private SandboxFaults faults() {
    return sandbox.faults(SandboxSystem.LCS_API);
  }

  private boolean authorised(String authorization) {
    return authorization != null
        && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
        && tokens.valid(authorization.substring(7).strip());
  }

  private static ResponseEntity<String> unauthorised() {
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
        .contentType(JSON.type())
        .body("{\"error\":\"invalid_token\",\"message\":\"a valid bearer token is needed\"}");
  }

  /** The client id and secret of an HTTP Basic header, or null. */
  private static String[] basicCredentials(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String plain =
          new String(
              Base64.getDecoder().decode(authorization.substring(6).strip()),
              StandardCharsets.UTF_8);
      int colon = plain.indexOf(':');
      return colon < 0
          ? null
          : new String[] {plain.substring(0, colon), plain.substring(colon + 1)};
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String text(JsonNode node, String pointer) {
    JsonNode value = node.at(pointer);
    return value.isMissingNode() || value.isNull() ? null : value.asText();
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              e ->
                  flatten(
                      prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(),
                      e.getValue(),
                      into));
    } else if (!node.isNull() && !node.isMissingNode()) {
      into.put(prefix, node.isValueNode() ? node.asText() : node.toString());
    }
  }
}

package uk.irodispute.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The sandbox's Framework-i-style XML API, as {@code mappings/systems/fwi-api.yaml} reads it: IRO
 * monitoring forms as observations on a child's episode, changed since a time, in numbered pages
 * behind HTTP Basic; the dispute's notes written back to the episode, once per {@code externalRef}.
 * Times carry the London offset.
 */
@RestController
@Profile("sandbox")
@RequestMapping("/sandbox/fwi/api")
class FwiApiController {

  static final int MAX_PAGE_SIZE = 100;
  static final int DEFAULT_PAGE_SIZE = 25;
  private static final ApiFormat XML = ApiFormat.XML;
  private static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

  private final SandboxCaseSystems sandbox;
  private final FaultAnswers faultAnswers;
  private final String username;
  private final byte[] password;

  FwiApiController(
      SandboxCaseSystems sandbox, FaultAnswers faultAnswers, SandboxProperties properties) {
    String secret = properties.fwiApi().password();
    if (secret == null || secret.isEmpty()) {
      throw new IllegalStateException("The sandbox XML API needs a password: set FWI_PASSWORD");
    }
    this.sandbox = sandbox;
    this.faultAnswers = faultAnswers;
    this.username = properties.fwiApi().username();
    this.password = secret.getBytes(StandardCharsets.UTF_8);
  }

  @GetMapping("/observations")
  ResponseEntity<String> observations(
      @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestParam(required = false) String formType,
      @RequestParam(required = false) String changedSince,
      @RequestParam(required = false) String page,
      @RequestParam(required = false) String pageSize) {
    if (!authorised(authorization)) {
      return unauthorised();
    }
    Instant since;
    int number;
    int size;
    try {
      since = ApiParameters.since("changedSince", changedSince);
      number = ApiParameters.number("page", page, 1, 1, Integer.MAX_VALUE);
      size = ApiParameters.number("pageSize", pageSize, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
    } catch (IllegalArgumentException e) {
      return XML.error(HttpStatus.BAD_REQUEST, "invalid_request", e.getMessage());
    }
    List<RecordedNote> matching =
        sandbox.notes(SandboxSystem.FWI_API).stream()
            .filter(n -> formType == null || formType.isBlank() || n.noteType().equals(formType))
            .filter(n -> since == null || !n.modifiedAt().isBefore(since))
            .toList();
    long from = (long) (number - 1) * size;
    List<RecordedNote> shown =
        from >= matching.size()
            ? new ArrayList<>()
            : new ArrayList<>(
                matching.subList((int) from, (int) Math.min(from + size, matching.size())));
    boolean more = from + size < matching.size();

    Optional<Fault> fault = faults().take(SandboxRequest.POLL, !shown.isEmpty());
    Optional<ResponseEntity<String>> instead = faultAnswers.before(fault, XML);
    if (instead.isPresent()) {
      return instead.get();
    }
    if (fault.isPresent() && fault.get().kind() == FaultKind.DUPLICATE_NOTE) {
      shown.add(shown.get(0));
    }
    Xml xml =
        new Xml()
            .open(
                "observationPage",
                "page",
                Integer.toString(number),
                "pageSize",
                Integer.toString(size),
                "morePages",
                Boolean.toString(more));
    shown.forEach(n -> render(n, xml));
    xml.close("observationPage");
    return faultAnswers.after(fault, XML.answer(HttpStatus.OK, PROLOG + xml));
  }

  @PostMapping("/episodes/{episodeId}/outcomes")
  ResponseEntity<String> outcome(
      @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyKey,
      @PathVariable String episodeId,
      @RequestBody(required = false) String body) {
    if (!authorised(authorization)) {
      return unauthorised();
    }
    Optional<Fault> fault = faults().take(SandboxRequest.WRITE_BACK, false);
    Optional<ResponseEntity<String>> instead = faultAnswers.before(fault, XML);
    if (instead.isPresent()) {
      return instead.get();
    }
    Element outcome;
    try {
      Document document = Xml.parse(body == null ? "" : body);
      outcome = document.getDocumentElement();
    } catch (IOException | SAXException e) {
      return XML.error(HttpStatus.BAD_REQUEST, "invalid_xml", "the body is not well-formed XML");
    }
    if (!"episodeOutcome".equals(outcome.getTagName())) {
      return XML.error(HttpStatus.BAD_REQUEST, "invalid_outcome", "expected <episodeOutcome>");
    }
    String key = outcome.getAttribute("externalRef");
    key = key.isBlank() && idempotencyKey != null ? idempotencyKey.strip() : key;
    String stated = outcome.getAttribute("episodeId");
    if (key.isBlank() || (!stated.isEmpty() && !stated.equals(episodeId))) {
      return XML.error(
          HttpStatus.BAD_REQUEST,
          "invalid_outcome",
          "an outcome needs externalRef (or an Idempotency-Key header), and an episodeId that is"
              + " the episode posted to");
    }
    Optional<String> person = sandbox.personOfCase(SandboxSystem.FWI_API, episodeId);
    if (person.isEmpty()) {
      return XML.error(HttpStatus.NOT_FOUND, "unknown_episode", "no episode " + episodeId);
    }
    WriteBackInbox.Taken taken =
        sandbox
            .inbox(SandboxSystem.FWI_API)
            .take(
                new WrittenBackNote(
                    SandboxSystem.FWI_API,
                    "POST /episodes/{id}/outcomes",
                    key,
                    person.get(),
                    fields(outcome),
                    sandbox.now()));
    String receipt =
        new Xml()
            .open(
                "outcomeReceipt",
                "id",
                "OUT-" + taken.number(),
                "externalRef",
                key,
                "status",
                taken.added() ? "created" : "duplicate")
            .close("outcomeReceipt")
            .toString();
    return faultAnswers.after(
        fault, XML.answer(taken.added() ? HttpStatus.CREATED : HttpStatus.OK, PROLOG + receipt));
  }

  /**
   * The workers allocated to an episode's child, kept apart from the observations as Framework-i
   * keeps them: the adapter reads them with a lookup. An episode the system does not know is 404.
   */
  @GetMapping("/episodes/{episodeId}/workers")
  ResponseEntity<String> workers(
      @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @PathVariable String episodeId) {
    if (!authorised(authorization)) {
      return unauthorised();
    }
    Optional<String> person = sandbox.personOfCase(SandboxSystem.FWI_API, episodeId);
    if (person.isEmpty()) {
      return XML.error(HttpStatus.NOT_FOUND, "unknown_episode", "no episode " + episodeId);
    }
    SandboxRoster roster = sandbox.roster(SandboxSystem.FWI_API);
    Optional<SandboxChild> child = roster.findChild(person.get());
    VendorForm form = VendorForm.of(SandboxSystem.FWI_API);
    Xml xml = new Xml().open("episodeWorkers", "episodeId", episodeId);
    for (Post post : child.isPresent() ? Post.values() : new Post[0]) {
      SandboxWorker w = roster.worker(child.get().allocated(post));
      xml.open("worker", "relationship", form.roleCodes().get(post), "workerId", w.id());
      person(w, xml).close("worker");
    }
    xml.close("episodeWorkers");
    return XML.answer(HttpStatus.OK, PROLOG + xml);
  }

  private void render(RecordedNote note, Xml xml) {
    VendorForm form = VendorForm.of(SandboxSystem.FWI_API);
    NoteParties parties = sandbox.parties(note);
    xml.open(
            "observation",
            "id",
            note.noteId(),
            "revision",
            Integer.toString(note.version()),
            "complete",
            note.isDraft() ? "0" : "1")
        .element("formType", note.noteType())
        .element("changedAt", london(note.modifiedAt()))
        .element("recordedAt", london(note.recordedAt()))
        .open("episode", "id", parties.caseId())
        .element("personRef", parties.personId())
        .close("episode");
    SandboxWorker author = parties.author();
    xml.open("recordedBy", "workerId", author.id());
    person(author, xml).close("recordedBy").element("narrative", note.text()).open("answers");
    for (String field : form.fields()) {
      String value = note.answer(field);
      if (value != null) {
        xml.open("answer", "code", form.question(field))
            .text(form.vendorAnswer(field, value))
            .close("answer");
      }
    }
    xml.close("answers").close("observation");
  }

  private static Xml person(SandboxWorker w, Xml xml) {
    return xml.element("name", w.name()).element("email", w.email()).element("team", w.team());
  }

  private static String london(Instant instant) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
        instant.atZone(ReportingDatabase.LONDON).toOffsetDateTime());
  }

  private static Map<String, String> fields(Element outcome) {
    Map<String, String> fields = new LinkedHashMap<>();
    NamedNodeMap attributes = outcome.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      fields.put(attributes.item(i).getNodeName(), attributes.item(i).getNodeValue());
    }
    for (Node n = outcome.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        fields.put(e.getTagName(), e.getTextContent().strip());
      }
    }
    return fields;
  }

  private SandboxFaults faults() {
    return sandbox.faults(SandboxSystem.FWI_API);
  }

  private boolean authorised(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return false;
    }
    String plain;
    try {
      plain =
          new String(
              Base64.getDecoder().decode(authorization.substring(6).strip()),
              StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return false;
    }
    int colon = plain.indexOf(':');
    return colon >= 0
        && username.equals(plain.substring(0, colon))
        && MessageDigest.isEqual(
            password, plain.substring(colon + 1).getBytes(StandardCharsets.UTF_8));
  }

  private static ResponseEntity<String> unauthorised() {
    ResponseEntity<String> error =
        XML.error(HttpStatus.UNAUTHORIZED, "unauthorised", "HTTP Basic credentials are needed");
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
        .headers(error.getHeaders())
        .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Framework-i\"")
        .body(error.getBody());
  }
}

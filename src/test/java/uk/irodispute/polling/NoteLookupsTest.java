package uk.irodispute.polling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.irodispute.connections.AuthHeaders;
import uk.irodispute.connections.SourceUnavailableException;
import uk.irodispute.core.note.CaseNote;
import uk.irodispute.core.note.CaseWorker;
import uk.irodispute.mappings.ShippedSystems;
import uk.irodispute.systems.SystemDefinition;
import uk.irodispute.systems.mapping.NotePage;
import uk.irodispute.systems.mapping.NotePageReader;
import uk.irodispute.testing.FreePorts;

/**
 * The lookup step against a case system served here: dispute notes are completed with the child's
 * allocation and legal status, one request per child a run; a 404 makes the note a dead letter; any
 * other failure stops the run. Every person here is invented.
 */
class NoteLookupsTest {

  private static final String FILE =
      """
      id: vendor-api
      name: A vendor's API
      protocol: day-range-lac-cp
      source:
        kind: http-json
        baseUrl: "%s"
        path: /notes
        query: {since: "{{watermark}}", page: "{{page}}"}
        pageSize: 10
        initialWatermark: "2026-01-01T00:00:00Z"
        paging: {kind: page, firstPage: 1}
        notesAt: /data
        lookups:
          - name: allocations
            path: "/people/{{personId}}/allocations"
            query: {active: "true"}
            fields: {legalStatus: /legal_status}
            allocation: {items: /workers, role: /role, id: /id, name: /name, email: /email}
      fields:
        noteId: /id
        modifiedAt: /updated
        personId: /person
        noteType: /type
        authorId: /author
        recordedAt: /updated
        text: /body
        roles: {SW: social-worker, TM: team-manager}
      rules:
        noteTypes: [DISPUTE]
        commandByNoteType: {DISPUTE: raise}
      writeBack:
        kind: http
        path: /notes
        body: '{"text": "{{text}}"}'
      """;

  private static final String ALLOCATION =
      """
      {"legal_status": "Child protection",
       "workers": [
         {"role": "SW", "id": "w-1", "name": "Sam Social", "email": "sam.social@council.example"},
         {"role": "TM", "id": "w-2", "name": "Terry Manager"},
         {"role": "ADMIN", "id": "w-3"}]}
      """;

  /** The same kind of case system, answering in XML: its lookup reads the answer with XPath. */
  private static final String XML_FILE =
      """
      id: vendor-xml
      name: A vendor's XML API
      protocol: day-range-lac-cp
      source:
        kind: http-xml
        baseUrl: "%s"
        path: /notes
        query: {since: "{{watermark}}", page: "{{page}}"}
        pageSize: 10
        initialWatermark: "2026-01-01T00:00:00Z"
        paging: {kind: page, firstPage: 1}
        notesAt: /notes/note
        lookups:
          - name: workers
            path: "/episodes/{{caseId}}/workers"
            fields: {legalStatus: /episodeWorkers/@legalStatus}
            allocation: {items: /episodeWorkers/worker, role: "@relationship", id: "@workerId", name: name, email: email}
      fields:
        noteId: "@id"
        modifiedAt: updated
        personId: person
        caseId: episode
        noteType: type
        authorId: author
        recordedAt: updated
        text: body
        roles: {SW: social-worker, TM: team-manager}
      rules:
        noteTypes: [DISPUTE]
        commandByNoteType: {DISPUTE: raise}
      writeBack:
        kind: http
        path: /notes
        contentType: application/xml
        body: '<note>{{text}}</note>'
      """;

  private static final String XML_WORKERS =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <episodeWorkers episodeId="EP-1" legalStatus="Looked after">
        <worker relationship="SW" workerId="w-1"><name>Sam Social</name>
          <email>sam.social@council.example</email></worker>
        <worker relationship="TM" workerId="w-2"><name>Terry Manager</name></worker>
        <worker relationship="ADMIN" workerId="w-3"/>
      </episodeWorkers>
      """;

  @TempDir Path dir;

  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
  private final List<String> events = new ArrayList<>();
  private HttpServer server;
  private CamelContext camel;
  private NoteLookups lookups;
  private SystemDefinition system;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/people/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          requests.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
          int status =
              path.contains("P-404")
                  ? 404
                  : path.contains("P-500")
                          || !"active=true".equals(exchange.getRequestURI().getQuery())
                      ? 500
                      : 200;
          byte[] body = (status == 200 ? ALLOCATION : "{}").getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(status, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.createContext(
        "/episodes/",
        exchange -> {
          requests
              .computeIfAbsent(exchange.getRequestURI().getPath(), k -> new AtomicInteger())
              .incrementAndGet();
          byte[] body = XML_WORKERS.strip().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/xml");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    camel = new DefaultCamelContext();
    camel.start();
    String url = "http://127.0.0.1:" + server.getAddress().getPort();
    system =
        ShippedSystems.loader()
            .load(Files.writeString(dir.resolve("vendor-api.yaml"), FILE.formatted(url)));
    PollEvents counting =
        new PollEvents() {
          @Override
          public void pageRead(String systemId, int items, int mapped) {}

          @Override
          public void noteKept(String systemId, uk.irodispute.store.DeadLetterReason reason) {}

          @Override
          public void runEnded(String systemId, java.time.Duration took, boolean succeeded) {}

          @Override
          public void lookedUp(String systemId, String lookup, LookupOutcome outcome) {
            events.add(lookup + " " + outcome);
          }
        };
    lookups =
        new NoteLookups(camel.createProducerTemplate(), new AuthHeaders(null), counting, 1_000_000);
  }

  @AfterEach
  void stop() {
    camel.stop();
    server.stop(0);
  }

  @Test
  void disputeNotesGetTheChildsAllocationAndLegalStatusOneRequestPerChildARun() {
    NotePage page =
        lookups.complete(
            system,
            page(
                note("n-1", "P-1", "DISPUTE", "w-1"),
                note("n-2", "P-1", "DISPUTE", "w-9"),
                note("n-3", "P-2", "VISIT", "w-1")),
            new LookupCache());

    CaseNote first = page.notes().get(0);
    assertThat(first.allocated())
        .containsExactly(
            new CaseWorker(
                "social-worker", "w-1", "Sam Social", "sam.social@council.example", null),
            new CaseWorker("team-manager", "w-2", "Terry Manager", null, null));
    assertThat(first.answer("legalStatus")).contains("Child protection");
    assertThat(first.author().role()).as("allocated as social worker").isEqualTo("social-worker");
    assertThat(page.notes().get(1).allocated()).hasSize(2);
    assertThat(page.notes().get(2).allocated()).as("not a dispute note: not looked up").isEmpty();
    assertThat(requests).containsOnlyKeys("/people/P-1/allocations");
    assertThat(requests.get("/people/P-1/allocations")).hasValue(1);
    assertThat(events).containsExactly("allocations FETCHED", "allocations CACHED");
  }

  @Test
  void anXmlSourcesLookupIsReadWithXPath() throws IOException {
    String url = "http://127.0.0.1:" + server.getAddress().getPort();
    SystemDefinition xml =
        ShippedSystems.loader()
            .load(Files.writeString(dir.resolve("vendor-xml.yaml"), XML_FILE.formatted(url)));
    NotePage read =
        NotePageReader.forSystem(xml)
            .read(
                """
                <notes><note id="n-1"><updated>2026-11-02T10:00:00Z</updated>
                  <person>P-1</person><episode>EP-1</episode><type>DISPUTE</type>
                  <author>w-2</author><body>Invented.</body></note></notes>
                """,
                1);

    CaseNote note = lookups.complete(xml, read, new LookupCache()).notes().get(0);

    assertThat(note.allocated())
        .containsExactly(
            new CaseWorker(
                "social-worker", "w-1", "Sam Social", "sam.social@council.example", null),
            new CaseWorker("team-manager", "w-2", "Terry Manager", null, null));
    assertThat(note.answer("legalStatus")).contains("Looked after");
    assertThat(note.author().role()).isEqualTo("team-manager");
    assertThat(requests).containsOnlyKeys("/episodes/EP-1/workers");
  }

  @Test
  void aLookupAnswered404MakesItsNoteADeadLetterAndTheRestIsRead() {
    NotePage page =
        lookups.complete(
            system,
            page(note("n-1", "P-404", "DISPUTE", "w-1"), note("n-2", "P-1", "DISPUTE", "w-1")),
            new LookupCache());

    assertThat(page.notes()).extracting(CaseNote::noteId).containsExactly("n-2");
    assertThat(page.unreadable())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.noteIdOrPosition()).isEqualTo("n-1");
              assertThat(u.reason())
                  .isEqualTo(
                      "lookup 'allocations' answered 404: the case system has no such record");
              assertThat(u.modifiedAt()).isNotNull();
            });
    assertThat(events).contains("allocations NOT_FOUND");
  }

  @Test
  void anyOtherFailureStopsTheRunSoThePageIsReadAgain() {
    NotePage page = page(note("n-1", "P-500", "DISPUTE", "w-1"));

    assertThatThrownBy(() -> lookups.complete(system, page, new LookupCache()))
        .isInstanceOf(SourceUnavailableException.class)
        .hasMessage("lookup 'allocations' was answered HTTP 500");
    assertThat(events).containsExactly("allocations FAILED");
  }

  @Test
  void aLookupThatCannotBeMadeStopsTheRunSayingWhy() throws IOException {
    String closed = "http://127.0.0.1:" + FreePorts.freePort();
    system =
        ShippedSystems.loader()
            .load(Files.writeString(dir.resolve("vendor-api.yaml"), FILE.formatted(closed)));
    NotePage page = page(note("n-1", "P-1", "DISPUTE", "w-1"));

    assertThatThrownBy(() -> lookups.complete(system, page, new LookupCache()))
        .isInstanceOf(SourceUnavailableException.class)
        .hasMessage("lookup 'allocations' could not be made: the target refused the connection");
    assertThat(events).containsExactly("allocations FAILED");
  }

  private NotePage page(String... notes) {
    return NotePageReader.forSystem(system)
        .read("{\"data\": [" + String.join(",", notes) + "]}", 1);
  }

  private static String note(String id, String person, String type, String author) {
    return """
        {"id": "%s", "updated": "2026-11-02T10:00:00Z", "person": "%s", "type": "%s",
         "author": "%s", "body": "Invented."}
        """
        .formatted(id, person, type, author);
  }
}

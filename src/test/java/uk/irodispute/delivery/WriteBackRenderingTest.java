package uk.irodispute.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.irodispute.delivery.DeliveryFixtures.CONTACTS;
import static uk.irodispute.delivery.DeliveryFixtures.COUNCIL;
import static uk.irodispute.delivery.DeliveryFixtures.REF;
import static uk.irodispute.delivery.DeliveryFixtures.london;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import uk.irodispute.core.engine.Decision;
import uk.irodispute.core.engine.Effect;
import uk.irodispute.core.model.Subject;
import uk.irodispute.core.note.CaseNote;
import uk.irodispute.core.protocol.RecordKind;
import uk.irodispute.systems.SystemDefinition;
import uk.irodispute.systems.WriteBack;

/**
 * A case note is written back in each shipped system file's own form: a JSON request for the
 * Liquidlogic-style API, an XML outcome on the Framework-i episode, a row in the reporting
 * database's integration table; and as a file or a mail where a council configures those.
 */
class WriteBackRenderingTest {

  private static final String NASTY_STAGE = "Stage \"1\" <script>alert('x')</script> & co\\\nnext";

  @Test
  void theLiquidlogicApiGetsAJsonCaseNoteWithQueryActionOrOutcomeAndTheAuthorRole()
      throws Exception {
    SystemDefinition lcs = ShippedSystemFiles.load("lcs-api");
    Decision raised =
        DeliveryFixtures.raise("lcs-api", lcs.protocolId(), "CP", null, london("2026-11-04T10:00"));
    Effect.WriteCaseNote query = firstNote(raised);

    var request = (Delivery.HttpRequest) only(plan(lcs, query, raised));

    assertThat(request.idempotencyKey()).isEqualTo(query.idempotencyKey() + "/note");
    assertThat(request.reference()).isEqualTo("DRP-2026-000042");
    assertThat(request.systemId()).isEqualTo("lcs-api");
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/casenotes");
    assertThat(request.contentType()).isEqualTo("application/json");
    assertThat(request.headers()).containsEntry("Idempotency-Key", request.idempotencyKey());
    JsonNode body = new ObjectMapper().readTree(request.body());
    assertThat(body.at("/type").asText()).isEqualTo("IRO_DRP_QUERY");
    assertThat(body.at("/subject/personId").asText()).isEqualTo("P-1001");
    assertThat(body.at("/subject/caseId").asText()).isEqualTo("C-2001");
    assertThat(body.at("/author/role").asText()).isEqualTo("CP Chair");
    assertThat(body.at("/title").asText()).isEqualTo("Query: DRP-2026-000042 " + query.stageName());
    assertThat(body.at("/externalReference").asText()).isEqualTo(request.idempotencyKey());
    assertThat(body.at("/body").asText())
        .isEqualTo(
            "Query (CP Chair): dispute DRP-2026-000042, "
                + query.stageName()
                + "\nRaised by Jo Bellamy (CP Chair); category: Other.\n"
                + query.summary()
                + "\nRecorded by the IRO dispute adapter.");
    assertThat(query.summary()).contains("Thursday 5 November 2026 at 17:00");
  }

  @Test
  void jsonBodiesStayValidWhateverTheValuesHold() throws Exception {
    SystemDefinition lcs = ShippedSystemFiles.load("lcs-api");
    var note = note(NASTY_STAGE, new Subject("lcs-api", "P\"1", "C\\2"));

    var request = (Delivery.HttpRequest) only(planNote(lcs, note));

    JsonNode body = new ObjectMapper().readTree(request.body());
    assertThat(body.at("/title").asText()).isEqualTo("Action: DRP-2026-000042 " + NASTY_STAGE);
    assertThat(body.at("/subject/personId").asText()).isEqualTo("P\"1");
    assertThat(body.at("/subject/caseId").asText()).isEqualTo("C\\2");
  }

  @Test
  void framework_iGetsTheOutcomeAsXmlOnTheEpisode() throws Exception {
    SystemDefinition fwi = ShippedSystemFiles.load("fwi-api");
    Decision raised =
        DeliveryFixtures.raise(
            "fwi-api", fwi.protocolId(), "LAC", "stage-2", london("2026-11-04T10:00"));
    Effect.WriteCaseNote query = firstNote(raised);

    var request = (Delivery.HttpRequest) only(plan(fwi, query, raised));

    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/episodes/C-2001/outcomes");
    assertThat(request.contentType()).isEqualTo("application/xml");
    Document xml = parseXml(request.body());
    var root = xml.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("episodeOutcome");
    assertThat(root.getAttribute("episodeId")).isEqualTo("C-2001");
    assertThat(root.getAttribute("externalRef")).isEqualTo(request.idempotencyKey());
    assertThat(text(xml, "kind")).isEqualTo("query");
    assertThat(text(xml, "authorRole")).isEqualTo("IRO");
    assertThat(text(xml, "disputeRef")).isEqualTo("DRP-2026-000042");
    assertThat(text(xml, "stage")).isEqualTo(query.stageName());
    assertThat(text(xml, "due")).isEqualTo("Monday 9 November 2026 at 17:00");
    assertThat(text(xml, "text")).startsWith("Query (IRO): dispute DRP-2026-000042");
  }

  @Test
  void xmlBodiesStayWellFormedAndPathsEncodedWhateverTheValuesHold() throws Exception {
    SystemDefinition fwi = ShippedSystemFiles.load("fwi-api");
    var note = note(NASTY_STAGE, new Subject("fwi-api", "P-1", "EP/7?x=<1>"));

    var request = (Delivery.HttpRequest) only(planNote(fwi, note));

    assertThat(request.path()).isEqualTo("/episodes/EP%2F7%3Fx%3D%3C1%3E/outcomes");
    Document xml = parseXml(request.body());
    assertThat(xml.getDocumentElement().getAttribute("episodeId")).isEqualTo("EP/7?x=<1>");
    assertThat(text(xml, "stage")).isEqualTo(NASTY_STAGE);
  }

  @Test
  void theReportingDatabaseGetsARowWithTheInsertsNamedValues() {
    SystemDefinition reporting = ShippedSystemFiles.load("lcs-reporting");
    Decision raised =
        DeliveryFixtures.raise(
            "lcs-reporting", reporting.protocolId(), "CP", null, london("2026-11-04T10:00"));
    Effect.WriteCaseNote query = firstNote(raised);

    var row = (Delivery.TableRow) only(plan(reporting, query, raised));

    assertThat(row.idempotencyKey()).isEqualTo(query.idempotencyKey() + "/note");
    assertThat(row.systemId()).isEqualTo("lcs-reporting");
    assertThat(row.values())
        .containsOnlyKeys(
            "idempotencyKey",
            "personId",
            "kind",
            "authorRole",
            "reference",
            "stageName",
            "dueInWords",
            "text")
        .containsEntry("idempotencyKey", row.idempotencyKey())
        .containsEntry("personId", "P-1001")
        .containsEntry("kind", "query")
        .containsEntry("authorRole", "CP Chair")
        .containsEntry("reference", "DRP-2026-000042")
        .containsEntry("stageName", query.stageName())
        .containsEntry("dueInWords", "Thursday 5 November 2026 at 17:00");
    assertThat(row.values().get("text"))
        .startsWith("Query (CP Chair): dispute DRP-2026-000042")
        .as("a table has no header: the key ends the note")
        .endsWith("\n[IRO dispute key: " + row.idempotencyKey() + "]");
  }

  @Test
  void aFileDropIsNamedSafelyAndItsBodyEscapedByTheFilesKind() throws Exception {
    var drop =
        new WriteBack.FileDrop(
            Path.of("/srv/lcs-import"),
            "{{noteKey}}-{{kind}}.xml",
            "<note ref=\"{{reference}}\"><stage>{{stageName}}</stage><text>{{text}}</text></note>");
    var system = DeliveryFixtures.system("lcs-files", "day-range-lac-cp", null, drop);

    var file =
        (Delivery.FileDrop)
            only(planNote(system, note(NASTY_STAGE, new Subject("lcs-files", "P-1", null))));

    assertThat(file.fileName()).isEqualTo("DRP-2026-000042-7-1-note-action.xml");
    assertThat(text(parseXml(file.body()), "stage")).isEqualTo(NASTY_STAGE);
    assertThat(text(parseXml(file.body()), "text"))
        .endsWith("\n[IRO dispute key: DRP-2026-000042/7/1/note]");
  }

  @Test
  void aSystemFilesOwnKeyMarkerEndsTheNoteOrNoneWhenItHasNone() {
    var marked =
        new WriteBack.FileDrop(
            Path.of("/srv/lcs-import"), "{{noteKey}}.txt", "{{text}}", "Ref {{noteKey}}");
    var unmarked =
        new WriteBack.FileDrop(Path.of("/srv/lcs-import"), "{{noteKey}}.txt", "{{text}}", null);
    var stage = new Subject("lcs-files", "P-1", null);

    var withMarker =
        (Delivery.FileDrop)
            only(
                planNote(
                    DeliveryFixtures.system("lcs-files", "day-range-lac-cp", null, marked),
                    note("Stage 2", stage)));
    var without =
        (Delivery.FileDrop)
            only(
                planNote(
                    DeliveryFixtures.system("lcs-files", "day-range-lac-cp", null, unmarked),
                    note("Stage 2", stage)));

    assertThat(withMarker.body()).endsWith("\nRef DRP-2026-000042-7-1-note");
    assertThat(without.body()).doesNotContain("DRP-2026-000042-7-1-note", "dispute key");
  }

  @Test
  void aMailToACaseSystemInboxIsPlainTextOnOneSubjectLine() {
    var inbox =
        new WriteBack.Mail(
            List.of("casenotes@lcs.council.example"),
            "{{kindTitle}} {{reference}} person {{personId}}",
            "{{text}}\n{{caseLink}}");
    var system =
        DeliveryFixtures.system(
            "lcs-mail", "day-range-lac-cp", "https://lcs.council.example/p/{{personId}}", inbox);

    var mail =
        (Delivery.Mail)
            only(planNote(system, note("Stage 2\nBcc: x@y", new Subject("lcs-mail", "P 1", null))));

    assertThat(mail.to()).containsExactly("casenotes@lcs.council.example");
    assertThat(mail.subject()).isEqualTo("Action DRP-2026-000042 person P 1");
    assertThat(mail.html()).isNull();
    assertThat(mail.plainText())
        .startsWith("Action (Team Manager): dispute DRP-2026-000042, Stage 2\nBcc: x@y")
        .contains("\n[IRO dispute key: DRP-2026-000042/7/1/note]\n")
        .endsWith("https://lcs.council.example/p/P%201");
  }

  @Test
  void aTemplateMayNameTheTriggeringNoteTheIroTheTimeAndEveryDueTime() {
    var inbox =
        new WriteBack.Mail(
            List.of("casenotes@lcs.council.example"),
            "{{reference}} note {{noteId}}",
            "now={{now}}\nnote={{noteId}} recorded={{noteRecordedAt}} by={{authorWorkerId}}"
                + "\niro={{iroWorkerId}} effective={{effectiveDate}}"
                + "\ndue={{dueAt}} next={{nextDueAt}} cap={{capDueAt}}",
            null);
    var system = DeliveryFixtures.system("lcs-api", "day-range-lac-cp", null, inbox);
    Decision raised =
        DeliveryFixtures.raise(
            "lcs-api", "day-range-lac-cp", "CP", "stage-1", london("2026-11-04T10:00"));
    CaseNote raisingNote =
        new CaseNote(
            "lcs-api",
            "N-1",
            "1",
            london("2026-11-04T10:05"),
            "P-1001",
            "C-2001",
            "DRP",
            DeliveryFixtures.SOCIAL_WORKER,
            london("2026-11-03T23:30"),
            "",
            Map.of(),
            List.of());
    Trigger trigger = Trigger.of(raisingNote, london("2026-11-04T10:06"));

    var mail =
        (Delivery.Mail)
            only(
                DeliveryFixtures.planner(COUNCIL, system)
                    .plan(firstNote(raised), raised.dispute(), CONTACTS, trigger));

    assertThat(mail.subject()).isEqualTo("DRP-2026-000042 note N-1");
    assertThat(mail.plainText())
        .startsWith(
            "now=2026-11-04T10:06:00+00:00"
                + "\nnote=N-1 recorded=2026-11-03T23:30:00+00:00 by=W-101"
                + "\niro=IRO-7 effective=2026-11-03"
                + "\ndue=2026-11-05T17:00:00+00:00 next=2026-11-05T17:00:00+00:00"
                + " cap=2026-12-02T17:00:00+00:00");
  }

  @Test
  void aTicksNoteNamesNoNoteAndCountsFromTheTick() {
    var file =
        new WriteBack.Mail(
            List.of("casenotes@lcs.council.example"),
            "{{reference}}",
            "note=[{{noteId}}] by=[{{authorWorkerId}}] effective={{effectiveDate}}",
            null);
    var system = DeliveryFixtures.system("lcs-api", "day-range-lac-cp", null, file);
    Decision raised =
        DeliveryFixtures.raise(
            "lcs-api", "day-range-lac-cp", "CP", null, london("2026-11-04T10:00"));

    var mail =
        (Delivery.Mail)
            only(
                DeliveryFixtures.planner(COUNCIL, system)
                    .plan(
                        firstNote(raised),
                        raised.dispute(),
                        CONTACTS,
                        Trigger.tick(london("2026-11-06T00:30"))));

    assertThat(mail.plainText()).isEqualTo("note=[] by=[] effective=2026-11-06");
  }

  @Test
  void aSystemWithoutWriteBackOrAnUnknownSystemWritesNothing() {
    var none = DeliveryFixtures.system("lcs-none", "day-range-lac-cp", null, null);
    assertThat(planNote(none, note("Stage 1", new Subject("lcs-none", "P-1", null)))).isEmpty();
    assertThat(planNote(none, note("Stage 1", new Subject("elsewhere", "P-1", null)))).isEmpty();
  }

  private static List<Delivery> plan(SystemDefinition system, Effect effect, Decision decision) {
    return DeliveryFixtures.planner(COUNCIL, system).plan(effect, decision.dispute(), CONTACTS);
  }

  @Test
  void theRendererFillsEveryValueTheLoaderAcceptsAndNoOther() {
    assertThat(
            CaseNoteValues.of(
                    note("Stage 2", new Subject("lcs-api", "P-1", "C-1")),
                    "DRP-2026-000042/7/1/note",
                    "Chair",
                    null)
                .keySet())
        .containsExactlyInAnyOrderElementsOf(WriteBack.TEMPLATE_VALUES);
  }

  private static List<Delivery> planNote(SystemDefinition system, Effect.WriteCaseNote note) {
    Decision raised =
        DeliveryFixtures.raise(
            "lcs-api", "day-range-lac-cp", "CP", null, london("2026-11-04T10:00"));
    return DeliveryFixtures.planner(COUNCIL, system).plan(note, raised.dispute(), CONTACTS);
  }

  /** An action note recorded for the team manager, with a stage name of the test's choosing. */
  private static Effect.WriteCaseNote note(String stageName, Subject subject) {
    return new Effect.WriteCaseNote(
        "DRP-2026-000042/7/1",
        REF,
        subject,
        RecordKind.ACTION,
        "team-manager",
        "stage-2",
        stageName,
        london("2026-11-10T17:00"),
        "Dispute DRP-2026-000042: a response was recorded.");
  }

  private static Effect.WriteCaseNote firstNote(Decision d) {
    return d.effects().stream()
        .filter(Effect.WriteCaseNote.class::isInstance)
        .map(Effect.WriteCaseNote.class::cast)
        .findFirst()
        .orElseThrow();
  }

  private static Delivery only(List<Delivery> deliveries) {
    assertThat(deliveries).hasSize(1);
    return deliveries.get(0);
  }

  private static Document parseXml(String body) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
  }

  private static String text(Document xml, String element) {
    return xml.getElementsByTagName(element).item(0).getTextContent();
  }
}

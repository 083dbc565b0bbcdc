package uk.irodispute.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.irodispute.delivery.DeliveryFixtures.CHAIR;
import static uk.irodispute.delivery.DeliveryFixtures.COUNCIL;
import static uk.irodispute.delivery.DeliveryFixtures.REF;
import static uk.irodispute.delivery.DeliveryFixtures.london;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import uk.irodispute.core.engine.AlertKind;
import uk.irodispute.core.engine.Asked;
import uk.irodispute.core.engine.Effect;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.core.note.CaseWorker;
import uk.irodispute.directory.MailAddresses;

/**
 * Values a case system or a member of staff typed, with markup, quotes, line breaks, control
 * characters and path characters in them, reach the case system and mail escaped or refused: XML
 * and JSON bodies stay well formed and keep the value, URLs keep to their path, and no address or
 * header is made from a value that is not one plain line.
 */
class HostileValuesTest {

  private static final String ALL_CONTROLS;

  static {
    StringBuilder controls = new StringBuilder();
    for (char c = 0; c < 0x20; c++) {
      controls.append(c);
    }
    ALL_CONTROLS = controls.append('\u007f').append('\u2028').append('\u2029').toString();
  }

  @Test
  void anXmlBodyStaysWellFormedWithMarkupSectionEndsAndLineBreaksInValues() throws Exception {
    String value = "a]]>b <c attr=\"'x'\"> & d\r\ne\tf";
    Template body =
        Template.parse(
            "<n ref=\"{{value}}\" other='{{value}}'><t>{{value}}</t>"
                + "<c><![CDATA[{{value}}]]></c></n>");

    Document xml = parse(body.render(Map.of("value", value), Escaping.XML));

    assertThat(xml.getDocumentElement().getAttribute("ref"))
        .as("an attribute keeps its line breaks and tab")
        .isEqualTo(value);
    assertThat(xml.getDocumentElement().getAttribute("other")).isEqualTo(value);
    assertThat(xml.getElementsByTagName("t").item(0).getTextContent()).isEqualTo(value);
    assertThat(xml.getElementsByTagName("c").item(0).getTextContent())
        .as("inside CDATA the escaped value is shown as written, and cannot end the section")
        .contains("]]&gt;b");
  }

  @Test
  void charactersXmlForbidsAreLeftOutAndTheRestIsKept() throws Exception {
    String value = "x\u0000y\u0008z\uD800w\uDC00v\uFFFE" + "😀";

    Document xml = parse(Template.parse("<t>{{v}}</t>").render(Map.of("v", value), Escaping.XML));

    assertThat(xml.getDocumentElement().getTextContent()).isEqualTo("xyzwv😀");
  }

  @Test
  void aJsonBodyStaysValidAndKeepsEveryControlCharacterAndUnpairedSurrogate() throws Exception {
    String value = ALL_CONTROLS + "\"\\/<script>&'\uD800 lone \uDC00 pair 😀";
    Template body = Template.parse("{\"a\": \"{{v}}\", \"b\": [\"{{v}}\"]}");

    String rendered = body.render(Map.of("v", value), Escaping.JSON);

    assertThat(rendered.chars().filter(c -> c < 0x20)).isEmpty();
    var json = new ObjectMapper().readTree(rendered.getBytes(StandardCharsets.UTF_8));
    assertThat(json.at("/a").asText()).isEqualTo(value);
    assertThat(json.at("/b/0").asText()).isEqualTo(value);
  }

  @Test
  void aValueOfDotsCannotClimbOutOfItsPathSegment() {
    assertThat(Escaping.URL.escape("..")).isEqualTo("%2E%2E");
    assertThat(Escaping.URL.escape(".")).isEqualTo("%2E");
    assertThat(Escaping.URL.escape("../admin")).isEqualTo("..%2Fadmin");
    assertThat(Escaping.URL.escape("EP.7")).isEqualTo("EP.7");
    assertThat(
            Template.parse("/episodes/{{caseId}}/outcomes")
                .render(Map.of("caseId", ".."), Escaping.URL))
        .isEqualTo("/episodes/%2E%2E/outcomes");
  }

  @Test
  void aFileNameFromAnyValueStaysOneNameInItsFolder() {
    for (String value : List.of("../../etc/passwd", "..", ".", "a\\..\\b", "x/\u0000y", "")) {
      String name = Escaping.FILE_NAME.escape(value);
      assertThat(name).doesNotContain("/", "\\", "\u0000").doesNotStartWith(".");
    }
  }

  @Test
  void addressesACaseSystemGaveThatAreNotOnePlainAddressAreNeverMailedTo() {
    List<String> hostile =
        List.of(
            "sam.okoro@council.example\r\nBcc: someone@elsewhere.example",
            "sam.okoro@council.example, someone@elsewhere.example",
            "Sam Okoro <sam.okoro@council.example>",
            "sam.okoro@council.example\nX-Injected: yes");
    for (String email : hostile) {
      var worker = new CaseWorker("social-worker", "W-101", "Sam Okoro", email, "CiC South");
      var contacts = new CaseContacts(List.of(CHAIR, worker));

      List<Delivery> planned = planner().plan(alert("social-worker"), dispute(), contacts);

      assertThat(planned)
          .as(email)
          .isNotEmpty()
          .allSatisfy(
              d -> {
                Delivery.Mail mail = (Delivery.Mail) d;
                assertThat(mail.to()).allMatch(MailAddresses::isPlain);
                assertThat(mail.cc()).allMatch(MailAddresses::isPlain);
                assertThat(mail.to() + " " + mail.cc()).doesNotContain("elsewhere", "\n");
                assertThat(mail.subject()).doesNotContain("\r", "\n");
              });
    }
  }

  @Test
  void aSubjectIsOneLineWhateverTheNoteIdHolds() {
    var alert =
        new Effect.SendAlert(
            "note/lcs-api:N-9\r\nBcc: someone@elsewhere.example\u2028\u0085@2/rejected",
            null,
            DeliveryFixtures.subject("lcs-api"),
            AlertKind.NOTE_REJECTED,
            List.of("chair"),
            List.of(),
            null,
            null,
            null,
            Asked.of(Asked.Ask.NOTE_NOT_TAKEN, "reason", "there is no dispute DRP-2026-009999"),
            "IRO-7");

    var mail =
        (Delivery.Mail) planner().plan(alert, Optional.empty(), DeliveryFixtures.CONTACTS).get(0);

    assertThat(mail.subject()).doesNotContain("\r", "\n", "\u2028", "\u0085");
    assertThat(mail.plainText()).contains("there is no dispute DRP-2026-009999");
  }

  @Test
  void anAlertNamingStaffWithMarkupInTheirNamesEscapesThemInHtmlOnly() {
    var worker =
        new CaseWorker(
            "social-worker",
            "W-101",
            "<img src=x onerror=alert(1)> & \"Sam\"",
            "sam.okoro@council.example",
            "CiC South");

    var mail =
        (Delivery.Mail)
            planner()
                .plan(alert("social-worker"), dispute(), new CaseContacts(List.of(CHAIR, worker)))
                .get(0);

    assertThat(mail.html())
        .doesNotContain("<img")
        .contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Sam&quot;");
    assertThat(mail.plainText()).contains("<img src=x onerror=alert(1)> & \"Sam\"");
  }

  private static RenderingDeliveryPlanner planner() {
    return DeliveryFixtures.planner(
        COUNCIL,
        DeliveryFixtures.system(
            "lcs-api", "day-range-lac-cp", "https://lcs.council.example/p/{{personId}}", null));
  }

  private static Optional<Dispute> dispute() {
    return DeliveryFixtures.raise(
            "lcs-api", "day-range-lac-cp", "CP", null, london("2026-11-04T10:00"))
        .dispute();
  }

  private static Effect.SendAlert alert(String to) {
    return new Effect.SendAlert(
        "DRP-2026-000042/5/1",
        REF,
        DeliveryFixtures.subject("lcs-api"),
        AlertKind.STAGE_OPENED,
        List.of(to),
        List.of(),
        "stage-1",
        "Stage 1: Social Worker",
        london("2026-11-10T17:00"),
        Asked.of(Asked.Ask.STAGE_OPENED, "guidance", "Respond in writing."),
        "IRO-7");
  }

  private static Document parse(String body) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
  }
}

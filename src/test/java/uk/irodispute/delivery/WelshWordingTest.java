package uk.irodispute.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.irodispute.delivery.DeliveryFixtures.CHAIR;
import static uk.irodispute.delivery.DeliveryFixtures.CONTACTS;
import static uk.irodispute.delivery.DeliveryFixtures.COUNCIL;
import static uk.irodispute.delivery.DeliveryFixtures.PROTOCOLS;
import static uk.irodispute.delivery.DeliveryFixtures.REF;
import static uk.irodispute.delivery.DeliveryFixtures.SOCIAL_WORKER;
import static uk.irodispute.delivery.DeliveryFixtures.london;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.irodispute.core.engine.AlertKind;
import uk.irodispute.core.engine.Asked;
import uk.irodispute.core.engine.Effect;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.directory.Directory;
import uk.irodispute.directory.DirectoryPerson;
import uk.irodispute.directory.ServiceArea;
import uk.irodispute.mappings.MessageFileLoader;
import uk.irodispute.mappings.ShippedSystems;
import uk.irodispute.systems.SystemDefinition;

/**
 * The words the adapter puts into an alert around the engine's ask (the "If not done" line, the
 * redirect notice, how roles are listed, how to answer, what would fill a role, what is asked) come
 * from the wording, so a reader of Welsh gets the Welsh fixture's words under {@code
 * src/test/resources/wording/messages/cy/}.
 */
class WelshWordingTest {

  private static final Wording COUNCIL_WORDING =
      new MessageFileLoader().loadDirectory(Path.of("src/test/resources/wording/messages"));
  private static final SystemDefinition LCS =
      DeliveryFixtures.system("lcs-api", "day-range-lac-cp", null, null);
  private static final Set<String> STAGE_THREE =
      Set.of("alex.marlow@council.example", "tom.southgate@council.example");

  private final Optional<Dispute> dispute =
      DeliveryFixtures.raise("lcs-api", "day-range-lac-cp", "CP", null, london("2026-11-04T10:00"))
          .dispute();

  @Test
  void aWelshReaderIsToldInWelshWhatHappensIfNotDone() {
    Delivery.Mail mail = mail(planner(readingWelsh(STAGE_THREE)), AlertKind.STAGE_OPENED, CONTACTS);

    assertThat(mail.plainText())
        .contains(
            "Os na wneir:         mae'r anghydfod yn symud ymlaen ohono'i hun i Stage 4: Head of"
                + " Safeguarding and Quality Service, a dywedir wrth y Cadeirydd Amddiffyn Plant.")
        .doesNotContain("escalates by itself");
    assertThat(mail.html()).contains("<p>Os na wneir: mae", "anghydfod yn symud ymlaen ohono");
  }

  @Test
  void aWelshReaderIsGivenTheDueTimeInWelsh() {
    Delivery.Mail mail = mail(planner(readingWelsh(STAGE_THREE)), AlertKind.STAGE_OPENED, CONTACTS);

    assertThat(mail.plainText())
        .contains("Erbyn:               Dydd Mawrth 10 Tachwedd 2026 am 17:00")
        .doesNotContain("Tuesday")
        .doesNotContain("November");
    assertThat(mail.html()).contains("<p>Erbyn: Dydd Mawrth 10 Tachwedd 2026 am 17:00</p>");
  }

  @Test
  void aWelshReaderSeesARoleWithNobodyInWelsh() {
    var noTeamManager = new CaseContacts(List.of(CHAIR, SOCIAL_WORKER));

    Delivery.Mail mail =
        mail(planner(readingWelsh(STAGE_THREE)), AlertKind.STAGE_OPENED, noTeamManager);

    assertThat(mail.plainText())
        .contains("Copi at:             Team Manager: neb wedi'i gofnodi")
        .doesNotContain("nobody recorded");
  }

  @Test
  void aWelshReaderIsToldInWelshHowToAnswerAndWhatIsAsked() {
    Delivery.Mail mail = mail(planner(readingWelsh(STAGE_THREE)), AlertKind.BREACH, CONTACTS);

    assertThat(mail.plainText())
        .contains("\"satisfied\" os ydych yn fodlon, neu \"escalate\" os nad ydych")
        .contains(
            "Beth a ofynnir:      Mae Stage 3 yn hwyr heb ymateb. Mae'r Cadeirydd Amddiffyn"
                + " Plant yn penderfynu")
        .doesNotContain("if you are satisfied")
        .doesNotContain("is overdue with no response");
  }

  @Test
  void aRedirectedAlertAndWhatWouldFillTheRoleReachAWelshAreaInWelsh() {
    List<Delivery> planned =
        planner(welshAreasWithNoRoles())
            .plan(alert(AlertKind.STAGE_OPENED, Asked.Ask.STAGE_OPENED), dispute, CONTACTS);

    var main = (Delivery.Mail) planned.get(0);
    assertThat(main.to()).containsExactly("jo.bellamy@council.example");
    assertThat(main.plainText())
        .contains("felly mae'n dod atoch chi")
        .contains(
            "Operational Head of Service: neb wedi'i gofnodi; Service Manager: neb wedi'i"
                + " gofnodi")
        .doesNotContain("comes to you instead");
    var unresolved = (Delivery.Mail) planned.get(planned.size() - 1);
    assertThat(unresolved.idempotencyKey())
        .isEqualTo("DRP-2026-000042/5/1/unresolved/service-manager");
    assertThat(unresolved.plainText())
        .contains(
            "Ychwanegwch y rôl 'service-manager' at gyfeiriadur y staff (mappings/directory/),"
                + " o dan yr ardal '")
        .doesNotContain("Add the role");
  }

  @Test
  void anEnglishReaderOfTheSameCouncilKeepsTheEnglishWords() {
    Delivery.Mail mail = mail(planner(COUNCIL), AlertKind.STAGE_OPENED, CONTACTS);

    assertThat(mail.plainText())
        .contains(
            "If not done:    the dispute escalates by itself to Stage 4: Head of Safeguarding and"
                + " Quality Service, and the Child Protection Chair is told.");
    assertThat(mail.plainText()).contains("by Tuesday 10 November 2026 at 17:00");
  }

  @Test
  void anAnswerByEmailOnACaseInAWelshAreaIsWrittenBackInWelsh() throws IOException {
    String note = answerNote(DeliveryFixtures.councilInWelsh());

    assertThat(note)
        .startsWith(
            "Ateb drwy e-bost gan Alex Marlow (Operational Head of Service): anghydfod"
                + " DRP-2026-000042, ")
        .contains("Ateb: Responds\nThe meeting is booked for Friday.\n")
        .endsWith("Cofnodwyd gan addasydd anghydfodau'r IRO o'r ateb i'w rybudd.")
        .doesNotContain("Answer by e-mail");
  }

  @Test
  void anAnswerByEmailOnACaseInAnEnglishAreaKeepsTheEnglishWords() throws IOException {
    String note = answerNote(COUNCIL);

    assertThat(note)
        .startsWith("Answer by e-mail from Alex Marlow (Operational Head of Service): dispute")
        .endsWith("Recorded by the IRO dispute adapter from the reply to its alert.");
  }

  /** The text of the case note an answer by e-mail is written back as, on the shipped LCS API. */
  private String answerNote(Directory directory) throws IOException {
    SystemDefinition lcsApi =
        ShippedSystems.loader().load(Path.of("mappings/systems/lcs-api.yaml"));
    AnswerPlanner answers =
        new AnswerPlanner(
            DeliveryFixtures.systems(lcsApi),
            directory,
            d -> PROTOCOLS.version(d.protocolId(), d.protocolVersion()),
            COUNCIL_WORDING);
    var request =
        (Delivery.HttpRequest)
            answers
                .answerNote(
                    dispute.orElseThrow(),
                    CONTACTS,
                    "answer/5dcdee960a5959c2/note",
                    new AnswerPlanner.StageRecipient(
                        "Alex Marlow", "hos-operational", "Operational Head of Service"),
                    "Responds",
                    "The meeting is booked for Friday.")
                .orElseThrow();
    return new ObjectMapper().readTree(request.body()).path("body").asText();
  }

  private static Directory readingWelsh(Set<String> addresses) {
    List<DirectoryPerson> people =
        COUNCIL.people().stream()
            .map(
                p ->
                    addresses.contains(p.email())
                        ? new DirectoryPerson(p.id(), p.name(), p.email(), Wording.WELSH)
                        : p)
            .toList();
    return new Directory(people, COUNCIL.areas(), COUNCIL.operations());
  }

  /** Every area in Welsh, and none holding a role: every directory role has nobody. */
  private static Directory welshAreasWithNoRoles() {
    return new Directory(
        COUNCIL.people(),
        COUNCIL.areas().stream()
            .map(
                a ->
                    new ServiceArea(
                        a.id(), a.name(), a.isDefault(), a.teams(), Map.of(), Wording.WELSH))
            .toList(),
        COUNCIL.operations());
  }

  private static RenderingDeliveryPlanner planner(Directory directory) {
    return new RenderingDeliveryPlanner(
        DeliveryFixtures.systems(LCS), directory, PROTOCOLS, COUNCIL_WORDING);
  }

  private Delivery.Mail mail(RenderingDeliveryPlanner planner, AlertKind kind, CaseContacts who) {
    Asked.Ask ask = kind == AlertKind.BREACH ? Asked.Ask.OVERDUE : Asked.Ask.STAGE_OPENED;
    return (Delivery.Mail) planner.plan(alert(kind, ask), dispute, who).get(0);
  }

  private static Effect.SendAlert alert(AlertKind kind, Asked.Ask ask) {
    return new Effect.SendAlert(
        "DRP-2026-000042/5/1",
        REF,
        DeliveryFixtures.subject("lcs-api"),
        kind,
        List.of("hos-operational", "service-manager"),
        List.of("team-manager"),
        "stage-3",
        kind == AlertKind.BREACH ? "Stage 3" : "Stage 3: Operational Head of Service",
        london("2026-11-10T17:00"),
        ask == Asked.Ask.OVERDUE
            ? Asked.of(ask)
            : Asked.of(ask, "guidance", "Meet the IRO to discuss the issues."),
        "IRO-7");
  }
}

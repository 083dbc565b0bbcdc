package uk.irodispute.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.irodispute.delivery.DeliveryFixtures.CONTACTS;
import static uk.irodispute.delivery.DeliveryFixtures.COUNCIL;
import static uk.irodispute.delivery.DeliveryFixtures.PROTOCOLS;
import static uk.irodispute.delivery.DeliveryFixtures.REF;
import static uk.irodispute.delivery.DeliveryFixtures.london;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.irodispute.core.engine.AlertKind;
import uk.irodispute.core.engine.Asked;
import uk.irodispute.core.engine.Effect;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.core.protocol.RecordKind;
import uk.irodispute.directory.Directory;
import uk.irodispute.directory.DirectoryPerson;
import uk.irodispute.mappings.MessageFileLoader;
import uk.irodispute.systems.SystemDefinition;
import uk.irodispute.systems.WriteBack;

/**
 * A council's wording from {@code mappings/messages/} (the fixture under {@code
 * src/test/resources/wording/}) reaches the mails and notes: its English words replace the built-in
 * ones, its Welsh words go to the people who read Welsh, and every alert and note names the outcome
 * sought when the raise stated one.
 */
class CouncilWordingTest {

  @TempDir Path dir;

  private static final Wording COUNCIL_WORDING =
      new MessageFileLoader().loadDirectory(Path.of("src/test/resources/wording/messages"));
  private static final SystemDefinition LCS =
      DeliveryFixtures.system(
          "lcs-api",
          "day-range-lac-cp",
          null,
          new WriteBack.Mail(List.of("notes@lcs.council.example"), "{{reference}}", "{{text}}"));
  private static final String HEAD_OF_SERVICE = "alex.marlow@council.example";
  private static final String SERVICE_MANAGER = "tom.southgate@council.example";

  private final Optional<Dispute> dispute =
      DeliveryFixtures.raise("lcs-api", "day-range-lac-cp", "CP", null, london("2026-11-04T10:00"))
          .dispute();

  @Test
  void theCouncilsEnglishWordingReplacesTheBuiltInSubjectAndTitle() {
    Delivery.Mail builtIn = mail(planner(COUNCIL, Wording.builtIn()), AlertKind.STAGE_OPENED);
    Delivery.Mail council = mail(planner(COUNCIL, COUNCIL_WORDING), AlertKind.STAGE_OPENED);

    assertThat(builtIn.subject()).isEqualTo("Action needed: DRP-2026-000042, Stage 3");
    assertThat(council.subject())
        .isEqualTo(
            "[Children's Services] Please act on a practice dispute: DRP-2026-000042"
                + " (Stage 3)");
    assertThat(council.plainText())
        .contains("raised by Child Protection Chair Jo Bellamy")
        .doesNotContain("CP Chair");
    assertThat(builtIn.plainText()).contains("raised by CP Chair Jo Bellamy");
  }

  @Test
  void aKeyTheCouncilLeavesOutKeepsTheBuiltInWords() {
    Delivery.Mail council = mail(planner(COUNCIL, COUNCIL_WORDING), AlertKind.BREACH);

    assertThat(council.subject()).startsWith("[Children's Services] Overdue: DRP-2026-000042");
  }

  @Test
  void everyRecipientWhoReadsWelshGetsTheWelshWording() {
    Directory welsh = withLanguage(Set.of(HEAD_OF_SERVICE, SERVICE_MANAGER), "cy");

    Delivery.Mail mail = mail(planner(welsh, COUNCIL_WORDING), AlertKind.STAGE_OPENED);

    assertThat(mail.subject()).isEqualTo("Angen gweithredu: DRP-2026-000042, Stage 3");
    assertThat(mail.plainText())
        .startsWith("Mae anghydfod DRP-2026-000042 wedi cyrraedd Stage 3.")
        .contains("Sut i ateb");
    assertThat(mail.html()).contains("<html lang=\"cy\">", "Sut i ateb");
  }

  @Test
  void aMailToSomeoneWhoHasNotChosenWelshStaysInTheAreasLanguage() {
    Directory oneWelsh = withLanguage(Set.of(HEAD_OF_SERVICE), "cy");

    Delivery.Mail mail = mail(planner(oneWelsh, COUNCIL_WORDING), AlertKind.STAGE_OPENED);

    assertThat(mail.subject()).startsWith("[Children's Services] Please act on a practice dispute");
  }

  @Test
  void theAlertAndTheNoteNameTheOutcomeSought() {
    RenderingDeliveryPlanner planner = planner(COUNCIL, Wording.builtIn());
    CaseContacts contacts = CONTACTS.withOutcomeSought("Care plan reviewed within 10 days");

    Delivery.Mail mail =
        (Delivery.Mail) planner.plan(alert(AlertKind.STAGE_OPENED), dispute, contacts).get(0);
    Delivery.Mail note = (Delivery.Mail) planner.plan(note(), dispute, contacts).get(0);

    assertThat(mail.plainText()).contains("Outcome sought: Care plan reviewed within 10 days");
    assertThat(mail.html())
        .contains(">Outcome sought</th><td>Care plan reviewed within 10 days</td>");
    assertThat(note.plainText()).contains("outcome sought: Care plan reviewed within 10 days");
  }

  @Test
  void whatAnAlertAsksMayUseTheNamesValidateAllowsIt() {
    Wording wording =
        new MessageFileLoader()
            .loadDirectory(
                write(
                    "asked.STAGE_OPENED=Reply on {{reference}} by {{dueInWords}}"
                        + "{{#caseLink}} ({{caseLink}}){{/caseLink}}.\n"));

    Delivery.Mail mail = mail(planner(COUNCIL, wording), AlertKind.STAGE_OPENED);

    assertThat(mail.plainText())
        .contains("What is asked:  Reply on DRP-2026-000042 by Tuesday 10 November 2026 at 17:00.");
  }

  @Test
  void anAnswerByTheChairNamesThemByTheCouncilsTitle() {
    AnswerPlanner answers =
        new AnswerPlanner(
            DeliveryFixtures.systems(LCS),
            COUNCIL,
            d -> PROTOCOLS.version(d.protocolId(), d.protocolVersion()),
            COUNCIL_WORDING);

    assertThat(answers.chair(dispute.orElseThrow(), CONTACTS, "jo.bellamy@council.example"))
        .map(AnswerPlanner.StageRecipient::roleName)
        .contains("Child Protection Chair");
  }

  @Test
  void aCouncilAlertMayUseEveryNameOfTheOneList() {
    String everyName =
        MessageFiles.names(MessageFiles.ALERT_TEXT).stream()
            .map(n -> n + "=[{{" + n + "}}]")
            .collect(Collectors.joining("\n"));
    Wording wording =
        Wording.withOverrides(Map.of(Wording.ENGLISH, Map.of(MessageFiles.ALERT_TEXT, everyName)));

    Delivery.Mail mail = mail(planner(COUNCIL, wording), AlertKind.STAGE_OPENED);

    assertThat(mail.plainText())
        .contains("reference=[DRP-2026-000042]", "category=[Other]", "missedRole=[]");
  }

  @Test
  void aDisputeWithNoOutcomeSoughtLeavesTheLineOut() {
    Delivery.Mail mail = mail(planner(COUNCIL, Wording.builtIn()), AlertKind.STAGE_OPENED);

    assertThat(mail.plainText()).doesNotContain("Outcome sought");
  }

  @Test
  void aNoteInAWelshAreaIsWordedInWelsh() {
    Directory welshAreas =
        new Directory(
            COUNCIL.people(),
            COUNCIL.areas().stream()
                .map(
                    a ->
                        new uk.irodispute.directory.ServiceArea(
                            a.id(), a.name(), a.isDefault(), a.teams(), a.roles(), "cy"))
                .toList(),
            COUNCIL.operations());
    CaseContacts contacts = CONTACTS.withOutcomeSought("Care plan reviewed");

    Delivery.Mail note =
        (Delivery.Mail) planner(welshAreas, COUNCIL_WORDING).plan(note(), dispute, contacts).get(0);

    assertThat(note.plainText())
        .startsWith("Query (Cadeirydd Amddiffyn Plant): anghydfod DRP-2026-000042, Stage 1")
        .contains("Canlyniad a geisir: Care plan reviewed.");
  }

  private Path write(String alerts) {
    try {
      Files.writeString(dir.resolve(MessageFiles.ALERTS), alerts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }

  private static Directory withLanguage(Set<String> addresses, String language) {
    List<DirectoryPerson> people =
        COUNCIL.people().stream()
            .map(
                p ->
                    addresses.contains(p.email())
                        ? new DirectoryPerson(p.id(), p.name(), p.email(), language)
                        : p)
            .toList();
    return new Directory(people, COUNCIL.areas(), COUNCIL.operations());
  }

  private static RenderingDeliveryPlanner planner(Directory directory, Wording wording) {
    return new RenderingDeliveryPlanner(
        DeliveryFixtures.systems(LCS), directory, PROTOCOLS, wording);
  }

  private Delivery.Mail mail(RenderingDeliveryPlanner planner, AlertKind kind) {
    return (Delivery.Mail) planner.plan(alert(kind), dispute, CONTACTS).get(0);
  }

  private static Effect.SendAlert alert(AlertKind kind) {
    return new Effect.SendAlert(
        "DRP-2026-000042/5/1",
        REF,
        DeliveryFixtures.subject("lcs-api"),
        kind,
        List.of("hos-operational", "service-manager"),
        List.of("team-manager"),
        "stage-3",
        "Stage 3",
        london("2026-11-10T17:00"),
        Asked.of(
            Asked.Ask.STAGE_OPENED,
            "guidance",
            "Meet the IRO to discuss the issues and come to a decision."),
        "IRO-7");
  }

  private static Effect.WriteCaseNote note() {
    return new Effect.WriteCaseNote(
        "DRP-2026-000042/1/1",
        REF,
        DeliveryFixtures.subject("lcs-api"),
        RecordKind.QUERY,
        "chair",
        "stage-1",
        "Stage 1",
        london("2026-11-06T17:00"),
        "Dispute raised.");
  }
}

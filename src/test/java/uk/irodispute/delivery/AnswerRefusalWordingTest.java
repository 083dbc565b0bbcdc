package uk.irodispute.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.irodispute.delivery.DeliveryFixtures.COUNCIL;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.irodispute.delivery.AnswerPlanner.Refusal;
import uk.irodispute.directory.Directory;
import uk.irodispute.directory.DirectoryPerson;
import uk.irodispute.mappings.MessageFileLoader;

/**
 * Why a reply to an alert was refused, and what to do instead, are words of {@code
 * answer-refused.properties}: a council overrides them key by key, a sender who reads Welsh gets
 * the Welsh ones, and the dead letter keeps the English reason for operations.
 */
class AnswerRefusalWordingTest {

  private static final String SENDER = "alex.marlow@council.example";
  private static final String REF = "DRP-2026-000042";

  @Test
  void eachRefusalKeepsItsEnglishWords() {
    AnswerPlanner planner = planner(COUNCIL, Wording.builtIn());

    assertThat(refusal(planner, Refusal.CLOSED, "resolved", null).plainText())
        .contains(
            "was not taken: dispute DRP-2026-000042 is closed (resolved).",
            "What to do: A closed dispute takes no more answers. If the matter needs to be looked"
                + " at again, the IRO raises a new dispute.");
    assertThat(refusal(planner, Refusal.NO_RESPONSE, null, "respond, not agreed").plainText())
        .contains(
            "What to do: Reply again with one of these words on the first line: respond, not"
                + " agreed; then what you want recorded on the lines below it.");
    assertThat(refusal(planner, Refusal.NO_PROTOCOL, null, null).plainText())
        .contains(
            "the protocol of dispute DRP-2026-000042 is not loaded.",
            "What to do: Record a case note on the child's record in the case system instead.");
  }

  @Test
  void aCouncilOverridesOneRefusalKeyAndKeepsTheOthers() {
    Wording council =
        Wording.withOverrides(
            Map.of(
                Wording.ENGLISH,
                Map.of(
                    MessageFiles.ANSWER_REFUSALS,
                    "recordInstead=Please use the IRO dispute form in the case system.\n")));
    AnswerPlanner planner = planner(COUNCIL, council);

    assertThat(refusal(planner, Refusal.NO_SUCH_DISPUTE, null, null).plainText())
        .contains(
            "was not taken: there is no dispute DRP-2026-000042.",
            "What to do: Check the reference in the subject. Please use the IRO dispute form in"
                + " the case system.");
  }

  @Test
  void aSenderWhoReadsWelshIsRefusedInWelshAndTheDeadLetterStaysEnglish() {
    Wording council =
        new MessageFileLoader().loadDirectory(Path.of("src/test/resources/wording/messages"));
    AnswerPlanner planner = planner(readingWelsh(SENDER), council);

    Delivery.Mail mail = refusal(planner, Refusal.NOT_SENT_TO, null, null);

    assertThat(mail.subject()).isEqualTo("Ni dderbyniwyd yr ateb: DRP-2026-000042");
    assertThat(mail.plainText())
        .startsWith(
            "Ni dderbyniwyd eich ateb am anghydfod DRP-2026-000042: daeth o gyfeiriad na"
                + " anfonwyd cam presennol anghydfod DRP-2026-000042 ato.")
        .contains("Cofnodwch nodyn achos ar gofnod y plentyn yn y system achosion yn lle hynny.")
        .doesNotContain("Record a case note");
    assertThat(planner.reason(Refusal.NOT_SENT_TO, REF, null, null))
        .isEqualTo(
            "it came from an address the current stage of dispute DRP-2026-000042 was not sent"
                + " to.");
  }

  private static Delivery.Mail refusal(
      AnswerPlanner planner, Refusal why, String status, String words) {
    return planner.refusal(
        "answer/1/refused", REF, "lcs-api", SENDER, why, status, words, "Respond");
  }

  private static AnswerPlanner planner(Directory directory, Wording wording) {
    return new AnswerPlanner(
        DeliveryFixtures.systems(),
        directory,
        d -> DeliveryFixtures.PROTOCOLS.version(d.protocolId(), d.protocolVersion()),
        wording);
  }

  private static Directory readingWelsh(String address) {
    List<DirectoryPerson> people =
        COUNCIL.people().stream()
            .map(
                p ->
                    p.email().equals(address)
                        ? new DirectoryPerson(p.id(), p.name(), p.email(), Wording.WELSH)
                        : p)
            .toList();
    return new Directory(people, COUNCIL.areas(), COUNCIL.operations());
  }
}

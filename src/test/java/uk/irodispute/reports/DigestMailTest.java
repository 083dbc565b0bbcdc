package uk.irodispute.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.irodispute.reports.InMemoryDispute.london;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.irodispute.delivery.Wording;
import uk.irodispute.mappings.MessageFileLoader;

/**
 * The digest is worded by {@code messages/digest.properties}: a Welsh reader gets the Welsh
 * fixture's words under {@code src/test/resources/wording/messages/cy/} and times in Welsh; a key
 * the fixture leaves out keeps its English words.
 */
class DigestMailTest {

  private static final Wording COUNCIL_WORDING =
      new MessageFileLoader().loadDirectory(Path.of("src/test/resources/wording/messages"));

  private final OversightDigest digest =
      new OversightDigest(
          new DisputeRegister(InMemoryDispute.PROTOCOLS, InMemoryDispute.CALENDARS, s -> null),
          InMemoryDispute.PROTOCOLS);

  /** Raised on Monday 11 May 2026, escalated twice on the 13th; composed that afternoon. */
  private final DigestContent week =
      digest.compose(
          List.of(
              InMemoryDispute.raise(
                      1, "restorative-iro-cp", "LAC", "drift-or-delay", null, "2026-05-11T10:00")
                  .escalate("2026-05-13T10:00")
                  .escalate("2026-05-13T15:00")
                  .history()),
          london("2026-05-13T15:00"));

  @Test
  void aWelshDigestIsInTheWelshWordsWithTimesInWelsh() {
    DigestMail mail =
        DigestMail.of(
            week, "Pennaeth Gwasanaeth", null, DigestWords.of(COUNCIL_WORDING, Wording.WELSH));

    assertThat(mail.subject())
        .isEqualTo(
            "Goruchwylio anghydfodau, wythnos 2026-W20: 1 wedi'u hagor, 2 wedi'u huwchgyfeirio,"
                + " 0 wedi'u cau, 0 yn hwyr");
    assertThat(mail.plainText())
        .startsWith(
            "Goruchwyliaeth wythnosol anghydfodau'r IRO a chadeiryddion CP ar gyfer Pennaeth"
                + " Gwasanaeth, o Dydd Mercher 6 Mai 2026 am 15:00 hyd Dydd Mercher 13 Mai 2026"
                + " am 15:00.")
        .contains("Agorwyd yr wythnos hon\n- DRP-2026-000001: ")
        .contains("; codwyd Dydd Llun 11 Mai 2026 am 10:00\n")
        .contains("Caewyd yr wythnos hon\nDim.")
        .contains("2 diwrnod gwaith hyd yma; yn ddyledus Dydd Mercher 20 Mai 2026 am 17:00")
        .endsWith("Anfonwyd gan addasydd anghydfodau'r IRO.\n\n")
        .doesNotContain("May")
        .doesNotContain("Opened this week");
    assertThat(mail.html()).contains("<h3>Yn hwyr nawr</h3>\n<p>Dim.</p>");
  }

  @Test
  void aKeyTheWelshFileLeavesOutKeepsItsEnglishWordsWithTimesInWelsh() {
    DigestMail mail =
        DigestMail.of(
            week, "Pennaeth Gwasanaeth", null, DigestWords.of(COUNCIL_WORDING, Wording.WELSH));

    assertThat(mail.plainText())
        .contains("to Level 1: Service Manager by the chair, Dydd Mercher 13 Mai 2026 am 15:00");
  }

  @Test
  void anEnglishDigestOfTheSameCouncilKeepsTheEnglishWords() {
    DigestMail mail =
        DigestMail.of(week, "Head of Service", "hos-sars", DigestWords.of(COUNCIL_WORDING, "en"));

    assertThat(mail.subject())
        .isEqualTo("Dispute oversight, week 2026-W20: 1 opened, 2 escalated, 0 closed, 0 overdue");
    assertThat(mail.plainText())
        .startsWith(
            "The weekly oversight of IRO and CP chair disputes for the Head of Service, from"
                + " Wednesday 6 May 2026 at 15:00 to Wednesday 13 May 2026 at 15:00.\n\n"
                + "Nobody holds the role 'hos-sars' in the staff directory, so this digest goes"
                + " to operations.")
        .contains("2 working days so far; due Wednesday 20 May 2026 at 17:00");
  }
}

package uk.irodispute.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.irodispute.core.engine.AlertKind;

/**
 * The sandbox's preview writes every kind of message with the council's wording, and a council
 * template may use every name of the one list: each has a value when messages are written.
 */
class MessagePreviewsTest {

  @Test
  void everyKindOfMessageIsPreviewedInTheCouncilsWelsh() {
    Wording welsh =
        Wording.withOverrides(
            Map.of(
                Wording.WELSH,
                Map.of(MessageFiles.ALERTS, "STAGE_OPENED.subject=Angen gweithredu\n")));

    List<MessagePreviews.Preview> previews = MessagePreviews.of(welsh, Wording.WELSH);

    assertThat(previews).hasSize(AlertKind.values().length + 3);
    assertThat(previews.get(0).kind()).isEqualTo("STAGE_OPENED");
    assertThat(previews.get(0).subject())
        .isEqualTo("Angen gweithredu: DRP-2026-000042, Stage 2: Team Manager");
    assertThat(previews.get(previews.size() - 1).text())
        .contains("Drift or delay; outcome sought: Care plan reviewed.");
  }

  @Test
  void thePreviewShowsTheCouncilsWordsForThePartsOfAnAlert() {
    Wording welsh =
        Wording.withOverrides(
            Map.of(
                Wording.WELSH,
                Map.of(
                    MessageFiles.ALERTS,
                    "role.nobody={{role}}: neb wedi'i gofnodi\n"
                        + "NOTE_REJECTED.intro.closed=Mae anghydfod {{reference}} ar gau.\n")));

    List<MessagePreviews.Preview> previews = MessagePreviews.of(welsh, Wording.WELSH);

    assertThat(previews.get(0).text())
        .contains("Social Worker: neb wedi'i gofnodi", "If not done:    the dispute escalates");
    assertThat(previews)
        .filteredOn(p -> p.kind().equals(MessagePreviews.ON_CLOSED_DISPUTE))
        .singleElement()
        .satisfies(p -> assertThat(p.text()).startsWith("Mae anghydfod DRP-2026-000042 ar gau."));
  }

  @Test
  void thePreviewGivesEveryNameOfTheOneListAValue() {
    String everyName =
        MessageFiles.names(MessageFiles.ALERT_TEXT).stream()
            .map(n -> n + "=[{{" + n + "}}]")
            .collect(Collectors.joining("\n"));
    Wording wording =
        Wording.withOverrides(Map.of(Wording.ENGLISH, Map.of("alert.txt", everyName)));

    List<MessagePreviews.Preview> previews = MessagePreviews.of(wording, Wording.ENGLISH);

    assertThat(previews.get(0).text()).contains("reference=[DRP-2026-000042]", "fix=[]");
  }
}

package uk.irodispute.systems.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.irodispute.core.note.CaseNote;
import uk.irodispute.core.note.CaseWorker;
import uk.irodispute.mappings.ShippedSystems;
import uk.irodispute.systems.SystemDefinition;

/** Pages of the XML API, mapped with the shipped fwi-api.yaml. Every person here is invented. */
class XmlNotePagesTest {

  static final SystemDefinition FWI_API =
      ShippedSystems.loader().load(Path.of("mappings/systems/fwi-api.yaml"));

  /** The test observation's change time, kept with an unreadable note whose time was readable. */
  private static final Instant CHANGED = Instant.parse("2026-05-11T13:20:00Z");

  private static final String OBSERVATION =
      """
        <observation id="obs-501" revision="3">
          <changedAt>2026-05-11T14:20:00+01:00</changedAt>
          <episode id="EP-77">
            <personRef>P-200</personRef>
          </episode>
          <formType>IRO_MONITORING</formType>
          <recordedBy workerId="w-iro">
            <name>Ira Reviewer</name><email>ira.reviewer@council.example</email><team>IRO service</team>
          </recordedBy>
          <recordedAt>2026-05-11T14:00:00+01:00</recordedAt>
          <narrative>Invented narrative.</narrative>
          <answers>
            <answer code="DRP_ACTION">RAISE</answer>
            <answer code="DRP_SIGNIFICANCE">Very significant</answer>
            <answer code="NOT_MAPPED">something</answer>
          </answers>
        </observation>
      """;

  private final NotePageReader reader = NotePageReader.forSystem(FWI_API);

  @Test
  void theReaderForAnXmlSourceIsTheXmlOne() {
    assertThat(reader).isInstanceOf(XmlNotePages.class);
  }

  @Test
  void mapsEveryFieldOfAnObservation() {
    NotePage page = reader.read(page("false", OBSERVATION), 1);

    assertThat(page.unreadable()).isEmpty();
    CaseNote note = page.notes().get(0);
    assertThat(note.commandId()).isEqualTo("fwi-api:obs-501@3");
    assertThat(note.modifiedAt()).isEqualTo(Instant.parse("2026-05-11T13:20:00Z"));
    assertThat(note.recordedAt()).isEqualTo(Instant.parse("2026-05-11T13:00:00Z"));
    assertThat(note.personId()).isEqualTo("P-200");
    assertThat(note.caseId()).isEqualTo("EP-77");
    assertThat(note.noteType()).isEqualTo("IRO_MONITORING");
    assertThat(note.text()).isEqualTo("Invented narrative.");
    assertThat(note.author())
        .isEqualTo(
            new CaseWorker(
                null, "w-iro", "Ira Reviewer", "ira.reviewer@council.example", "IRO service"));
    assertThat(note.form()).isEqualTo(Map.of("action", "RAISE", "seriousness", "Very significant"));
    assertThat(note.allocated()).as("the episode's workers come by the file's lookup").isEmpty();
  }

  @Test
  void theMorePagesFlagGivesTheNextPage() {
    NotePage more = reader.read(page("true", OBSERVATION), 1);
    NotePage last = reader.read(page("false", OBSERVATION), 2);

    assertThat(more.morePages()).isTrue();
    assertThat(more.nextCursor()).isEqualTo("2");
    assertThat(last.morePages()).isFalse();
    assertThat(last.nextCursor()).isNull();
  }

  @Test
  void observationsMissingARequiredFieldAreUnreadableAndTheRestIsRead() {
    String noPerson =
        OBSERVATION.replace("obs-501", "obs-502").replace("<personRef>P-200</personRef>", "");
    String noChange =
        OBSERVATION
            .replace("obs-501", "obs-503")
            .replace("<changedAt>2026-05-11T14:20:00+01:00</changedAt>", "");
    String noId = OBSERVATION.replace(" id=\"obs-501\"", "");

    NotePage page = reader.read(page("false", OBSERVATION + noPerson + noChange + noId), 1);

    assertThat(page.notes())
        .as("a note without its child is read, for the screen to keep out")
        .extracting(CaseNote::noteId, CaseNote::personId)
        .containsExactly(tuple("obs-501", "P-200"), tuple("obs-502", null));
    assertThat(page.unreadable())
        .containsExactly(
            new UnreadableNote("obs-503", "no value for 'modifiedAt' (at changedAt)"),
            new UnreadableNote("position 4", "no value for 'noteId' (at @id)", CHANGED));
  }

  @Test
  void anXxeDocumentIsRefused(@TempDir Path dir) throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "invented-secret-content");
    String xxe =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE observationPage [<!ENTITY x SYSTEM \""
            + secret.toUri()
            + "\">]>\n"
            + page("false", OBSERVATION.replace("Invented narrative.", "&x;"))
                .replace("<?xml version=\"1.0\"?>", "");

    var e = catchThrowableOfType(() -> reader.read(xxe, 1), MalformedPageException.class);

    assertThat(e.getMessage())
        .isEqualTo("the page declares a document type (DOCTYPE), which is refused")
        .doesNotContain("invented-secret-content");
  }

  @Test
  void anEntityExpansionBombIsRefused() {
    String bomb =
        """
        <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>
        <observationPage morePages="false">&lol2;</observationPage>
        """;

    assertThat(catchThrowableOfType(() -> reader.read(bomb, 1), MalformedPageException.class))
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void aBodyThatIsNotXmlIsMalformedWithoutQuotingIt() {
    var e =
        catchThrowableOfType(
            () -> reader.read("{\"error\": \"Invented error for P-200\"}", 1),
            MalformedPageException.class);

    assertThat(e.getMessage()).isEqualTo("the page is not XML");
  }

  @Test
  void aPageWithoutTheNotesListIsMalformed() {
    var e =
        catchThrowableOfType(
            () -> reader.read("<error><message>Service unavailable</message></error>", 1),
            MalformedPageException.class);

    assertThat(e.getMessage())
        .isEqualTo("the page has no list of notes at /observationPage/observation");
  }

  @Test
  void anEmptyPageIsAPageWithNoNotes() {
    NotePage page = reader.read(page("false", ""), 1);

    assertThat(page.notes()).isEmpty();
    assertThat(page.unreadable()).isEmpty();
    assertThat(page.morePages()).isFalse();
  }

  @Test
  void aDefaultNamespaceDoesNotChangeThePaths() {
    String namespaced =
        page("false", OBSERVATION)
            .replace("<observationPage ", "<observationPage xmlns=\"urn:example:fwi\" ");

    assertThat(reader.read(namespaced, 1).notes()).hasSize(1);
  }

  @Test
  void localTimesAreReadInTheFilesTimeZone() {
    String local = OBSERVATION.replace("2026-05-11T14:20:00+01:00", "2026-10-25T01:30:00");

    CaseNote note = reader.read(page("false", local), 1).notes().get(0);

    assertThat(note.modifiedAt()).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
  }

  @Test
  void aNoteCutOutIsUnreadableByItsPositionWithTheIdThePollReadBeforeItsPoisonPart() {
    String cutOut = "<observation " + XmlNotePages.ISOLATED + "=\"the note is too deep\"";

    NotePage page =
        reader.read(
            page(
                "false",
                cutOut
                    + " "
                    + XmlNotePages.ISOLATED_ID
                    + "=\"obs-509\"/>"
                    + cutOut
                    + "/>"
                    + cutOut
                    + " "
                    + XmlNotePages.ISOLATED_ID
                    + "=\""
                    + "9".repeat(121)
                    + "\"/>"),
            1);

    assertThat(page.unreadable())
        .containsExactly(
            new UnreadableNote("position 1", "the note is too deep", null, "obs-509"),
            new UnreadableNote("position 2", "the note is too deep"),
            new UnreadableNote("position 3", "the note is too deep"));
  }

  private static String page(String morePages, String observations) {
    return "<?xml version=\"1.0\"?>\n<observationPage morePages=\""
        + morePages
        + "\">\n"
        + observations
        + "</observationPage>\n";
  }
}

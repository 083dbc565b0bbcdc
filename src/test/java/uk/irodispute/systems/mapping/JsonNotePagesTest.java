package uk.irodispute.systems.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.irodispute.core.note.CaseNote;
import uk.irodispute.core.note.CaseWorker;
import uk.irodispute.mappings.ShippedSystems;
import uk.irodispute.systems.Source;
import uk.irodispute.systems.SystemDefinition;

/** Pages of the JSON API, mapped with the shipped lcs-api.yaml. Every person here is invented. */
class JsonNotePagesTest {

  /**
   * The shipped lcs-api.yaml, reading the allocated workers from the note itself as a vendor that
   * gives them there would (the shipped file looks them up per person).
   */
  static final SystemDefinition LCS_API = withAllocationInTheNote();

  /**
   * The modification time of the test note, kept with an unreadable note whose time could be read,
   * so that replaying its dead letter reads the system again from there.
   */
  private static final Instant MODIFIED = Instant.parse("2026-03-02T10:15:00Z");

  private static final String NOTE =
      """
      {
        "id": "cn-1001",
        "version": 2,
        "lastModified": "2026-03-02T10:15:00Z",
        "subject": {
          "personId": "P-100",
          "caseId": "C-7",
          "allocatedWorkers": [
            {"role": "SOCIAL_WORKER", "id": "w-sw", "name": "Sam Social",
             "email": "sam.social@council.example", "team": "Children in Care North"},
            {"role": "TEAM_MANAGER", "id": "w-tm", "name": "Terry Manager",
             "email": "terry.manager@council.example", "team": "Children in Care North"},
            {"role": "BUSINESS_SUPPORT", "id": "w-bs", "name": "Bea Support"}
          ]
        },
        "type": "IRO_DRP",
        "author": {"id": "w-iro", "name": "Ira Reviewer", "email": "ira.reviewer@council.example",
                   "team": "IRO service"},
        "recordedAt": "2026-03-02T10:00:00+00:00",
        "body": "Invented note text.",
        "formAnswers": [
          {"question": "drpAction", "answer": "raise"},
          {"question": "drpCategory", "answer": "drift-or-delay"},
          {"question": "drpTrack", "answer": "LAC"},
          {"question": "somethingElse", "answer": "not mapped"}
        ]
      }
      """;

  private final NotePageReader reader = NotePageReader.forSystem(LCS_API);

  @Test
  void theReaderForAJsonSourceIsTheJsonOne() {
    assertThat(reader).isInstanceOf(JsonNotePages.class);
  }

  @Test
  void mapsEveryFieldOfANote() {
    NotePage page = reader.read(page(NOTE, "\"c-2\""), 1);

    assertThat(page.unreadable()).isEmpty();
    CaseNote note = page.notes().get(0);
    assertThat(note.systemId()).isEqualTo("lcs-api");
    assertThat(note.noteId()).isEqualTo("cn-1001");
    assertThat(note.version()).isEqualTo("2");
    assertThat(note.commandId()).isEqualTo("lcs-api:cn-1001@2");
    assertThat(note.modifiedAt()).isEqualTo(Instant.parse("2026-03-02T10:15:00Z"));
    assertThat(note.recordedAt()).isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
    assertThat(note.personId()).isEqualTo("P-100");
    assertThat(note.caseId()).isEqualTo("C-7");
    assertThat(note.noteType()).isEqualTo("IRO_DRP");
    assertThat(note.text()).isEqualTo("Invented note text.");
    assertThat(note.author())
        .isEqualTo(
            new CaseWorker(
                null, "w-iro", "Ira Reviewer", "ira.reviewer@council.example", "IRO service"));
  }

  @Test
  void formAnswersAreRenamedAndUnmappedOnesDropped() {
    CaseNote note = reader.read(page(NOTE, null), 1).notes().get(0);

    assertThat(note.form())
        .isEqualTo(Map.of("action", "raise", "category", "drift-or-delay", "track", "LAC"));
  }

  @Test
  void allocatedRoleCodesAreMappedAndUnknownOnesDropped() {
    CaseNote note = reader.read(page(NOTE, null), 1).notes().get(0);

    assertThat(note.allocated())
        .containsExactly(
            new CaseWorker(
                "social-worker",
                "w-sw",
                "Sam Social",
                "sam.social@council.example",
                "Children in Care North"),
            new CaseWorker(
                "team-manager",
                "w-tm",
                "Terry Manager",
                "terry.manager@council.example",
                "Children in Care North"));
  }

  @Test
  void theAuthorTakesTheRoleTheyAreAllocatedIn() {
    String bySocialWorker =
        NOTE.replace("\"author\": {\"id\": \"w-iro\"", "\"author\": {\"id\": \"w-sw\"");

    CaseNote note = reader.read(page(bySocialWorker, null), 1).notes().get(0);

    assertThat(note.author().role()).isEqualTo("social-worker");
  }

  @Test
  void aNoteWithoutAVersionTakesItsModificationTime() {
    CaseNote note = reader.read(page(NOTE.replace("\"version\": 2,", ""), null), 1).notes().get(0);

    assertThat(note.version()).isEqualTo("2026-03-02T10:15:00Z");
  }

  @Test
  void notesMissingARequiredFieldAreUnreadableAndTheRestIsRead() {
    String noPerson = NOTE.replace("cn-1001", "cn-1002").replace("\"personId\": \"P-100\",", "");
    String badTime =
        NOTE.replace("cn-1001", "cn-1003").replace("2026-03-02T10:15:00Z", "yesterday");
    String noId = NOTE.replace("\"id\": \"cn-1001\",", "");
    String noModified =
        NOTE.replace("cn-1001", "cn-1005")
            .replace("\"lastModified\": \"2026-03-02T10:15:00Z\",", "");

    NotePage page =
        reader.read(
            page(
                NOTE + "," + noPerson + "," + badTime + ", \"text\"," + noId + "," + noModified,
                null),
            1);

    assertThat(page.notes())
        .as("a note without its child is read, for the screen to keep out")
        .extracting(CaseNote::noteId, CaseNote::personId)
        .containsExactly(tuple("cn-1001", "P-100"), tuple("cn-1002", null));
    assertThat(page.unreadable())
        .containsExactly(
            new UnreadableNote(
                "cn-1003", "'modifiedAt' is not an ISO-8601 date and time (at /lastModified)"),
            new UnreadableNote("position 4", "the item is not a note object"),
            new UnreadableNote("position 5", "no value for 'noteId' (at /id)", MODIFIED),
            new UnreadableNote("cn-1005", "no value for 'modifiedAt' (at /lastModified)"));
    assertThat(page.size()).isEqualTo(6);
    assertThat(page.unreadable().toString()).doesNotContain("Invented", "P-100", "yesterday");
  }

  @Test
  void aNoteCutOutIsUnreadableByItsPositionWithTheIdThePollReadBeforeItsPoisonPart() {
    String cutOut = "{\"" + JsonNotePages.ISOLATED + "\": \"the note is too deep\"";
    String named = cutOut + ", \"" + JsonNotePages.ISOLATED_ID + "\": \" cn-1009 \"}";
    String tooLong =
        cutOut + ", \"" + JsonNotePages.ISOLATED_ID + "\": \"" + "9".repeat(121) + "\"}";
    String lineBreak = cutOut + ", \"" + JsonNotePages.ISOLATED_ID + "\": \"cn\\n1\"}";

    NotePage page =
        reader.read(page(named + "," + cutOut + "}," + tooLong + "," + lineBreak, null), 1);

    assertThat(page.unreadable())
        .containsExactly(
            new UnreadableNote("position 1", "the note is too deep", null, "cn-1009"),
            new UnreadableNote("position 2", "the note is too deep"),
            new UnreadableNote("position 3", "the note is too deep"),
            new UnreadableNote("position 4", "the note is too deep"));
  }

  @Test
  void aFieldHoldingAnObjectIsUnreadable() {
    String objectId = NOTE.replace("\"id\": \"cn-1001\",", "\"id\": {\"value\": 1},");

    NotePage page = reader.read(page(objectId, null), 1);

    assertThat(page.unreadable())
        .containsExactly(
            new UnreadableNote("position 1", "'noteId' is not a single value (at /id)", MODIFIED));
  }

  @Test
  void theCursorIsTakenFromThePage() {
    NotePage more = reader.read(page(NOTE, "\"c-2\""), 1);
    NotePage last = reader.read(page(NOTE, "null"), 1);

    assertThat(more.nextCursor()).isEqualTo("c-2");
    assertThat(more.morePages()).isTrue();
    assertThat(last.nextCursor()).isNull();
    assertThat(last.morePages()).isFalse();
  }

  @Test
  void keyPagingAsksAgainAfterAFullPageFromTheLastNote() {
    Source.Http http = (Source.Http) LCS_API.source();
    Source.Http byKey =
        new Source.Http(
            http.schedule(),
            2,
            http.initialWatermark(),
            http.format(),
            http.baseUrl(),
            http.path(),
            http.query(),
            http.headers(),
            new Source.Paging(Source.PagingKind.KEY, null, 1),
            http.notesAt(),
            http.timeout(),
            http.lookups());
    NotePageReader keyed = new JsonNotePages(withSource(LCS_API, byKey));

    NotePage full = keyed.read(page(NOTE + "," + NOTE.replace("cn-1001", "cn-1009"), null), 1);
    NotePage shortPage = keyed.read(page(NOTE, null), 1);

    assertThat(full.morePages()).isTrue();
    assertThat(full.nextCursor()).isEqualTo("cn-1009");
    assertThat(shortPage.morePages()).isFalse();
  }

  @Test
  void aBodyThatIsNotJsonIsMalformedWithoutQuotingIt() {
    var e =
        catchThrowableOfType(
            () -> reader.read("<html>Invented error page for P-100</html>", 1),
            MalformedPageException.class);

    assertThat(e.getMessage()).isEqualTo("the page is not JSON").doesNotContain("P-100");
  }

  @Test
  void aPageWithoutTheNotesListIsMalformed() {
    var e =
        catchThrowableOfType(
            () -> reader.read("{\"results\": [" + NOTE + "]}", 1), MalformedPageException.class);

    assertThat(e.getMessage()).isEqualTo("the page has no list of notes at /items");
  }

  @Test
  void anEmptyPageHasNoNotesAndNoMorePages() {
    NotePage page = reader.read("{\"items\": [], \"nextCursor\": null}", 1);

    assertThat(page.notes()).isEmpty();
    assertThat(page.morePages()).isFalse();
  }

  @Test
  void localTimesAreLondonTimeAcrossTheSpringChange() {
    assertThat(modifiedAt("2026-03-29T00:30:00")).isEqualTo(Instant.parse("2026-03-29T00:30:00Z"));
    assertThat(modifiedAt("2026-03-29T02:30:00")).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    // 01:30 does not exist that night: read as the same wall-clock time after the change.
    assertThat(modifiedAt("2026-03-29T01:30:00")).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
  }

  @Test
  void localTimesAreLondonTimeAcrossTheAutumnChange() {
    assertThat(modifiedAt("2026-10-25T00:30:00")).isEqualTo(Instant.parse("2026-10-24T23:30:00Z"));
    // 01:30 happens twice that night: read as the first, still in summer time.
    assertThat(modifiedAt("2026-10-25T01:30:00")).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
    assertThat(modifiedAt("2026-10-25T02:30:00")).isEqualTo(Instant.parse("2026-10-25T02:30:00Z"));
  }

  @Test
  void timesWithAnOffsetAreTakenAsTheyAre() {
    assertThat(modifiedAt("2026-10-25T01:30:00+00:00"))
        .isEqualTo(Instant.parse("2026-10-25T01:30:00Z"));
    assertThat(modifiedAt("2026-07-01T09:00:00+01:00"))
        .isEqualTo(Instant.parse("2026-07-01T08:00:00Z"));
  }

  private Instant modifiedAt(String local) {
    return reader
        .read(page(NOTE.replace("2026-03-02T10:15:00Z", local), null), 1)
        .notes()
        .get(0)
        .modifiedAt();
  }

  static String page(String notes, String nextCursor) {
    return "{\"items\": ["
        + notes
        + "]"
        + (nextCursor == null ? "" : ", \"nextCursor\": " + nextCursor)
        + "}";
  }

  private static SystemDefinition withAllocationInTheNote() {
    try {
      Path copy = Files.createTempFile("lcs-api", ".yaml");
      Files.writeString(
          copy,
          Files.readString(Path.of("mappings/systems/lcs-api.yaml"))
              .replace(
                  "  roles: {SOCIAL_WORKER",
                  "  allocation: {items: /subject/allocatedWorkers, role: /role, id: /id,"
                      + " name: /name, email: /email, team: /team}\n  roles: {SOCIAL_WORKER"));
      copy.toFile().deleteOnExit();
      return ShippedSystems.loader().load(copy);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SystemDefinition withSource(SystemDefinition s, Source source) {
    return new SystemDefinition(
        s.id(),
        s.name(),
        s.file(),
        s.enabled(),
        source,
        s.auth(),
        s.fields(),
        s.rules(),
        s.writeBack(),
        s.caseLink(),
        s.protocolId());
  }
}

package uk.irodispute.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.irodispute.application.DeadLetterOperations;
import uk.irodispute.polling.SourceHealth;
import uk.irodispute.sandbox.Fault;
import uk.irodispute.sandbox.FaultKind;
import uk.irodispute.sandbox.NoteRequest;
import uk.irodispute.sandbox.RecordedNote;
import uk.irodispute.sandbox.SandboxSystem;
import uk.irodispute.store.DeadLetter;
import uk.irodispute.store.DeadLetters;
import uk.irodispute.store.Watermarks;

/**
 * Issue 18's finding, end to end on the sandbox's JSON and XML APIs and its reporting database:
 * "One poison note blocks a whole case system. A note nested 100,000 deep, a 50 MB note, or a page
 * of notes whose sum passes the page limit stops every poll of that source, with no dead letter,
 * and every later note, valid or not, is never taken." Now the poison note is a dead letter by its
 * position, the notes after it are taken, the watermark moves past them, and a page over the limit
 * is read again one note a page. Every person is invented. The tests share the sandbox, so they run
 * in the order of their clocks.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PoisonNoteEndToEndTest extends SandboxRun {

  private static final int OWN_HTTP_PORT = freePort();
  private static final int OWN_SMTP_PORT = freePort();

  /** Invented note text, a little over a quarter of this context's page limit. */
  private static final String TEXT = "Invented concern about an invented child's placement. ";

  @Autowired DeadLetters deadLetters;
  @Autowired DeadLetterOperations operations;
  @Autowired Watermarks watermarks;
  @Autowired SourceHealth health;
  @Autowired NamedParameterJdbcTemplate jdbc;

  @DynamicPropertySource
  static void ownPorts(DynamicPropertyRegistry registry) {
    ownContext(registry, "poison-note", OWN_HTTP_PORT, OWN_SMTP_PORT);
    registry.add("iro.screen.most-page-size", () -> "48KB");
    registry.add("iro.screen.most-note-size", () -> "24KB");
  }

  @AfterEach
  void clearFaults() {
    sandbox.clearFaults();
  }

  @Test
  @Order(1)
  void aJsonNoteNested100000DeepIsADeadLetterByItsIdAndTheNotesAfterItAreTaken() {
    clock.set(Instant.parse("2026-11-16T10:00:00Z"));
    SandboxSystem api = SandboxSystem.LCS_API;
    RecordedNote after =
        sandbox.record(NoteRequest.in(api, "2001").action("raise").answer("track", "LAC").build());
    DeadLetter letter =
        pollPastPoison(api, after, FaultKind.DEEP_NOTE, "the note nests more than 64 deep");

    operations.replay(letter.id(), "operator", "the note was mended at the source");
    assertThat(watermarks.get(api.id()).at())
        .as("a replay reads the poison note's page again from where it was asked")
        .isEqualTo(letter.noteModifiedAt());
    poll(api);
    assertThat(openIsolatedLetters(api)).as("read again, the note is no longer poison").isEmpty();
  }

  @Test
  @Order(2)
  void aJson50MegabyteNoteIsADeadLetterByItsIdAndTheNotesAfterItAreTaken() {
    clock.set(Instant.parse("2026-11-16T11:00:00Z"));
    SandboxSystem api = SandboxSystem.LCS_API;
    RecordedNote after =
        sandbox.record(NoteRequest.in(api, "2002").action("raise").answer("track", "CP").build());
    pollPastPoison(
        api,
        after,
        FaultKind.HUGE_NOTE,
        "the note is over 24576 bytes (iro.screen.most-note-size)");
  }

  @Test
  @Order(3)
  void aJsonNoteWhoseIdComesAfterItsPoisonPartIsADeadLetterByItsPositionAndReplays() {
    clock.set(Instant.parse("2026-11-16T11:30:00Z"));
    SandboxSystem api = SandboxSystem.LCS_API;
    RecordedNote after =
        sandbox.record(NoteRequest.in(api, "2001").action("raise").answer("track", "LAC").build());
    DeadLetter letter =
        pollPastPoison(
            api, after, FaultKind.DEEP_NOTE_ID_AFTER, "the note nests more than 64 deep");

    operations.replay(letter.id(), "operator", "the note was mended at the source");
    assertThat(watermarks.get(api.id()).at()).isEqualTo(letter.noteModifiedAt());
    poll(api);
    assertThat(openIsolatedLetters(api))
        .as("read again, the note is no longer poison")
        .extracting(DeadLetter::noteId)
        .noneMatch(id -> id.startsWith("position "));
  }

  @Test
  @Order(4)
  void aJsonPageOverTheLimitIsReadAgainOneNoteAPageAndEveryNoteIsTaken() {
    clock.set(Instant.parse("2026-11-16T12:00:00Z"));
    SandboxSystem api = SandboxSystem.LCS_API;
    pollPastAPageOverTheLimit(api, "2003", "2004", "2001", "2002");
  }

  /**
   * The reporting database's equivalent: a row is read whole by the driver, so a 50 MB text is
   * refused by the screen and kept by its key, and the poll goes on.
   */
  @Test
  @Order(5)
  void aReportingDatabaseRowWithA50MegabyteTextIsADeadLetterByItsKeyAndTheRowsAfterAreTaken() {
    clock.set(Instant.parse("2026-11-16T13:00:00Z"));
    SandboxSystem reporting = SandboxSystem.LCS_REPORTING;
    RecordedNote poison =
        sandbox.record(
            NoteRequest.in(reporting, "1001").action("raise").answer("track", "LAC").build());
    var vendor = sandbox.reportingDatabase().jdbc().getJdbcTemplate();
    vendor.execute("ALTER TABLE FACT_CASENOTES ALTER COLUMN CASENOTE_TEXT CLOB");
    vendor.update(
        "UPDATE FACT_CASENOTES SET CASENOTE_TEXT = ? WHERE FACT_CASENOTE_ID = ?",
        "x".repeat(50 * 1024 * 1024),
        Long.parseLong(poison.noteId()));
    clock.advance(java.time.Duration.ofMinutes(10));
    RecordedNote after =
        sandbox.record(
            NoteRequest.in(reporting, "1002").action("raise").answer("track", "CP").build());

    poll(reporting);

    List<DeadLetter> letters =
        deadLetters.inStatus(DeadLetter.Status.OPEN).stream()
            .filter(l -> reporting.id().equals(l.systemId()))
            .filter(l -> poison.noteId().equals(l.noteId()))
            .toList();
    assertThat(letters).hasSize(1);
    assertThat(letters.get(0).reasonCode()).isEqualTo("NOTE_TOO_LARGE");
    assertThat(letters.get(0).reason())
        .isEqualTo(
            "the note's text is 52428800 bytes, over the limit of 65536 bytes; its author is"
                + " told by mail");
    assertThat(letters.get(0).noteModifiedAt()).isEqualTo(poison.modifiedAt());
    assertTaken(reporting, after);
    assertThat(watermarks.get(reporting.id()).at()).isEqualTo(after.modifiedAt());
    assertThat(health.of(reporting.id()).orElseThrow().failuresInARow()).isZero();
  }

  @Test
  @Order(6)
  void anXmlNoteNested100000DeepIsADeadLetterByItsIdAndTheNotesAfterItAreTaken() {
    clock.set(Instant.parse("2026-11-16T14:00:00Z"));
    SandboxSystem api = SandboxSystem.FWI_API;
    RecordedNote after = sandbox.record(NoteRequest.in(api, "P300101").action("raise").build());
    pollPastPoison(api, after, FaultKind.DEEP_NOTE, "the note nests more than 64 deep");
  }

  @Test
  @Order(7)
  void anXml50MegabyteNoteIsADeadLetterByItsIdAndTheNotesAfterItAreTaken() {
    clock.set(Instant.parse("2026-11-16T15:00:00Z"));
    SandboxSystem api = SandboxSystem.FWI_API;
    RecordedNote after = sandbox.record(NoteRequest.in(api, "P300102").action("raise").build());
    pollPastPoison(
        api,
        after,
        FaultKind.HUGE_NOTE,
        "the note is over 24576 bytes (iro.screen.most-note-size)");
  }

  @Test
  @Order(8)
  void anXmlNoteWithoutItsIdIsADeadLetterByItsPosition() {
    clock.set(Instant.parse("2026-11-16T15:30:00Z"));
    SandboxSystem api = SandboxSystem.FWI_API;
    RecordedNote after = sandbox.record(NoteRequest.in(api, "P300101").action("raise").build());
    pollPastPoison(api, after, FaultKind.DEEP_NOTE_ID_AFTER, "the note nests more than 64 deep");
  }

  @Test
  @Order(9)
  void anXmlPageOverTheLimitIsReadAgainOneNoteAPageAndEveryNoteIsTaken() {
    clock.set(Instant.parse("2026-11-16T16:00:00Z"));
    SandboxSystem api = SandboxSystem.FWI_API;
    pollPastAPageOverTheLimit(api, "P300103", "P300104", "P300101", "P300102");
  }

  /**
   * Polls with one poison note of the kind armed, and checks it is a dead letter by its position,
   * the note after it is taken and the source goes on.
   */
  private DeadLetter pollPastPoison(
      SandboxSystem api, RecordedNote after, FaultKind kind, String reason) {
    sandbox.faults(api).arm(Fault.poisonNotes(kind, 1));

    poll(api);

    DeadLetter letter = isolatedLetter(api, kind, reason);
    assertTaken(api, after);
    assertThat(watermarks.get(api.id()).at()).isAfterOrEqualTo(after.modifiedAt());
    assertThat(health.of(api.id()).orElseThrow().failuresInARow()).isZero();
    return letter;
  }

  /**
   * Records a raise for each person, long enough that the page of them is over the limit, polls,
   * and checks every note is taken and the source goes on.
   */
  private void pollPastAPageOverTheLimit(SandboxSystem api, String... persons) {
    String text = TEXT.repeat(250);
    List<RecordedNote> notes =
        Stream.of(persons)
            .map(
                person ->
                    sandbox.record(NoteRequest.in(api, person).action("raise").text(text).build()))
            .toList();
    assertThat(notes.size() * text.length()).as("the page's sum").isGreaterThan(48 * 1024);

    poll(api);

    notes.forEach(note -> assertTaken(api, note));
    assertThat(watermarks.get(api.id()).at()).isEqualTo(notes.get(3).modifiedAt());
    assertThat(health.of(api.id()).orElseThrow().failuresInARow()).isZero();
  }

  /**
   * The one letter a poison note left. A note that gives its id before what makes it poison is
   * known by that id, its position in the page it was read in named in the reason; one whose id
   * comes after, or has none, by that position.
   */
  private DeadLetter isolatedLetter(SandboxSystem api, FaultKind kind, String reason) {
    List<DeadLetter> letters =
        openIsolatedLetters(api).stream()
            .filter(l -> l.recordedAt().equals(clock.instant()))
            .filter(l -> l.reason().startsWith(reason))
            .toList();
    assertThat(letters).as("the letter this poll recorded").hasSize(1);
    DeadLetter letter = letters.get(0);
    assertThat(letter.reasonCode()).isEqualTo("UNREADABLE_NOTE");
    assertThat(letter.reason()).startsWith(reason);
    if (kind == FaultKind.DEEP_NOTE_ID_AFTER) {
      assertThat(letter.noteId()).startsWith("position 1, from ");
      assertThat(letter.reason()).doesNotContain("it was at");
    } else {
      assertThat(letter.noteId())
          .isEqualTo(kind == FaultKind.DEEP_NOTE ? "POISON-DEEP" : "POISON-HUGE");
      assertThat(letter.reason()).contains("; it was at position 1, from ");
    }
    assertThat(letter.noteModifiedAt()).as("where a replay reads from").isNotNull();
    return letter;
  }

  private List<DeadLetter> openIsolatedLetters(SandboxSystem api) {
    return deadLetters.inStatus(DeadLetter.Status.OPEN).stream()
        .filter(l -> api.id().equals(l.systemId()))
        .filter(l -> "UNREADABLE_NOTE".equals(l.reasonCode()))
        .toList();
  }

  private void assertTaken(SandboxSystem api, RecordedNote note) {
    Integer taken =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM processed_notes WHERE system_id = :system AND note_id = :note",
            Map.of("system", api.id(), "note", note.noteId()),
            Integer.class);
    assertThat(taken).as("note %s taken", note.noteId()).isEqualTo(1);
  }
}

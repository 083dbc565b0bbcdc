package uk.irodispute.systems.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.irodispute.core.note.CaseNote;
import uk.irodispute.core.note.CaseWorker;
import uk.irodispute.mappings.ShippedSystems;
import uk.irodispute.systems.SystemDefinition;

/**
 * Rows of the reporting database, mapped with the shipped lcs-reporting.yaml. Every person here is
 * invented.
 */
class SqlNotePagesTest {

  static final SystemDefinition LCS_REPORTING =
      ShippedSystems.loader().load(Path.of("mappings/systems/lcs-reporting.yaml"));

  private final SqlNotePages pages = new SqlNotePages(LCS_REPORTING);
  private final List<Object> formsAsked = new ArrayList<>();
  private final List<Object> peopleAsked = new ArrayList<>();

  @Test
  void mapsARowWithItsAnswersAndAllocatedWorkers() {
    NotePage page =
        pages.read(List.of(row(4001L, "2026-03-02T10:15:00")), this::answers, this::workers);

    assertThat(page.unreadable()).isEmpty();
    CaseNote note = page.notes().get(0);
    assertThat(note.commandId()).isEqualTo("lcs-reporting:4001@2026-03-02T10:15:00Z");
    assertThat(note.modifiedAt()).isEqualTo(Instant.parse("2026-03-02T10:15:00Z"));
    assertThat(note.recordedAt()).isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
    assertThat(note.personId()).isEqualTo("900100");
    assertThat(note.caseId()).isNull();
    assertThat(note.noteType()).isEqualTo("IRO");
    assertThat(note.text()).isEqualTo("Invented note text.");
    assertThat(note.author())
        .isEqualTo(
            new CaseWorker(
                null, "77", "Ira Reviewer", "ira.reviewer@council.example", "IRO service"));
    assertThat(note.form())
        .isEqualTo(
            Map.of("action", "Raise dispute", "track", "Looked after", "status", "Complete"));
    assertThat(note.allocated())
        .containsExactly(
            new CaseWorker(
                "social-worker",
                "31",
                "Sam Social",
                "sam.social@council.example",
                "Children in Care North"));
    assertThat(formsAsked).containsExactly(5001L);
    assertThat(peopleAsked).containsExactly(900100L);
  }

  @Test
  void columnsAreFoundIgnoringCase() {
    Map<String, Object> lower = new HashMap<>();
    row(4001L, "2026-03-02T10:15:00").forEach((k, v) -> lower.put(k.toLowerCase(), v));

    NotePage page = pages.read(List.of(lower), this::answers, this::workers);

    assertThat(page.notes()).extracting(CaseNote::noteId).containsExactly("4001");
    assertThat(page.notes().get(0).form()).containsKey("action");
  }

  @Test
  void aRowMissingARequiredColumnIsUnreadableAndTheRestIsRead() {
    Map<String, Object> noPerson = row(4002L, "2026-03-02T10:16:00");
    noPerson.put("DIM_PERSON_ID", null);
    Map<String, Object> noModified = row(4003L, "2026-03-02T10:17:00");
    noModified.remove("LAST_MODIFIED_DTTM");

    NotePage page =
        pages.read(
            List.of(row(4001L, "2026-03-02T10:15:00"), noPerson, noModified),
            this::answers,
            this::workers);

    assertThat(page.notes())
        .as("a note without its child is read, for the screen to keep out")
        .extracting(CaseNote::noteId, CaseNote::personId)
        .containsExactly(tuple("4001", "900100"), tuple("4002", null));
    assertThat(page.unreadable())
        .containsExactly(
            new UnreadableNote("4003", "no value for 'modifiedAt' (at LAST_MODIFIED_DTTM)"));
  }

  @Test
  void timestampsAreLondonTimeAcrossTheClockChanges() {
    assertThat(modifiedAt("2026-03-29T00:30:00")).isEqualTo(Instant.parse("2026-03-29T00:30:00Z"));
    assertThat(modifiedAt("2026-03-29T02:30:00")).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    assertThat(modifiedAt("2026-10-25T01:30:00")).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
    assertThat(modifiedAt("2026-10-25T02:30:00")).isEqualTo(Instant.parse("2026-10-25T02:30:00Z"));
  }

  @Test
  void localDateTimesAndTextAreReadTheSameWay() {
    Map<String, Object> asLocal = row(4001L, "2026-07-01T09:00:00");
    asLocal.put("LAST_MODIFIED_DTTM", LocalDateTime.parse("2026-07-01T09:00:00"));
    Map<String, Object> asText = row(4002L, "2026-07-01T09:00:00");
    asText.put("LAST_MODIFIED_DTTM", "2026-07-01 09:00:00");

    NotePage page = pages.read(List.of(asLocal, asText), this::answers, this::workers);

    assertThat(page.notes())
        .extracting(CaseNote::modifiedAt)
        .containsOnly(Instant.parse("2026-07-01T08:00:00Z"));
  }

  @Test
  void aFullPageAsksForMoreAfterTheLastKey() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (long id = 1; id <= 100; id++) {
      rows.add(row(id, "2026-03-02T10:15:00"));
    }

    NotePage full = pages.read(rows, this::answers, this::workers);
    NotePage shortPage = pages.read(rows.subList(0, 99), this::answers, this::workers);

    assertThat(full.morePages()).isTrue();
    assertThat(full.nextCursor()).isEqualTo("100");
    assertThat(shortPage.morePages()).isFalse();
    assertThat(shortPage.nextCursor()).isNull();
  }

  @Test
  void aDatabaseFailureMidPageFailsThePageRatherThanLosingNotes() {
    SqlNotePages.Rows failing =
        key -> {
          throw new IllegalStateException("connection lost");
        };

    assertThatThrownBy(
            () -> pages.read(List.of(row(4001L, "2026-03-02T10:15:00")), failing, this::workers))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aPollOverHttpIsNotReadHere() {
    assertThatThrownBy(() -> new SqlNotePages(JsonNotePagesTest.LCS_API))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDateColumnIsTheStartOfThatDayInLondonAndATimeOfDayAloneIsUnreadable() {
    Map<String, Object> dated = row(4001L, "2026-03-02T10:15:00");
    dated.put("EVENT_DTTM", java.sql.Date.valueOf("2026-07-01"));
    Map<String, Object> timeOnly = row(4002L, "2026-03-02T10:16:00");
    timeOnly.put("LAST_MODIFIED_DTTM", java.sql.Time.valueOf("10:16:00"));

    NotePage page = pages.read(List.of(dated, timeOnly), this::answers, this::workers);

    assertThat(page.notes().get(0).recordedAt()).isEqualTo(Instant.parse("2026-06-30T23:00:00Z"));
    assertThat(page.unreadable())
        .containsExactly(
            new UnreadableNote(
                "4002", "'modifiedAt' is not an ISO-8601 date and time (at LAST_MODIFIED_DTTM)"));
  }

  private Instant modifiedAt(String local) {
    return pages
        .read(List.of(row(4001L, local)), this::answers, this::workers)
        .notes()
        .get(0)
        .modifiedAt();
  }

  private static Map<String, Object> row(long id, String modifiedLocal) {
    Map<String, Object> row = new HashMap<>();
    row.put("FACT_CASENOTE_ID", id);
    row.put("DIM_PERSON_ID", 900100L);
    row.put("EVENT_DTTM", Timestamp.valueOf(LocalDateTime.parse("2026-03-02T10:00:00")));
    row.put("LAST_MODIFIED_DTTM", Timestamp.valueOf(LocalDateTime.parse(modifiedLocal)));
    row.put("DIM_LOOKUP_CASNT_TYPE_ID_CODE", "IRO");
    row.put("FACT_FORM_ID", 5001L);
    row.put("CASENOTE_TEXT", "Invented note text.");
    row.put("CASENOTE_STATUS", "Complete");
    row.put("AUTHOR_ID", 77);
    row.put("AUTHOR_NAME", "Ira Reviewer");
    row.put("AUTHOR_EMAIL", "ira.reviewer@council.example");
    row.put("AUTHOR_TEAM", "IRO service");
    return row;
  }

  private List<Map<String, Object>> answers(Object formId) {
    formsAsked.add(formId);
    return List.of(
        Map.of("ANSWER_NO", 1, "ANSWER", "Raise dispute"),
        Map.of("ANSWER_NO", 3, "ANSWER", "Looked after"),
        Map.of("ANSWER_NO", 42, "ANSWER", "Not a dispute question"));
  }

  private List<Map<String, Object>> workers(Object personId) {
    peopleAsked.add(personId);
    return List.of(
        Map.of(
            "ROLE_CODE", "SW",
            "DIM_WORKER_ID", 31,
            "WORKER_NAME", "Sam Social",
            "EMAIL_ADDRESS", "sam.social@council.example",
            "TEAM_NAME", "Children in Care North"),
        Map.of("ROLE_CODE", "CP_LEAD", "DIM_WORKER_ID", 32, "WORKER_NAME", "Cal Lead"));
  }
}

package uk.irodispute.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The sandbox reporting database answers the three queries of {@code lcs-reporting.yaml} and takes
 * its insert, each read from the file itself, so a change to the file is checked here.
 */
@AutoConfigureMockMvc
@ActiveProfiles("sandbox")
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {SandboxTests.DATABASE, SandboxTests.DROP_FOLDER})
class ReportingDatabaseTest {

  static final Map<String, Object> FILE = ShippedFiles.system(SandboxSystem.LCS_REPORTING);
  static final LocalDateTime BEFORE_ALL = LocalDateTime.of(2000, 1, 1, 0, 0);

  @Autowired SandboxCaseSystems sandbox;

  @AfterEach
  void clearFaults() {
    sandbox.clearFaults();
  }

  NamedParameterJdbcTemplate jdbc() {
    return sandbox.reportingDatabase().jdbc();
  }

  static String query(String name) {
    return ShippedFiles.namedParameters(ShippedFiles.at(FILE, "source", name));
  }

  List<Map<String, Object>> notesAfter(LocalDateTime watermark, long afterKey, int pageSize) {
    return jdbc()
        .queryForList(
            query("notesQuery"),
            Map.of("watermark", watermark, "afterKey", afterKey, "pageSize", pageSize));
  }

  RecordedNote raise(String personId) {
    return sandbox.record(
        NoteRequest.in(SandboxSystem.LCS_REPORTING, personId)
            .action("raise")
            .answer("track", "LAC")
            .answer("category", "drift-or-delay")
            .answer("startAt", "stage-1")
            .text("The care plan has drifted.")
            .build());
  }

  @Test
  void theNotesQueryFindsADisputeNoteWithItsAuthorInLondonTime() {
    RecordedNote note = raise("1001");

    LocalDateTime justBefore = ReportingDatabase.local(note.modifiedAt()).minusNanos(1_000_000);
    List<Map<String, Object>> rows = notesAfter(justBefore, 0, 100);

    assertThat(rows).hasSize(1);
    Map<String, Object> row = rows.get(0);
    assertThat(row.get("FACT_CASENOTE_ID")).isEqualTo(Long.valueOf(note.noteId()));
    assertThat(row.get("DIM_PERSON_ID")).isEqualTo(1001L);
    assertThat(row.get("DIM_LOOKUP_CASNT_TYPE_ID_CODE")).isEqualTo("IRO");
    assertThat(row.get("CASENOTE_TEXT")).isEqualTo("The care plan has drifted.");
    assertThat(row.get("AUTHOR_ID")).isEqualTo(505L);
    assertThat(row.get("AUTHOR_NAME")).isEqualTo("Bea Lockwood");
    assertThat(row.get("AUTHOR_EMAIL")).isEqualTo("bea.lockwood@council.example");
    assertThat(row.get("AUTHOR_TEAM")).isEqualTo("IRO Service");
    assertThat(row.get("FACT_FORM_ID")).isNotNull();
    assertThat(((java.sql.Timestamp) row.get("LAST_MODIFIED_DTTM")).toLocalDateTime())
        .isEqualTo(ReportingDatabase.local(note.modifiedAt()));
    assertThat(((java.sql.Timestamp) row.get("EVENT_DTTM")).toLocalDateTime())
        .isEqualTo(ReportingDatabase.local(note.recordedAt()));
  }

  @Test
  void theNotesQueryPagesByWatermarkThenKeyAndLeavesOutOtherNoteTypes() {
    RecordedNote first = raise("1002");
    RecordedNote second = raise("1003");
    RecordedNote third = raise("1004");
    LocalDateTime start = ReportingDatabase.local(first.modifiedAt()).minusNanos(1_000_000);

    List<Map<String, Object>> page1 = notesAfter(start, 0, 2);
    assertThat(page1)
        .extracting(r -> r.get("FACT_CASENOTE_ID").toString())
        .containsExactly(first.noteId(), second.noteId());

    Map<String, Object> last = page1.get(1);
    LocalDateTime watermark =
        ((java.sql.Timestamp) last.get("LAST_MODIFIED_DTTM")).toLocalDateTime();
    List<Map<String, Object>> page2 = notesAfter(watermark, (Long) last.get("FACT_CASENOTE_ID"), 2);
    assertThat(page2)
        .extracting(r -> r.get("FACT_CASENOTE_ID").toString())
        .containsExactly(third.noteId());

    assertThat(notesAfter(BEFORE_ALL, 0, 1000))
        .extracting(r -> r.get("DIM_LOOKUP_CASNT_TYPE_ID_CODE"))
        .containsOnly("IRO");
    Integer visits =
        jdbc()
            .queryForObject(
                "SELECT COUNT(*) FROM FACT_CASENOTES WHERE DIM_LOOKUP_CASNT_TYPE_ID_CODE = 'VISIT'",
                Map.of(),
                Integer.class);
    assertThat(visits).isEqualTo(4);
  }

  @Test
  void anEditedNoteComesBackAfterTheWatermarkWithItsNewAnswers() {
    RecordedNote note =
        sandbox.record(
            NoteRequest.in(SandboxSystem.LCS_REPORTING, "1001")
                .action("raise")
                .answer("track", "CP")
                .answer("startAt", "stage-2")
                .draft()
                .build());
    LocalDateTime seen = ReportingDatabase.local(note.modifiedAt());
    Map<String, Object> first = notesAfter(seen.minusNanos(1_000_000), 0, 10).get(0);
    long formId = (Long) first.get("FACT_FORM_ID");
    assertThat(first.get("CASENOTE_STATUS")).isEqualTo("Draft");

    RecordedNote edited =
        sandbox.edit(
            SandboxSystem.LCS_REPORTING, note.noteId(), Map.of("status", "Complete"), null);

    assertThat(edited.version()).isEqualTo(2);
    List<Map<String, Object>> rows = notesAfter(seen, Long.parseLong(note.noteId()), 10);
    assertThat(rows).hasSize(1);
    assertThat(((java.sql.Timestamp) rows.get(0).get("LAST_MODIFIED_DTTM")).toLocalDateTime())
        .isEqualTo(ReportingDatabase.local(edited.modifiedAt()))
        .isAfter(seen);
    assertThat(rows.get(0).get("FACT_FORM_ID")).isEqualTo(formId);
    assertThat(rows.get(0).get("CASENOTE_STATUS")).isEqualTo("Complete");
    assertThat(answers(formId)).containsEntry("3", "Child protection");
  }

  @Test
  void theAnswersQueryGivesTheFormsQuestionNumbersAndTheVendorsWords() {
    RecordedNote note =
        sandbox.record(
            NoteRequest.in(SandboxSystem.LCS_REPORTING, "1003")
                .action("pause")
                .answer("reference", "DRP-2026-000007")
                .answer("track", "LAC")
                .answer("reason", "Awaiting the parenting assessment")
                .answer("approvedBy", "IRO Team Manager")
                .build());
    long formId =
        (Long)
            notesAfter(ReportingDatabase.local(note.modifiedAt()).minusNanos(1_000_000), 0, 10)
                .get(0)
                .get("FACT_FORM_ID");

    assertThat(answers(formId))
        .containsEntry("1", "Time out")
        .containsEntry("2", "DRP-2026-000007")
        .containsEntry("3", "Looked after")
        .containsEntry("7", "Awaiting the parenting assessment")
        .containsEntry("8", "IRO Team Manager")
        .hasSize(5);
  }

  @Test
  void theAllocationQueryGivesTheCurrentWorkersOnly() {
    List<Map<String, Object>> rows =
        jdbc().queryForList(query("allocationQuery"), Map.of("personId", "1001"));

    Map<String, String> byRole = new HashMap<>();
    rows.forEach(r -> byRole.put((String) r.get("ROLE_CODE"), (String) r.get("WORKER_NAME")));
    assertThat(byRole)
        .containsEntry("SW", "Dana Fielding")
        .containsEntry("TM", "Hana Ibbotson")
        .containsEntry("IRO", "Bea Lockwood")
        .hasSize(3);
    assertThat(rows)
        .allSatisfy(
            r -> {
              assertThat(r.get("EMAIL_ADDRESS").toString()).endsWith("@council.example");
              assertThat(r.get("TEAM_NAME")).isNotNull();
              assertThat(r.get("DIM_WORKER_ID")).isNotNull();
            });
    Integer ended =
        jdbc()
            .queryForObject(
                "SELECT COUNT(*) FROM FACT_INVOLVEMENTS WHERE DIM_PERSON_ID = 1001"
                    + " AND END_DTTM IS NOT NULL",
                Map.of(),
                Integer.class);
    assertThat(ended).isEqualTo(1);
  }

  @Test
  void theWriteBackInsertTakesARowOnceAndTheSandboxListsIt() {
    Map<String, Object> row = new HashMap<>();
    row.put("idempotencyKey", "DRP-2026-000101/1/1");
    row.put("personId", "1002");
    row.put("kind", "query");
    row.put("authorRole", "IRO");
    row.put("reference", "DRP-2026-000101");
    row.put("stageName", "Stage 1: Social Worker and IRO");
    row.put("dueInWords", "by 5pm on Friday 6 November 2026");
    row.put("text", "Dispute raised.");
    String insert = ShippedFiles.namedParameters(ShippedFiles.at(FILE, "writeBack", "insert"));

    assertThat(jdbc().update(insert, row)).isEqualTo(1);
    assertThatThrownBy(() -> jdbc().update(insert, row)).isInstanceOf(DuplicateKeyException.class);

    List<WrittenBackNote> written =
        sandbox.writtenBack(SandboxSystem.LCS_REPORTING).stream()
            .filter(w -> w.key().equals("DRP-2026-000101/1/1"))
            .toList();
    assertThat(written).hasSize(1);
    WrittenBackNote note = written.get(0);
    assertThat(note.channel()).isEqualTo("IRO_DRP_NOTES_IMPORT");
    assertThat(note.personId()).isEqualTo("1002");
    assertThat(note.field("NOTE_KIND")).isEqualTo("query");
    assertThat(note.field("STAGE_NAME")).isEqualTo("Stage 1: Social Worker and IRO");
    assertThat(note.field("DUE_TEXT")).isEqualTo("by 5pm on Friday 6 November 2026");
    assertThat(note.receivedAt()).isNotNull();
  }

  @Test
  void offlineTakesTheNotesTableAwayUntilCleared() {
    RecordedNote before = raise("1004");
    sandbox.faults(SandboxSystem.LCS_REPORTING).arm(Fault.offline());

    assertThatThrownBy(() -> notesAfter(BEFORE_ALL, 0, 10))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("FACT_CASENOTES");
    RecordedNote whileOffline = raise("1004");

    sandbox.faults(SandboxSystem.LCS_REPORTING).clear();
    assertThat(notesAfter(BEFORE_ALL, 0, 1000))
        .extracting(r -> r.get("FACT_CASENOTE_ID").toString())
        .contains(before.noteId(), whileOffline.noteId());
  }

  @Test
  void offlineOnWriteBacksTakesTheIntegrationTableAwayButNotTheNotes() {
    sandbox.faults(SandboxSystem.LCS_REPORTING).arm(Fault.offline().on(FaultTarget.WRITE_BACKS));
    Map<String, Object> row = new HashMap<>();
    row.put("idempotencyKey", "DRP-2026-000102/1/1");
    for (String name :
        List.of("personId", "kind", "authorRole", "reference", "stageName", "dueInWords", "text")) {
      row.put(name, name.equals("personId") ? "1001" : "x");
    }
    String insert = ShippedFiles.namedParameters(ShippedFiles.at(FILE, "writeBack", "insert"));

    assertThatThrownBy(() -> jdbc().update(insert, row)).isInstanceOf(DataAccessException.class);
    assertThat(notesAfter(BEFORE_ALL, 0, 10)).isNotNull();

    sandbox.faults(SandboxSystem.LCS_REPORTING).clear();
    assertThat(jdbc().update(insert, row)).isEqualTo(1);
  }

  @Test
  void filesInTheDropFolderAreListedAsWrittenBack() throws IOException {
    Path folder = Files.createDirectories(Path.of("target", "sandbox-drop"));
    Path file = folder.resolve("DRP-2026-000103-1-1.xml");
    Files.writeString(file, "<note>outcome</note>");
    try {
      assertThat(sandbox.writtenBack(SandboxSystem.LCS_REPORTING))
          .filteredOn(w -> w.channel().equals("file"))
          .singleElement()
          .satisfies(
              w -> {
                assertThat(w.key()).isEqualTo("DRP-2026-000103-1-1.xml");
                assertThat(w.field("content")).isEqualTo("<note>outcome</note>");
              });
    } finally {
      Files.delete(file);
    }
  }

  private Map<String, String> answers(long formId) {
    Map<String, String> answers = new HashMap<>();
    jdbc()
        .query(
            query("answersQuery"),
            Map.of("formId", formId),
            rs -> {
              answers.put(rs.getString("ANSWER_NO"), rs.getString("ANSWER"));
            });
    return answers;
  }
}

package uk.irodispute.polling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import uk.irodispute.connections.SourceUnavailableException;
import uk.irodispute.core.note.CaseNote;
import uk.irodispute.core.note.CaseWorker;
import uk.irodispute.mappings.ShippedSystems;
import uk.irodispute.store.DeadLetterReason;
import uk.irodispute.systems.SystemDefinition;
import uk.irodispute.systems.mapping.NotePage;
import uk.irodispute.systems.mapping.SqlNotePages;

/**
 * The lookup step of an SQL source against a database made here: a dispute note is completed with
 * the child's legal status and key workers read by a named query with the note's values, one query
 * per child a run; a query that fails stops the run, as a failing HTTP lookup does. Every person
 * here is invented.
 */
class SqlNoteLookupsTest {

  /** The shipped reporting file with one more lookup, as a council would add it. */
  private static final String LOOKUP =
      """
        lookups:
          - name: keyWorkers
            query: |
              SELECT s.LEGAL_STATUS, k.ROLE_CODE, k.WORKER_ID, k.WORKER_NAME
                FROM PERSON_STATUS s LEFT JOIN KEY_WORKERS k ON k.PERSON_ID = s.PERSON_ID
               WHERE s.PERSON_ID = :#personId AND s.FORM_ACTION = :#action
            fields: {legalStatus: LEGAL_STATUS}
            allocation: {role: ROLE_CODE, id: WORKER_ID, name: WORKER_NAME}

      fields:
      """;

  @TempDir Path dir;

  private final List<String> events = new ArrayList<>();
  private final SqlNoteLookups lookups =
      new SqlNoteLookups(
          new PollEvents() {
            @Override
            public void pageRead(String systemId, int items, int mapped) {}

            @Override
            public void noteKept(String systemId, DeadLetterReason reason) {}

            @Override
            public void runEnded(String systemId, Duration took, boolean succeeded) {}

            @Override
            public void lookedUp(String systemId, String lookup, LookupOutcome outcome) {
              events.add(lookup + " " + outcome);
            }
          });

  private SystemDefinition system;
  private NamedParameterJdbcTemplate jdbc;

  @BeforeEach
  void database() throws IOException {
    String shipped = Files.readString(Path.of("mappings/systems/lcs-reporting.yaml"));
    system =
        ShippedSystems.loader()
            .load(
                Files.writeString(
                    dir.resolve("lcs-reporting.yaml"), shipped.replace("\nfields:\n", LOOKUP)));
    jdbc =
        new NamedParameterJdbcTemplate(
            new DriverManagerDataSource("jdbc:h2:mem:sql-lookups;DB_CLOSE_DELAY=-1"));
    jdbc.getJdbcTemplate().execute("DROP ALL OBJECTS");
    jdbc.getJdbcTemplate()
        .execute(
            "CREATE TABLE PERSON_STATUS (PERSON_ID BIGINT, FORM_ACTION VARCHAR(40),"
                + " LEGAL_STATUS VARCHAR(40))");
    jdbc.getJdbcTemplate()
        .execute(
            "CREATE TABLE KEY_WORKERS (PERSON_ID BIGINT, ROLE_CODE VARCHAR(8), WORKER_ID INT,"
                + " WORKER_NAME VARCHAR(40))");
    jdbc.getJdbcTemplate()
        .execute("INSERT INTO PERSON_STATUS VALUES (900100, 'Raise dispute', 'Child protection')");
    jdbc.getJdbcTemplate()
        .execute(
            "INSERT INTO KEY_WORKERS VALUES (900100, 'TM', 41, 'Terry Manager'),"
                + " (900100, 'ADMIN', 42, 'Ada Admin')");
  }

  @Test
  void aDisputeNoteGetsWhatItsQueryReadsWithTheNotesValues() {
    NotePage page = lookups.complete(system, read(row(4001L, "IRO")), jdbc, new LookupCache());

    CaseNote note = page.notes().get(0);
    assertThat(note.answer("legalStatus")).contains("Child protection");
    assertThat(note.allocated())
        .contains(new CaseWorker("team-manager", "41", "Terry Manager", null, null))
        .noneMatch(w -> w.id().equals("42"));
  }

  @Test
  void aNoteOfAnotherTypeIsNotLookedUp() {
    NotePage page = lookups.complete(system, read(row(4002L, "VISIT")), jdbc, new LookupCache());

    assertThat(page.notes()).allSatisfy(n -> assertThat(n.answer("legalStatus")).isEmpty());
    assertThat(events).isEmpty();
  }

  @Test
  void aChildWithDisputeNotesOnTwoPagesIsLookedUpOnceARunAndCounted() {
    LookupCache run = new LookupCache();
    lookups.complete(system, read(row(4001L, "IRO")), jdbc, run);
    jdbc.getJdbcTemplate().execute("UPDATE PERSON_STATUS SET LEGAL_STATUS = 'Looked after'");

    CaseNote second = lookups.complete(system, read(row(4003L, "IRO")), jdbc, run).notes().get(0);

    assertThat(second.answer("legalStatus"))
        .as("the run's first answer, not asked again")
        .contains("Child protection");
    assertThat(events).containsExactly("keyWorkers FETCHED", "keyWorkers CACHED");
    CaseNote nextRun =
        lookups.complete(system, read(row(4003L, "IRO")), jdbc, new LookupCache()).notes().get(0);
    assertThat(nextRun.answer("legalStatus")).as("asked again next run").contains("Looked after");
  }

  @Test
  void aFailingQueryStopsTheRunNamingTheLookupAndIsCounted() {
    jdbc.getJdbcTemplate().execute("DROP TABLE KEY_WORKERS");
    NotePage page = read(row(4001L, "IRO"));

    assertThatThrownBy(() -> lookups.complete(system, page, jdbc, new LookupCache()))
        .isInstanceOf(SourceUnavailableException.class)
        .satisfies(
            failure ->
                assertThat(PollCycle.describe(failure))
                    .as("the reason logged and shown in health")
                    .isEqualTo(
                        "lookup 'keyWorkers' could not be made: the statement does not fit the"
                            + " database (a table, a column or the syntax) (SQL state 42S02)"));
    assertThat(events).containsExactly("keyWorkers FAILED");
  }

  @Test
  void aQueryThatFindsNoRowLeavesTheNoteAsItIs() {
    jdbc.getJdbcTemplate().execute("DELETE FROM PERSON_STATUS");

    NotePage page = lookups.complete(system, read(row(4001L, "IRO")), jdbc, new LookupCache());

    assertThat(page.unreadable()).isEmpty();
    assertThat(page.notes())
        .singleElement()
        .satisfies(
            note -> {
              assertThat(note.answer("legalStatus")).isEmpty();
              assertThat(note.allocated()).noneMatch(w -> w.id().equals("41"));
            });
    assertThat(events).containsExactly("keyWorkers FETCHED");
  }

  private NotePage read(Map<String, Object> row) {
    return new SqlNotePages(system)
        .read(
            List.of(row),
            formId -> List.of(Map.of("ANSWER_NO", 1, "ANSWER", "Raise dispute")),
            personId -> List.of());
  }

  private static Map<String, Object> row(long id, String type) {
    Map<String, Object> row = new HashMap<>();
    row.put("FACT_CASENOTE_ID", id);
    row.put("DIM_PERSON_ID", 900100L);
    row.put("EVENT_DTTM", Timestamp.valueOf(LocalDateTime.parse("2026-03-02T10:00:00")));
    row.put("LAST_MODIFIED_DTTM", Timestamp.valueOf(LocalDateTime.parse("2026-03-02T10:15:00")));
    row.put("DIM_LOOKUP_CASNT_TYPE_ID_CODE", type);
    row.put("FACT_FORM_ID", 5001L);
    row.put("CASENOTE_TEXT", "Invented note text.");
    row.put("AUTHOR_ID", 77);
    return row;
  }
}

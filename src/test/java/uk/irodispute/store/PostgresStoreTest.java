package uk.irodispute.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import uk.irodispute.core.model.DisputeReference;
import uk.irodispute.testing.MutableClock;
import uk.irodispute.testing.TestPostgres;

/**
 * The schema and the store's SQL on PostgreSQL, the production database, so that neither drifts
 * into H2-only SQL. Each test gets a schema of its own, dropped afterwards. Without PostgreSQL on
 * {@code 127.0.0.1:5432} (database {@code test}, user {@code postgres}; {@code
 * IRO_TEST_POSTGRES_URL} overrides) the tests are skipped, except in CI ({@code CI=true}), where
 * they fail.
 */
class PostgresStoreTest {

  static final Instant RAISED = Instant.parse("2026-11-04T10:00:00Z");

  private final String schema = "iro_store_test_" + UUID.randomUUID().toString().replace("-", "");
  private TestStore store;
  private MutableClock clock;

  @BeforeEach
  void freshSchema() throws SQLException {
    try (Connection c = TestPostgres.connect()) {
      c.createStatement().execute("CREATE SCHEMA " + schema);
    }
    clock = new MutableClock(RAISED);
    store =
        TestStore.on(
            new DriverManagerDataSource(
                TestPostgres.URL + "?currentSchema=" + schema, TestPostgres.USER, ""),
            clock);
  }

  @AfterEach
  void dropSchema() throws SQLException {
    try (Connection c = TestPostgres.connect()) {
      c.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  @Test
  void theMigrationCreatesEveryTable() {
    List<String> tables =
        store
            .jdbc
            .getJdbcTemplate()
            .queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = ?"
                    + " ORDER BY table_name",
                String.class,
                schema);

    assertThat(tables)
        .containsExactly(
            "case_contacts",
            "dead_letter_actions",
            "dead_letters",
            "dispute_events",
            "disputes",
            "erasures",
            "flyway_schema_history",
            "outbox",
            "processed_notes",
            "qrtz_blob_triggers",
            "qrtz_calendars",
            "qrtz_cron_triggers",
            "qrtz_fired_triggers",
            "qrtz_job_details",
            "qrtz_locks",
            "qrtz_paused_trigger_grps",
            "qrtz_scheduler_state",
            "qrtz_simple_triggers",
            "qrtz_simprop_triggers",
            "qrtz_triggers",
            "reference_sequences",
            "source_polls",
            "source_watermarks",
            "spring_session",
            "spring_session_attributes");
  }

  @Test
  void eachSourcesPollsAreRecordedOnPostgres() {
    SourcePolls polls = new SourcePolls(store.jdbc);
    Instant at = Instant.parse("2026-11-16T10:00:00Z");
    polls.failed("lcs-api", at, "the case system answered HTTP 503");
    polls.failed("lcs-api", at.plusSeconds(30), "the case system answered HTTP 502");
    polls.succeeded("fwi-api", at);

    assertThat(polls.of("lcs-api"))
        .contains(
            new SourcePolls.Record(
                null, at.plusSeconds(30), "the case system answered HTTP 502", 2));
    polls.succeeded("lcs-api", at.plusSeconds(60));
    assertThat(polls.all().keySet()).containsExactly("fwi-api", "lcs-api");
    assertThat(polls.of("lcs-api").orElseThrow().lastSuccess()).isEqualTo(at.plusSeconds(60));
    assertThat(polls.of("lcs-api").orElseThrow().failuresInARow()).isZero();
  }

  @Test
  void aDisputeIsTakenTickedAndDeliveredOnPostgres() {
    DisputeReference first = new DisputeReference("DRP-2026-000001");
    assertThat(store.intake.take(TestNotes.raise("N-1", "1", RAISED)).outcome())
        .isEqualTo(NoteOutcome.APPLIED);
    assertThat(store.intake.take(TestNotes.raise("N-1", "1", RAISED)).outcome())
        .isEqualTo(NoteOutcome.DUPLICATE);
    assertThat(store.intake.take(TestNotes.raise("N-1", "2", RAISED)).outcome())
        .isEqualTo(NoteOutcome.IGNORED);
    assertThat(store.intake.take(TestNotes.comment("N-2", RAISED.plusSeconds(60))).reference())
        .isEqualTo(first.value());
    assertThat(store.contacts.of(first).holding("chair")).isPresent();

    clock.set(Instant.parse("2026-11-05T17:00:00Z"));
    assertThat(store.due.tickDue(10)).isEqualTo(1);
    assertThat(store.due.tickDue(10)).isZero();
    assertThat(store.disputes.find(first).orElseThrow().currentStageId()).isEqualTo("stage-2");
    assertThat(store.disputes.open()).hasSize(1);
    assertThat(store.events.of(first)).isNotEmpty();

    List<OutboxItem> claimed = store.outbox.claimDue(100);
    assertThat(claimed)
        .as("the first of the dispute's notes and the first of its mails")
        .extracting(i -> OutboxChannel.of(i.delivery()))
        .containsExactlyInAnyOrder(OutboxChannel.CASE_SYSTEM, OutboxChannel.MAIL);
    OutboxItem note = inChannel(claimed, OutboxChannel.CASE_SYSTEM);
    assertThat(store.outbox.failed(note.id(), "HTTP 503")).isTrue();
    assertThat(store.outbox.delivered(inChannel(claimed, OutboxChannel.MAIL).id())).isTrue();
    clock.advance(Duration.ofSeconds(30));
    List<OutboxItem> next = store.outbox.claimDue(100);
    assertThat(inChannel(next, OutboxChannel.CASE_SYSTEM))
        .as("the failed note again, the ones after it still waiting for it")
        .satisfies(
            i -> {
              assertThat(i.id()).isEqualTo(note.id());
              assertThat(i.attempts()).isEqualTo(2);
            });
    assertThat(next).filteredOn(i -> i.delivery().writesCaseNote()).hasSize(1);
    assertThat(store.outbox.counts().get(OutboxStatus.DELIVERED)).isEqualTo(1L);

    store.watermarks.advance("test-lcs", new Watermark(RAISED, "N-2", null));
    assertThat(store.watermarks.get("test-lcs")).isEqualTo(new Watermark(RAISED, "N-2", null));
    assertThat(store.inTransaction(() -> store.references.next(clock.instant())).value())
        .isEqualTo("DRP-2026-000002");
  }

  @Test
  void twoNotesAboutOneDisputeTakenAtOnceAreTakenOneAfterTheOther() throws Exception {
    IntakeRace.twoNotesAtOnce(store);
  }

  @Test
  void theSameNoteTakenOnTwoNodesAtOnceIsAppliedOnce() throws Exception {
    IntakeRace.sameNoteTwiceAtOnce(store);
  }

  @Test
  void twoClaimersAtOnceTakeEachOutboxItemOnceAndEachDisputeInOrder() throws Exception {
    OutboxRace.twoClaimersAtOnce(store);
  }

  @Test
  void deliveriesHeldByADryRunAreSentAndDiscardedOnPostgres() {
    HeldDeliveriesTest.holdSendAndDiscard(store, clock);
  }

  @Test
  void deadLettersAreRecordedListedReplayedAndDiscardedOnPostgres() {
    Instant modified = RAISED.minusSeconds(600);
    store.watermarks.advance("lcs-api", new Watermark(RAISED, "N-9", null));
    assertThat(
            store.deadLetters.recordNote(
                "lcs-api", "N-7", null, modified, DeadLetterReason.UNREADABLE_NOTE, "no id"))
        .isTrue();
    assertThat(
            store.deadLetters.recordNote(
                "lcs-api", "N-7", null, modified, DeadLetterReason.UNREADABLE_NOTE, "no id"))
        .isFalse();
    store.deadLetters.recordNote(
        "lcs-api", "N-8", "2", DeadLetterReason.NOTE_TOO_LARGE, "over the limit");
    List<DeadLetter> open =
        store.deadLetterOperations.list(
            new DeadLetterFilter("lcs-api", null, null, DeadLetter.Status.OPEN, null));
    assertThat(open).extracting(DeadLetter::noteId).containsExactly("N-7", "N-8");

    store.deadLetterOperations.replay(open.get(0).id(), "ops.alex", null);
    store.deadLetterOperations.discard(open.get(1).id(), "ops.sam", "too large to take");

    assertThat(store.watermarks.get("lcs-api")).isEqualTo(new Watermark(modified, null, null));
    assertThat(
            store.deadLetters.recordNote(
                "lcs-api", "N-8", "2", DeadLetterReason.NOTE_TOO_LARGE, "over the limit"))
        .as("discarded")
        .isFalse();
    assertThat(store.deadLetterOperations.actions(open.get(1).id()))
        .extracting(DeadLetterAction::actor)
        .containsExactly("ops.sam");
  }

  private static OutboxItem inChannel(List<OutboxItem> items, OutboxChannel channel) {
    return items.stream()
        .filter(i -> OutboxChannel.of(i.delivery()) == channel)
        .findFirst()
        .orElseThrow();
  }
}

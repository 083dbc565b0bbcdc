package uk.irodispute.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import uk.irodispute.application.NoteIntake;
import uk.irodispute.core.engine.EventType;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.core.model.DisputeReference;
import uk.irodispute.core.model.DisputeStatus;
import uk.irodispute.core.note.CaseNote;
import uk.irodispute.core.note.CaseWorker;
import uk.irodispute.delivery.Delivery;
import uk.irodispute.testing.MutableClock;

/** A case note is taken once, in one transaction, against an in-memory H2. */
class NoteIntakeTest {

  /** Wednesday 4 November 2026, 10:00 in London (GMT). */
  static final Instant RAISED = Instant.parse("2026-11-04T10:00:00Z");

  static final DisputeReference FIRST = new DisputeReference("DRP-2026-000001");

  private final MutableClock clock = new MutableClock(RAISED);
  private final TestStore store = TestStore.h2(clock);

  @Test
  void aRaiseCreatesTheDisputeItsEventsContactsAndOutboxRows() {
    IntakeResult result = store.intake.take(TestNotes.raise("N-1", "1", RAISED));

    assertThat(result).isEqualTo(new IntakeResult(NoteOutcome.APPLIED, FIRST.value(), null));
    Dispute dispute = store.disputes.find(FIRST).orElseThrow();
    assertThat(dispute.status()).isEqualTo(DisputeStatus.OPEN);
    assertThat(dispute.currentStageId()).isEqualTo("stage-1");
    assertThat(dispute.appliedCommands()).containsExactly("test-lcs:N-1@1");
    Map<String, Object> row =
        store
            .jdbc
            .getJdbcTemplate()
            .queryForMap("SELECT * FROM disputes WHERE reference = ?", FIRST.value());
    assertThat(row)
        .containsEntry("SYSTEM_ID", "test-lcs")
        .containsEntry("PERSON_ID", "PERSON-1001")
        .containsEntry("CASE_ID", "CASE-2001")
        .containsEntry("STATUS", "OPEN")
        .containsEntry("ROW_VERSION", 1L);
    assertThat(
            store
                .jdbc
                .getJdbcTemplate()
                .queryForObject("SELECT next_due_at FROM disputes", OffsetDateTime.class)
                .toInstant())
        .isEqualTo(Instant.parse("2026-11-05T17:00:00Z"))
        .isEqualTo(dispute.nextDueAt().orElseThrow());

    assertThat(store.events.of(FIRST))
        .extracting(e -> e.type())
        .startsWith(EventType.RAISED, EventType.STAGE_OPENED);
    assertThat(store.events.of(FIRST))
        .extracting(e -> e.sequence())
        .isEqualTo(LongStream.rangeClosed(1, dispute.lastSequence()).boxed().toList());

    assertThat(store.contacts.of(FIRST).people())
        .containsExactly(
            TestNotes.IRO.as("chair"), TestNotes.SOCIAL_WORKER, TestNotes.TEAM_MANAGER);

    assertThat(store.outbox.counts())
        .containsEntry(OutboxStatus.PENDING, (long) store.count("outbox"));
    List<OutboxItem> queued = store.outbox.claimDue(100);
    assertThat(queued)
        .isNotEmpty()
        .allSatisfy(i -> assertThat(i.reference()).isEqualTo(FIRST.value()));
    assertThat(queued)
        .extracting(OutboxItem::delivery)
        .filteredOn(Delivery.Mail.class::isInstance)
        .map(Delivery.Mail.class::cast)
        .anySatisfy(m -> assertThat(m.to()).containsExactly("sam.example@council.example"));

    assertThat(
            store
                .jdbc
                .getJdbcTemplate()
                .queryForMap("SELECT outcome, reference, reason FROM processed_notes"))
        .containsEntry("OUTCOME", "APPLIED")
        .containsEntry("REFERENCE", FIRST.value());
  }

  @Test
  void theOutcomeSoughtIsKeptAndGivenToEveryLaterPlan() {
    store.intake.take(
        TestNotes.note(
            "N-1",
            "1",
            "IRO-DISPUTE",
            RAISED,
            Map.of(
                "protocol", "day-range-lac-cp", "track", "CP", "outcome-sought", "Plan reviewed"),
            TestNotes.IRO,
            TestNotes.PERSON));
    assertThat(store.planner.contactsSeen)
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.outcomeSought()).isEqualTo("Plan reviewed"));
    store.planner.contactsSeen.clear();

    clock.advance(Duration.ofMinutes(5));
    store.intake.take(TestNotes.response("N-2", clock.instant()));

    assertThat(
            store
                .jdbc
                .getJdbcTemplate()
                .queryForObject(
                    "SELECT outcome_sought FROM disputes WHERE reference = ?",
                    String.class,
                    FIRST.value()))
        .isEqualTo("Plan reviewed");
    assertThat(store.planner.contactsSeen)
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.outcomeSought()).isEqualTo("Plan reviewed"));
  }

  @Test
  void theSameNoteAgainIsADuplicateAndAddsNothing() {
    CaseNote raise = TestNotes.raise("N-1", "1", RAISED);
    store.intake.take(raise);
    Map<String, Integer> before = rowCounts();

    clock.advance(Duration.ofMinutes(5));
    IntakeResult again = store.intake.take(raise);

    assertThat(again.outcome()).isEqualTo(NoteOutcome.DUPLICATE);
    assertThat(again.reference()).isEqualTo(FIRST.value());
    assertThat(rowCounts()).isEqualTo(before);
    assertThat(store.references.next(clock.instant())).isEqualTo(DisputeReference.of(2026, 2));
  }

  @Test
  void anEditOfAnAppliedNoteIsIgnoredAndItsAuthorToldWhatToRecordInstead() {
    store.intake.take(TestNotes.raise("N-1", "1", RAISED));
    store.outbox.deliveredAll(store.outbox.claimDue(100).stream().map(OutboxItem::id).toList());
    Map<String, Integer> before = rowCounts();

    IntakeResult edit = store.intake.take(TestNotes.raise("N-1", "2", RAISED.plusSeconds(600)));

    assertThat(edit)
        .isEqualTo(
            new IntakeResult(NoteOutcome.IGNORED, FIRST.value(), NoteIntake.EDIT_OF_APPLIED_NOTE));
    assertThat(store.count("disputes")).isEqualTo(1);
    assertThat(store.count("processed_notes")).isEqualTo(before.get("processed_notes") + 1);
    assertThat(store.count("dispute_events")).isEqualTo(before.get("dispute_events"));
    assertThat(store.outbox.claimDue(10))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.idempotencyKey()).isEqualTo("note/test-lcs:N-1@2/rejected/mail");
              assertThat(i.reference()).isEqualTo(FIRST.value());
              var mail = (Delivery.Mail) i.delivery();
              assertThat(mail.to()).containsExactly("iris.example@council.example");
              assertThat(mail.plainText()).startsWith("NOTE_EDITED");
            });
  }

  @Test
  void aNoteOnAClosedDisputeByAnotherThanTheIroGoesToItsAuthorWithTheIroInCopy() {
    IntakeResult comment = socialWorkerNoteAnHourAfterResolving("IRO-COMMENT");

    assertThat(comment.outcome()).isEqualTo(NoteOutcome.REJECTED);
    assertThat(store.outbox.claimDue(100))
        .filteredOn(NoteIntakeTest::isRejection)
        .singleElement()
        .satisfies(
            i -> {
              var mail = (Delivery.Mail) i.delivery();
              assertThat(mail.to()).containsExactly("sam.example@council.example");
              assertThat(mail.cc()).containsExactly("iris.example@council.example");
              assertThat(mail.plainText()).contains("already resolved");
            });
  }

  @Test
  void aLateResponseOnAClosedDisputeTellsItsAuthorItWasNotApplied() {
    IntakeResult late = socialWorkerNoteAnHourAfterResolving("IRO-RESPONSE");

    assertThat(late.outcome()).isEqualTo(NoteOutcome.RECORDED_ONLY);
    assertThat(store.events.of(FIRST))
        .extracting(e -> e.type())
        .endsWith(EventType.LATE_RESPONSE_RECORDED);
    assertThat(store.outbox.claimDue(100))
        .filteredOn(NoteIntakeTest::isRejection)
        .singleElement()
        .satisfies(
            i -> {
              var mail = (Delivery.Mail) i.delivery();
              assertThat(mail.to()).containsExactly("sam.example@council.example");
              assertThat(mail.plainText()).contains("was already closed", "resolved");
              assertThat(mail.plainText()).doesNotContain(TestNotes.TEXT);
            });
  }

  /** Delivers every item, a dispute's items one after the other as the outbox hands them out. */
  private void deliverAll() {
    List<OutboxItem> due = store.outbox.claimDue(100);
    while (!due.isEmpty()) {
      store.outbox.deliveredAll(due.stream().map(OutboxItem::id).toList());
      due = store.outbox.claimDue(100);
    }
  }

  private static boolean isRejection(OutboxItem item) {
    return item.delivery() instanceof Delivery.Mail mail
        && mail.subject().endsWith("NOTE_REJECTED");
  }

  private static CaseNote satisfied(String noteId, Instant at) {
    return TestNotes.note(
        noteId,
        "1",
        "IRO-SATISFIED",
        at,
        Map.of("reference", FIRST.value()),
        TestNotes.IRO,
        TestNotes.PERSON);
  }

  /**
   * Raises a dispute, resolves it, delivers what that caused, and an hour later takes a note of the
   * given type about it by the child's social worker.
   */
  private IntakeResult socialWorkerNoteAnHourAfterResolving(String type) {
    store.intake.take(TestNotes.raise("N-1", "1", RAISED));
    store.intake.take(satisfied("N-2", RAISED.plusSeconds(600)));
    deliverAll();
    clock.advance(Duration.ofHours(1));
    return store.intake.take(
        TestNotes.note(
            "N-3",
            "1",
            type,
            clock.instant(),
            Map.of("reference", FIRST.value()),
            TestNotes.SOCIAL_WORKER.as(null),
            TestNotes.PERSON));
  }

  @Test
  void anEditedDraftIsTaken() {
    IntakeResult draft = store.intake.take(TestNotes.draftRaise("N-1", "1", RAISED));
    assertThat(draft).isEqualTo(new IntakeResult(NoteOutcome.IGNORED, null, "the note is a draft"));
    assertThat(store.count("disputes")).isZero();

    IntakeResult finished = store.intake.take(TestNotes.raise("N-1", "2", RAISED.plusSeconds(60)));

    assertThat(finished.outcome()).isEqualTo(NoteOutcome.APPLIED);
    assertThat(store.disputes.find(FIRST).orElseThrow().appliedCommands())
        .containsExactly("test-lcs:N-1@2");
  }

  @Test
  void aResponseFindsTheChildsOpenDisputeAndKeepsTheChair() {
    store.intake.take(TestNotes.raise("N-1", "1", RAISED));
    clock.set(Instant.parse("2026-11-05T10:00:00Z"));

    IntakeResult response =
        store.intake.take(TestNotes.response("N-2", Instant.parse("2026-11-05T09:30:00Z")));

    assertThat(response).isEqualTo(new IntakeResult(NoteOutcome.APPLIED, FIRST.value(), null));
    Dispute dispute = store.disputes.find(FIRST).orElseThrow();
    assertThat(dispute.currentStage().responses()).hasSize(1);
    assertThat(store.events.of(FIRST))
        .extracting(e -> e.type())
        .contains(EventType.RESPONSE_RECORDED);
    assertThat(store.contacts.of(FIRST).holding("chair")).contains(TestNotes.IRO.as("chair"));
    assertThat(
            store
                .jdbc
                .getJdbcTemplate()
                .queryForObject("SELECT row_version FROM disputes", Long.class))
        .isEqualTo(2L);
  }

  @Test
  void laterNotesReplaceTheAllocatedWorkersRoleByRole() {
    store.intake.take(TestNotes.raise("N-1", "1", RAISED));
    CaseWorker newWorker =
        new CaseWorker(
            "social-worker", "SW-9", "Sol Example", "sol.example@council.example", "Team South");
    CaseNote comment = TestNotes.comment("N-2", RAISED.plusSeconds(3600));
    CaseNote reallocated =
        new CaseNote(
            comment.systemId(),
            comment.noteId(),
            comment.version(),
            comment.modifiedAt(),
            comment.personId(),
            comment.caseId(),
            comment.noteType(),
            comment.author(),
            comment.recordedAt(),
            comment.text(),
            comment.form(),
            List.of(newWorker));

    store.intake.take(reallocated);

    assertThat(store.contacts.of(FIRST).people())
        .containsExactly(TestNotes.IRO.as("chair"), newWorker, TestNotes.TEAM_MANAGER);
  }

  @Test
  void aRejectedNoteOpensNothingAndTellsItsAuthor() {
    IntakeResult rejected = store.intake.take(TestNotes.response("N-5", RAISED));

    assertThat(rejected.outcome()).isEqualTo(NoteOutcome.REJECTED);
    assertThat(rejected.reference()).isNull();
    assertThat(store.count("disputes")).isZero();
    List<OutboxItem> items = store.outbox.claimDue(10);
    assertThat(items)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.idempotencyKey()).isEqualTo("note/test-lcs:N-5@1/rejected/mail");
              assertThat(((Delivery.Mail) i.delivery()).to())
                  .containsExactly("sam.example@council.example");
              assertThat(((Delivery.Mail) i.delivery()).plainText())
                  .contains("NOTE_NOT_TAKEN", "no open dispute for this child");
            });
    assertThat(
            store
                .jdbc
                .getJdbcTemplate()
                .queryForObject("SELECT reason FROM processed_notes", String.class))
        .isEqualTo("no open dispute for this child; give the reference");
  }

  @Test
  void aRaiseTheEngineRefusesOpensNothingAndTellsTheChair() {
    CaseNote unknownTrack =
        TestNotes.note(
            "N-1",
            "1",
            "IRO-DISPUTE",
            RAISED,
            Map.of("protocol", "day-range-lac-cp", "track", "XX"),
            TestNotes.IRO,
            TestNotes.PERSON);

    IntakeResult result = store.intake.take(unknownTrack);

    assertThat(result.outcome()).isEqualTo(NoteOutcome.REJECTED);
    assertThat(result.reason()).contains("track 'XX'");
    assertThat(store.count("disputes")).isZero();
    assertThat(store.outbox.claimDue(10))
        .singleElement()
        .satisfies(
            i ->
                assertThat(((Delivery.Mail) i.delivery()).to())
                    .containsExactly("iris.example@council.example"));
  }

  @Test
  void aNoteNamingAnotherChildsDisputeIsRejected() {
    store.intake.take(TestNotes.raise("N-1", "1", RAISED));
    CaseNote elsewhere =
        TestNotes.note(
            "N-2",
            "1",
            "IRO-COMMENT",
            RAISED.plusSeconds(60),
            Map.of("reference", FIRST.value()),
            TestNotes.IRO,
            "PERSON-9999");

    IntakeResult result = store.intake.take(elsewhere);

    assertThat(result.outcome()).isEqualTo(NoteOutcome.REJECTED);
    assertThat(result.reason())
        .isEqualTo("dispute DRP-2026-000001 is not about the child this note is on");
    assertThat(store.disputes.find(FIRST).orElseThrow().appliedCommands())
        .containsExactly("test-lcs:N-1@1");
  }

  @Test
  void aNoteFromASystemWithoutRulesIsIgnored() {
    CaseNote raise = TestNotes.raise("N-1", "1", RAISED);
    CaseNote other =
        new CaseNote(
            "unknown-system",
            raise.noteId(),
            raise.version(),
            raise.modifiedAt(),
            raise.personId(),
            raise.caseId(),
            raise.noteType(),
            raise.author(),
            raise.recordedAt(),
            raise.text(),
            raise.form(),
            raise.allocated());

    IntakeResult result = store.intake.take(other);

    assertThat(result)
        .isEqualTo(
            new IntakeResult(
                NoteOutcome.IGNORED,
                null,
                "no system file 'unknown-system' to classify the note by"));
    assertThat(store.count("processed_notes")).isEqualTo(1);
  }

  @Test
  void theNoteTextIsStoredNowhere() {
    store.intake.take(TestNotes.raise("N-1", "1", RAISED));
    store.intake.take(TestNotes.response("N-2", RAISED.plusSeconds(60)));
    store.intake.take(TestNotes.draftRaise("N-3", "1", RAISED));

    for (String table :
        List.of("disputes", "dispute_events", "processed_notes", "case_contacts", "outbox")) {
      List<Map<String, Object>> rows =
          store.jdbc.getJdbcTemplate().queryForList("SELECT * FROM " + table);
      assertThat(rows).as(table).isNotEmpty();
      assertThat(rows.toString()).as(table).doesNotContain("Invented-Child", "care plan");
    }
  }

  @Test
  void twoNotesAboutOneDisputeTakenAtOnceAreTakenOneAfterTheOther() throws Exception {
    IntakeRace.twoNotesAtOnce(store);
  }

  @Test
  void theSameNoteTakenOnTwoNodesAtOnceIsAppliedOnce() throws Exception {
    IntakeRace.sameNoteTwiceAtOnce(store);
  }

  private Map<String, Integer> rowCounts() {
    Map<String, Integer> counts = new TreeMap<>();
    for (String table :
        List.of(
            "disputes",
            "dispute_events",
            "processed_notes",
            "case_contacts",
            "outbox",
            "reference_sequences")) {
      counts.put(table, store.count(table));
    }
    return counts;
  }
}

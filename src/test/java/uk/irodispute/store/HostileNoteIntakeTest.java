package uk.irodispute.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.irodispute.core.note.CaseNote;
import uk.irodispute.core.note.CaseWorker;
import uk.irodispute.core.note.RuleClassifier;
import uk.irodispute.delivery.Delivery;
import uk.irodispute.mappings.ShippedSystems;
import uk.irodispute.systems.SystemDefinition;
import uk.irodispute.testing.MutableClock;

/**
 * Notes the screen lets through but the rules cannot act on, under the shipped lcs-api rules: a
 * note of another type is ignored, and a note about a dispute that does not exist (or with a
 * reference that is not one) is rejected and its author told; each reason is kept in
 * processed_notes, and nothing is written back. Every person is invented.
 */
class HostileNoteIntakeTest {

  private static final Instant NOW = Instant.parse("2026-11-04T10:00:00Z");
  private static final SystemDefinition LCS_API =
      ShippedSystems.loader().load(Path.of("mappings/systems/lcs-api.yaml"));
  private static final CaseWorker IRO =
      new CaseWorker(null, "w-iro", "Ira Reviewer", "ira.reviewer@council.example", "IRO service");

  private final TestStore store =
      TestStore.h2(new MutableClock(NOW))
          .withClassifier(
              new RuleClassifier(
                  LCS_API.rules(), LCS_API.protocolId(), ShippedSystems.protocols()));

  @Test
  void aNoteOfAnUnknownTypeIsIgnoredWithItsReasonAndSendsNothing() {
    IntakeResult result = store.intake.take(note("N-1", "CASE_SUMMARY", Map.of("action", "raise")));

    assertThat(result)
        .isEqualTo(
            new IntakeResult(
                NoteOutcome.IGNORED, null, "the note type is not one of the dispute note types"));
    assertThat(store.count("processed_notes")).as("a routine note leaves no record").isZero();
    assertThat(store.count("outbox")).isZero();
    assertThat(store.count("disputes")).isZero();
  }

  @Test
  void aNoteAboutADisputeThatDoesNotExistIsRejectedAndItsAuthorTold() {
    IntakeResult result =
        store.intake.take(
            note("N-2", "IRO_DRP", Map.of("action", "comment", "reference", "DRP-2026-009999")));

    assertThat(result.outcome()).isEqualTo(NoteOutcome.REJECTED);
    assertThat(processed("N-2"))
        .containsEntry("OUTCOME", "REJECTED")
        .containsEntry("REASON", "there is no dispute DRP-2026-009999");
    assertThat(store.outbox.claimDue(10))
        .singleElement()
        .satisfies(
            item -> {
              var mail = (Delivery.Mail) item.delivery();
              assertThat(mail.to()).containsExactly("ira.reviewer@council.example");
              assertThat(mail.plainText()).contains("there is no dispute DRP-2026-009999");
            });
    assertThat(store.count("disputes")).isZero();
  }

  @Test
  void aReferenceThatIsNotOneIsRejectedWithoutQuotingIt() {
    IntakeResult result =
        store.intake.take(
            note(
                "N-3",
                "IRO_DRP",
                Map.of("action", "comment", "reference", "<script>alert(1)</script>")));

    assertThat(result.outcome()).isEqualTo(NoteOutcome.REJECTED);
    assertThat(processed("N-3").get("REASON"))
        .isEqualTo("the form field 'reference' is not a dispute reference such as DRP-2026-000042");
    assertThat(store.outbox.claimDue(10))
        .singleElement()
        .satisfies(
            item ->
                assertThat(((Delivery.Mail) item.delivery()).plainText())
                    .doesNotContain("<script"));
  }

  @Test
  void theIntakeSaysWhichNotesItDecidesOnWhatItTookBefore() {
    CaseNote raise = note("N-4", "IRO_DRP", Map.of("action", "raise", "track", "LAC"));
    CaseNote edit =
        new CaseNote(
            raise.systemId(),
            raise.noteId(),
            "2",
            raise.modifiedAt(),
            raise.personId(),
            raise.caseId(),
            raise.noteType(),
            raise.author(),
            raise.recordedAt(),
            "x".repeat(100_000),
            raise.form(),
            raise.allocated());
    assertThat(store.intake.tookBefore(raise)).isFalse();

    assertThat(store.intake.take(raise).outcome()).isEqualTo(NoteOutcome.APPLIED);

    assertThat(store.intake.tookBefore(raise)).as("the same version").isTrue();
    assertThat(store.intake.tookBefore(edit)).as("an edit of a note that acted").isTrue();
    assertThat(store.intake.tookBefore(note("N-5", "IRO_DRP", Map.of("action", "comment"))))
        .isFalse();
  }

  private Map<String, Object> processed(String noteId) {
    return store
        .jdbc
        .getJdbcTemplate()
        .queryForMap("SELECT * FROM processed_notes WHERE note_id = ?", noteId);
  }

  /** A note on the lcs-api system with answers under the file's question names. */
  private static CaseNote note(String id, String type, Map<String, String> canonicalAnswers) {
    return new CaseNote(
        "lcs-api",
        id,
        "1",
        NOW,
        "P-1001",
        "C-2001",
        type,
        IRO,
        NOW,
        "Invented note text.",
        canonicalAnswers,
        List.of());
  }
}

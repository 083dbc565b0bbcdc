package uk.irodispute.systems.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.irodispute.core.calendar.WorkingCalendar;
import uk.irodispute.core.engine.Command;
import uk.irodispute.core.engine.Decision;
import uk.irodispute.core.engine.EscalationEngine;
import uk.irodispute.core.model.DisputeReference;
import uk.irodispute.core.note.CaseNote;
import uk.irodispute.core.note.Classification;
import uk.irodispute.core.note.NoteClassifier;
import uk.irodispute.core.note.NoteRules;
import uk.irodispute.core.note.NoteRules.CommandKind;
import uk.irodispute.holidays.BankHolidaySources;
import uk.irodispute.mappings.ShippedSystems;
import uk.irodispute.systems.SystemRegistry;

/** The shipped system files' rules classify notes mapped from their own pages. */
class RuleClassifiersTest {

  private static final SystemRegistry SYSTEMS =
      new SystemRegistry(
          List.of(
              SqlNotePagesTest.LCS_REPORTING, JsonNotePagesTest.LCS_API, XmlNotePagesTest.FWI_API));
  private static final DisputeReference NEW = DisputeReference.of(2026, 1);

  private final RuleClassifiers classifiers =
      new RuleClassifiers(SYSTEMS, ShippedSystems.protocols());

  @Test
  void eachSystemHasItsFilesRules() {
    NoteRules rules = SqlNotePagesTest.LCS_REPORTING.rules();

    assertThat(rules.commandByAnswer())
        .containsEntry("Refer to CAFCASS", CommandKind.REFER)
        .hasSize(10);
    assertThat(rules.draftField()).isEqualTo("status");
  }

  @Test
  void anUnknownSystemHasNoClassifier() {
    assertThatThrownBy(() -> classifiers.forSystem("mosaic"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mosaic");
  }

  @Test
  void anLcsApiRaiseWithoutATrackTakesTheLookedUpLegalStatus() {
    CaseNote read =
        NotePageReader.forSystem(JsonNotePagesTest.LCS_API)
            .read(
                """
                {"items": [{
                  "id": "cn-2002", "version": 1, "lastModified": "2026-11-04T10:05:00Z",
                  "subject": {"personId": "P-301", "caseId": "C-10"},
                  "type": "IRO_DRP", "state": "COMPLETE",
                  "author": {"id": "w-iro", "name": "Ira Reviewer"},
                  "recordedAt": "2026-11-04T10:00:00Z", "body": "Invented.",
                  "formAnswers": [{"question": "drpAction", "answer": "raise"}]}]}
                """,
                1)
            .notes()
            .get(0);
    CaseNote lookedUp =
        LookupAnswers.complete(
            read,
            List.of(
                new LookupAnswers.LookedUp(Map.of("legalStatus", "Child protection"), List.of())));

    Classification c = classifier("lcs-api").classify(lookedUp, s -> List.of(), () -> NEW);

    Command.Raise raise = (Command.Raise) ((Classification.Accepted) c).command();
    assertThat(raise.trackId()).isEqualTo("CP");
  }

  @Test
  void aJsonNoteRaisesADisputeTheEngineOpens() {
    CaseNote note =
        NotePageReader.forSystem(JsonNotePagesTest.LCS_API)
            .read(
                """
                {"items": [{
                  "id": "cn-2001", "version": 1, "lastModified": "2026-11-04T10:05:00Z",
                  "subject": {"personId": "P-300", "caseId": "C-9", "allocatedWorkers": []},
                  "type": "IRO_DRP", "author": {"id": "w-iro", "name": "Ira Reviewer"},
                  "recordedAt": "2026-11-04T10:00:00Z", "body": "Invented.",
                  "formAnswers": [
                    {"question": "drpAction", "answer": "raise"},
                    {"question": "drpTrack", "answer": "CP"},
                    {"question": "drpCategory", "answer": "drift-or-delay"}
                  ]}]}
                """,
                1)
            .notes()
            .get(0);

    Classification c = classifier("lcs-api").classify(note, s -> List.of(), () -> NEW);

    Command.Raise raise = (Command.Raise) ((Classification.Accepted) c).command();
    assertThat(raise.trackId()).isEqualTo("CP");
    Decision decision = engine().raise(raise, Instant.parse("2026-11-04T10:06:00Z"));
    assertThat(decision.outcome()).isEqualTo(Decision.Outcome.APPLIED);
  }

  @Test
  void anXmlObservationTranslatesItsAnswers() {
    CaseNote note =
        NotePageReader.forSystem(XmlNotePagesTest.FWI_API)
            .read(
                """
                <observationPage morePages="false"><observation id="obs-9" revision="1">
                  <changedAt>2026-11-04T10:05:00Z</changedAt>
                  <episode id="EP-1"><personRef>P-400</personRef></episode>
                  <formType>IRO_MONITORING</formType>
                  <recordedBy workerId="w-iro"><name>Ira Reviewer</name></recordedBy>
                  <recordedAt>2026-11-04T10:00:00Z</recordedAt>
                  <answers>
                    <answer code="DRP_ACTION">RAISE</answer>
                    <answer code="DRP_SIGNIFICANCE">Very significant</answer>
                  </answers>
                </observation></observationPage>
                """,
                1)
            .notes()
            .get(0);

    Classification c = classifier("fwi-api").classify(note, s -> List.of(), () -> NEW);

    Command.Raise raise = (Command.Raise) ((Classification.Accepted) c).command();
    assertThat(raise.protocolId()).isEqualTo("harrow-drp");
    assertThat(raise.seriousnessId()).isEqualTo("very-significant");
    assertThat(engine().raise(raise, Instant.parse("2026-11-04T10:06:00Z")).outcome())
        .isEqualTo(Decision.Outcome.APPLIED);
  }

  @Test
  void aDraftReportingNoteIsIgnored() {
    NotePage page =
        new SqlNotePages(SqlNotePagesTest.LCS_REPORTING)
            .read(
                List.of(
                    Map.of(
                        "FACT_CASENOTE_ID",
                        1,
                        "DIM_PERSON_ID",
                        2,
                        "LAST_MODIFIED_DTTM",
                        "2026-11-04T10:05:00",
                        "EVENT_DTTM",
                        "2026-11-04T10:00:00",
                        "DIM_LOOKUP_CASNT_TYPE_ID_CODE",
                        "IRO",
                        "FACT_FORM_ID",
                        3,
                        "CASENOTE_TEXT",
                        "Invented.",
                        "CASENOTE_STATUS",
                        "Draft",
                        "AUTHOR_ID",
                        4)),
                formId -> List.of(Map.of("ANSWER_NO", 1, "ANSWER", "Raise dispute")),
                personId -> List.of());

    Classification c =
        classifier("lcs-reporting").classify(page.notes().get(0), s -> List.of(), () -> NEW);

    assertThat(c).isInstanceOf(Classification.Ignored.class);
  }

  private NoteClassifier classifier(String systemId) {
    return classifiers.forSystem(systemId);
  }

  private static EscalationEngine engine() {
    return new EscalationEngine(
        ShippedSystems.protocols(),
        settings ->
            new WorkingCalendar(
                settings.region(),
                settings.hours(),
                settings.closureDays(),
                BankHolidaySources.standard()));
  }
}

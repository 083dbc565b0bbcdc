package uk.irodispute.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.irodispute.delivery.DeliveryFixtures.CONTACTS;
import static uk.irodispute.delivery.DeliveryFixtures.COUNCIL;
import static uk.irodispute.delivery.DeliveryFixtures.REF;
import static uk.irodispute.delivery.DeliveryFixtures.london;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.irodispute.core.engine.AlertKind;
import uk.irodispute.core.engine.Asked;
import uk.irodispute.core.engine.Command;
import uk.irodispute.core.engine.Decision;
import uk.irodispute.core.engine.Effect;
import uk.irodispute.core.engine.EscalationEngine;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.mappings.MessageFileLoader;
import uk.irodispute.systems.SystemDefinition;

/**
 * The opening of a "Note not applied" mail fits why the note was not applied: a note that can be
 * corrected is asked for again ({@code NOTE_REJECTED.intro}); a note on a closed dispute is not, as
 * there is nothing to try again ({@code NOTE_REJECTED.intro.closed}).
 */
class NoteNotAppliedOpeningTest {

  private static final SystemDefinition LCS =
      DeliveryFixtures.system("lcs-api", "day-range-lac-cp", null, null);
  private static final Instant RAISED = london("2026-11-04T10:00");
  private static final Instant CLOSED = london("2026-11-05T10:00");
  private static final Instant LATER = london("2026-11-06T09:30");

  private final EscalationEngine engine = DeliveryFixtures.engine();
  private final Dispute open =
      DeliveryFixtures.raise("lcs-api", "day-range-lac-cp", "CP", null, RAISED)
          .dispute()
          .orElseThrow();

  @Test
  void aLateResponseToAClosedDisputeIsNotAskedToBeTriedAgain() {
    Dispute resolved = closed();

    String intro =
        opening(
            engine.decide(
                resolved,
                new Command.Respond("lcs-api:N-9@1", LATER, REF, null, "agree", "team-manager"),
                LATER));

    assertThat(intro)
        .isEqualTo(
            "Your note on dispute DRP-2026-000042 could not be applied: the dispute is closed,"
                + " so there is nothing to correct or try again. The reason is below.");
  }

  @Test
  void aCommandToAClosedDisputeIsNotAskedToBeTriedAgain() {
    Dispute resolved = closed();

    String intro =
        opening(engine.decide(resolved, new Command.Withdraw("lcs-api:N-9@1", LATER, REF), LATER));

    assertThat(intro)
        .isEqualTo(
            "Your note on dispute DRP-2026-000042 could not be applied: the dispute is closed,"
                + " so there is nothing to correct or try again. The reason is below.");
  }

  @Test
  void aCommandTheOpenDisputeCannotTakeNowIsAskedToBeCorrected() {
    String intro =
        opening(engine.decide(open, new Command.Resume("lcs-api:N-9@1", LATER, REF), LATER));

    assertThat(intro)
        .isEqualTo(
            "Your note on dispute DRP-2026-000042 could not be applied. The reason is below;"
                + " record a corrected note to try again.");
  }

  @Test
  void aNoteThatOpenedNoDisputeIsAskedToBeCorrected() {
    Decision rejected =
        engine.rejectNote(
            "lcs-api:N-9@1", DeliveryFixtures.subject("lcs-api"), "IRO-7", "it names no stage");

    assertThat(opening(rejected, Optional.empty()))
        .isEqualTo(
            "Your dispute note (lcs-api:N-9@1) could not be applied: it opened or changed no"
                + " dispute. The reason is below; record a corrected note to try again.");
  }

  @Test
  void aReaderOfWelshGetsTheWelshOpeningForANoteOnAClosedDispute() {
    Decision late =
        engine.decide(
            closed(),
            new Command.Respond("lcs-api:N-9@1", LATER, REF, null, "agree", "team-manager"),
            LATER);

    assertThat(opening(late, late.dispute(), welshPlanner()))
        .isEqualTo(
            "Ni ellid defnyddio eich nodyn ar anghydfod DRP-2026-000042: mae'r anghydfod ar gau,"
                + " felly nid oes dim i'w gywiro. Mae'r rheswm isod.");
  }

  @Test
  void anEditOfANoteThatActedIsAskedForANewNoteInTheCouncilsWords() {
    Effect.SendAlert edited =
        new Effect.SendAlert(
            "note/lcs-api:N-1@2/rejected",
            REF,
            DeliveryFixtures.subject("lcs-api"),
            AlertKind.NOTE_REJECTED,
            List.of("chair"),
            List.of(),
            null,
            null,
            null,
            Asked.of(Asked.Ask.NOTE_EDITED),
            "IRO-7");

    Delivery.Mail mail =
        (Delivery.Mail)
            DeliveryFixtures.planner(COUNCIL, LCS).plan(edited, Optional.empty(), CONTACTS).get(0);

    assertThat(mail.plainText())
        .contains(
            "What is asked:  Your dispute note could not be taken: it changes a note the adapter"
                + " already acted on, and edits are not applied again; to change it, record a new"
                + " dispute note on dispute DRP-2026-000042 (for example a response, an extension"
                + " or a withdrawal) rather than editing this one.");
  }

  @Test
  void aNoteKeptOutAsTooLargeIsAskedToBeShortenedInTheCouncilsWords() {
    Decision refused =
        EscalationEngine.rejectNote(
            "lcs-api:N-9@1",
            DeliveryFixtures.subject("lcs-api"),
            "IRO-7",
            Asked.of(Asked.Ask.NOTE_TOO_LARGE, "detail", "70000 bytes, over the limit of 65536"),
            "too large");

    String mail = mailOf(refused, Optional.empty(), DeliveryFixtures.planner(COUNCIL, LCS));

    assertThat(mail)
        .contains(
            "What is asked:  Your dispute note could not be taken: it is too large for the adapter"
                + " to take (70000 bytes, over the limit of 65536); shorten it to under that limit"
                + " and record it again as a new note.");
  }

  private Dispute closed() {
    return engine
        .decide(open, new Command.Satisfied("lcs-api:N-2@1", CLOSED, REF), CLOSED)
        .dispute()
        .orElseThrow();
  }

  private static String opening(Decision decision) {
    return opening(decision, decision.dispute());
  }

  private static String opening(Decision decision, Optional<Dispute> dispute) {
    return opening(decision, dispute, DeliveryFixtures.planner(COUNCIL, LCS));
  }

  /** The council's wording, with every service area in Welsh. */
  private static RenderingDeliveryPlanner welshPlanner() {
    return new RenderingDeliveryPlanner(
        DeliveryFixtures.systems(LCS),
        DeliveryFixtures.councilInWelsh(),
        DeliveryFixtures.PROTOCOLS,
        new MessageFileLoader().loadDirectory(Path.of("src/test/resources/wording/messages")));
  }

  /** The first line of the "Note not applied" mail the decision sends. */
  private static String opening(
      Decision decision, Optional<Dispute> dispute, RenderingDeliveryPlanner planner) {
    return mailOf(decision, dispute, planner).lines().findFirst().orElseThrow();
  }

  /** The plain text of the "Note not applied" mail the decision sends. */
  private static String mailOf(
      Decision decision, Optional<Dispute> dispute, RenderingDeliveryPlanner planner) {
    Effect.SendAlert alert =
        decision.effects().stream()
            .filter(Effect.SendAlert.class::isInstance)
            .map(Effect.SendAlert.class::cast)
            .filter(a -> a.kind() == AlertKind.NOTE_REJECTED)
            .findFirst()
            .orElseThrow();
    Delivery.Mail mail = (Delivery.Mail) planner.plan(alert, dispute, CONTACTS).get(0);
    return mail.plainText();
  }
}

package uk.irodispute.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.irodispute.delivery.DeliveryFixtures.CHILD_NAME;
import static uk.irodispute.delivery.DeliveryFixtures.CONTACTS;
import static uk.irodispute.delivery.DeliveryFixtures.COUNCIL;
import static uk.irodispute.delivery.DeliveryFixtures.REF;
import static uk.irodispute.delivery.DeliveryFixtures.london;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.irodispute.core.calendar.Timescale;
import uk.irodispute.core.engine.Command;
import uk.irodispute.core.engine.Decision;
import uk.irodispute.core.engine.Effect;
import uk.irodispute.core.engine.EscalationEngine;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.core.note.CaseNote;

/**
 * No delivery carries a child's name or the text of a note someone wrote: a whole dispute's notes
 * and alerts are planned from notes whose text and answers name an invented child, and none of
 * them, in any field, contains the name or the text.
 */
class NoChildDataTest {

  private static final String NOTE_TEXT =
      "Concerned that "
          + CHILD_NAME
          + "'s placement plan has drifted since the review; the school move was not discussed.";

  @Test
  void aWholeDisputesDeliveriesCarryNoChildsNameAndNoNoteText() {
    CaseNote extendNote =
        new CaseNote(
            "lcs-api",
            "N-3",
            "1",
            london("2026-11-05T09:00"),
            "P-1001",
            "C-2001",
            "IRO_DRP",
            CONTACTS.holding("chair").orElseThrow(),
            london("2026-11-05T09:00"),
            NOTE_TEXT,
            Map.of(
                "action",
                "extend",
                "reason",
                "More time to meet " + CHILD_NAME,
                "extendBy",
                "2 working days"),
            CONTACTS.people());
    EscalationEngine engine = DeliveryFixtures.engine();
    List<Decision> decisions = new ArrayList<>();
    Decision d =
        DeliveryFixtures.raise(
            "lcs-api", "day-range-lac-cp", "CP", null, london("2026-11-04T10:00"));
    decisions.add(d);
    Dispute dispute = d.dispute().orElseThrow();
    d =
        engine.decide(
            dispute,
            new Command.Extend(
                extendNote.commandId(),
                extendNote.recordedAt(),
                REF,
                Timescale.parse(extendNote.answer("extendBy").orElseThrow()),
                null,
                extendNote.answer("reason").orElseThrow(),
                null),
            extendNote.recordedAt());
    decisions.add(d);
    dispute = d.dispute().orElseThrow();
    assertThat(dispute.extensions())
        .extracting(x -> x.reason())
        .anyMatch(r -> r.contains(CHILD_NAME));
    d =
        engine.decide(
            dispute,
            new Command.Respond(
                "lcs-api:N-4@1", london("2026-11-06T11:00"), REF, null, null, "social-worker"),
            london("2026-11-06T11:00"));
    decisions.add(d);
    dispute = d.dispute().orElseThrow();
    d =
        engine.decide(
            dispute,
            new Command.Escalate("lcs-api:N-5@1", london("2026-11-09T10:00"), REF, null),
            london("2026-11-09T10:00"));
    decisions.add(d);
    dispute = d.dispute().orElseThrow();
    for (Instant t = london("2026-11-09T10:00");
        !t.isAfter(london("2026-12-04T17:00"));
        t = t.plusSeconds(6 * 3600)) {
      d = engine.tick(dispute, t);
      decisions.add(d);
      dispute = d.dispute().orElseThrow();
    }
    d =
        engine.decide(
            dispute,
            new Command.Satisfied("lcs-api:N-6@1", london("2026-12-07T10:00"), REF),
            london("2026-12-07T10:00"));
    decisions.add(d);

    var planner = DeliveryFixtures.planner(COUNCIL, ShippedSystemFiles.load("lcs-api"));
    List<Delivery> deliveries = new ArrayList<>();
    for (Decision decision : decisions) {
      for (Effect effect : decision.effects()) {
        deliveries.addAll(planner.plan(effect, decision.dispute(), CONTACTS));
      }
    }

    assertThat(deliveries).hasSizeGreaterThan(10);
    assertThat(deliveries).filteredOn(Delivery.HttpRequest.class::isInstance).isNotEmpty();
    assertThat(deliveries).filteredOn(Delivery.Mail.class::isInstance).isNotEmpty();
    for (Delivery delivery : deliveries) {
      // A record's toString shows every field: addresses, subject, bodies, headers, values.
      assertThat(delivery.toString())
          .doesNotContain(CHILD_NAME)
          .doesNotContain("Marsh-Oyelaran")
          .doesNotContain("placement plan has drifted")
          .doesNotContain("More time to meet");
    }
  }
}

package uk.irodispute.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.irodispute.delivery.DeliveryFixtures.CHAIR;
import static uk.irodispute.delivery.DeliveryFixtures.CONTACTS;
import static uk.irodispute.delivery.DeliveryFixtures.COUNCIL;
import static uk.irodispute.delivery.DeliveryFixtures.REF;
import static uk.irodispute.delivery.DeliveryFixtures.SOCIAL_WORKER;
import static uk.irodispute.delivery.DeliveryFixtures.london;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.irodispute.core.engine.AlertKind;
import uk.irodispute.core.engine.Asked;
import uk.irodispute.core.engine.Effect;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.core.model.Subject;
import uk.irodispute.core.note.CaseWorker;
import uk.irodispute.core.protocol.RoleDefinition;
import uk.irodispute.systems.SystemDefinition;

/**
 * Every kind of alert is a mail people can act on: the dispute reference, the stage, what is asked,
 * the due time in words, who is in copy and a link to the case, in plain text and in HTML with
 * every value escaped.
 */
class AlertMailTest {

  private static final String STAGE = "Stage 3: Operational Head of Service";
  private static final String ASKED = "Meet the IRO to discuss the issues and come to a decision.";
  private static final Instant DUE = london("2026-11-10T17:00");
  private static final String DUE_IN_WORDS = "Tuesday 10 November 2026 at 17:00";
  private static final SystemDefinition LCS =
      DeliveryFixtures.system(
          "lcs-api",
          "day-range-lac-cp",
          "https://lcs.council.example/person/{{personId}}/case/{{caseId}}",
          null);

  private final RenderingDeliveryPlanner planner = DeliveryFixtures.planner(COUNCIL, LCS);
  private final Optional<Dispute> dispute =
      DeliveryFixtures.raise("lcs-api", "day-range-lac-cp", "CP", null, london("2026-11-04T10:00"))
          .dispute();

  @ParameterizedTest
  @EnumSource(AlertKind.class)
  void everyAlertNamesReferenceStageAskedDueCopyAndLink(AlertKind kind) {
    Delivery.Mail mail =
        mainMail(alert(kind, STAGE, guidance(ASKED), DeliveryFixtures.subject("lcs-api")));

    assertThat(mail.idempotencyKey()).isEqualTo("DRP-2026-000042/5/1/mail");
    assertThat(mail.reference()).isEqualTo("DRP-2026-000042");
    assertThat(mail.systemId()).isEqualTo("lcs-api");
    assertThat(mail.subject()).contains("DRP-2026-000042", STAGE).doesNotContain("\n");
    assertThat(mail.to())
        .containsExactly("alex.marlow@council.example", "tom.southgate@council.example");
    // A stage opening copies the chair; stage 3 asks for a meeting, so the alerts that carry it
    // (opened, more time, resumed) invite its attendees, the chair among them.
    if (Set.of(AlertKind.STAGE_OPENED, AlertKind.EXTENDED, AlertKind.RESUMED).contains(kind)) {
      assertThat(mail.cc())
          .containsExactly("lee.hart@council.example", "jo.bellamy@council.example");
    } else {
      assertThat(mail.cc()).containsExactly("lee.hart@council.example");
    }
    for (String body : List.of(mail.plainText(), mail.html())) {
      assertThat(body)
          .contains("DRP-2026-000042", STAGE, ASKED, DUE_IN_WORDS)
          .contains("Alex Marlow (Operational Head of Service)", "Tom Southgate (Service Manager)")
          .contains("Lee Hart (Team Manager)")
          .contains("https://lcs.council.example/person/P-1001/case/C-2001");
    }
    assertThat(mail.html()).startsWith("<!DOCTYPE html>").contains("<a href=\"https://lcs.council");
  }

  @ParameterizedTest
  @EnumSource(AlertKind.class)
  void everyValueIsEscapedInTheHtml(AlertKind kind) {
    var contacts =
        new CaseContacts(
            List.of(
                CHAIR,
                SOCIAL_WORKER,
                new CaseWorker(
                    "team-manager",
                    "W-102",
                    "<script>alert('name')</script>",
                    "lee.hart@council.example",
                    "Children in Care South")));
    var subject = new Subject("lcs-api", "P<script>1", "C\"2");
    Delivery.Mail mail =
        mainMail(
            alert(
                kind,
                "<script>alert('stage')</script>",
                guidance("<script>alert('asked')</script>"),
                subject),
            contacts);

    assertThat(mail.html())
        .doesNotContain("<script")
        .contains("&lt;script&gt;alert(&#39;stage&#39;)&lt;/script&gt;")
        .contains("&lt;script&gt;alert(&#39;asked&#39;)&lt;/script&gt;")
        .contains("&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt; (Team Manager)")
        .contains("https://lcs.council.example/person/P%3Cscript%3E1/case/C%222");
    assertThat(mail.plainText()).contains("<script>alert('asked')</script>");
  }

  @Test
  void anAlertWithNothingDueSaysSoAndOneWithoutALinkSaysThereIsNone() {
    var noLink = DeliveryFixtures.system("lcs-api", "day-range-lac-cp", null, null);
    var alert =
        new Effect.SendAlert(
            "DRP-2026-000042/9/1",
            REF,
            DeliveryFixtures.subject("lcs-api"),
            AlertKind.RESOLVED,
            List.of("team-manager"),
            List.of(),
            "stage-2",
            "Stage 2: Team Manager",
            null,
            Asked.of(Asked.Ask.RESOLVED),
            "IRO-7");
    var mail =
        (Delivery.Mail)
            DeliveryFixtures.planner(COUNCIL, noLink).plan(alert, dispute, CONTACTS).get(0);
    assertThat(mail.plainText())
        .contains("Due:            no fixed time")
        .contains("In copy:        nobody")
        .contains("no link is configured for this case system");
    assertThat(mail.html()).contains("no fixed time").doesNotContain("<a href");
  }

  @Test
  void aRejectedDisputeNoteGoesToTheChairAndNamesTheNote() {
    var alert =
        new Effect.SendAlert(
            "note/lcs-api:N-9@2/rejected",
            null,
            DeliveryFixtures.subject("lcs-api"),
            AlertKind.NOTE_REJECTED,
            List.of("chair"),
            List.of(),
            null,
            null,
            null,
            Asked.of(Asked.Ask.NOTE_NOT_TAKEN, "reason", "track 'XYZ' is not in the protocol"),
            "IRO-7");

    List<Delivery> planned = planner.plan(alert, Optional.empty(), CONTACTS);

    assertThat(planned).hasSize(1);
    var mail = (Delivery.Mail) planned.get(0);
    assertThat(mail.idempotencyKey()).isEqualTo("note/lcs-api:N-9@2/rejected/mail");
    assertThat(mail.reference()).isNull();
    assertThat(mail.to()).containsExactly("jo.bellamy@council.example");
    assertThat(mail.subject()).isEqualTo("Note not applied: no dispute was changed");
    assertThat(mail.plainText())
        .contains("Your dispute note (lcs-api:N-9@2) could not be applied: it opened or changed no")
        .contains("Dispute:        none: this note opened or changed no dispute")
        .doesNotContain("Raised by:")
        .contains("Your note:      lcs-api:N-9@2")
        .contains("Stage:          none")
        .contains("track 'XYZ' is not in the protocol")
        .contains("Jo Bellamy (IRO)");
    assertThat(mail.html()).contains("lcs-api:N-9@2");
  }

  @Test
  void aNoteOnAClosedDisputeGoesToItsAuthorWithTheIroInCopy() {
    var alert = onClosed("DRP-2026-000042/9/1");
    CaseContacts withAuthor = CONTACTS.with(SOCIAL_WORKER.as(RoleDefinition.AUTHOR));

    var mail = (Delivery.Mail) planner.plan(alert, dispute, withAuthor).get(0);

    assertThat(mail.to()).containsExactly(SOCIAL_WORKER.email());
    assertThat(mail.cc()).containsExactly(CHAIR.email());
    assertThat(mail.plainText()).contains("Sam Okoro (Author of the note)");
  }

  @Test
  void aNoteOnAClosedDisputeWhoseAuthorHasNoAddressGoesToTheIroAlone() {
    var alert = onClosed("DRP-2026-000042/9/1");
    CaseContacts withAuthor =
        CONTACTS.with(new CaseWorker(RoleDefinition.AUTHOR, "W-999", "Uma Example", null, null));

    List<Delivery> planned = planner.plan(alert, dispute, withAuthor);

    assertThat(planned)
        .as("no mail asks anyone to fill the author's role")
        .singleElement()
        .satisfies(
            d -> {
              assertThat(((Delivery.Mail) d).to()).containsExactly(CHAIR.email());
              assertThat(((Delivery.Mail) d).cc()).isEmpty();
            });
  }

  private static Effect.SendAlert onClosed(String key) {
    return new Effect.SendAlert(
        key,
        REF,
        DeliveryFixtures.subject("lcs-api"),
        AlertKind.NOTE_REJECTED,
        List.of(RoleDefinition.AUTHOR),
        List.of(RoleDefinition.CHAIR),
        "stage-1",
        "Stage 1",
        null,
        Asked.of(Asked.Ask.NOTE_NOT_APPLIED, "reason", "the dispute is already resolved"),
        "IRO-7");
  }

  private static Asked guidance(String text) {
    return Asked.of(Asked.Ask.STAGE_OPENED, "guidance", text);
  }

  private Effect.SendAlert alert(AlertKind kind, String stageName, Asked asked, Subject subject) {
    return new Effect.SendAlert(
        "DRP-2026-000042/5/1",
        REF,
        subject,
        kind,
        List.of("hos-operational", "service-manager"),
        List.of("team-manager"),
        "stage-3",
        stageName,
        DUE,
        asked,
        "IRO-7");
  }

  private Delivery.Mail mainMail(Effect.SendAlert alert) {
    return mainMail(alert, CONTACTS);
  }

  private Delivery.Mail mainMail(Effect.SendAlert alert, CaseContacts contacts) {
    List<Delivery> planned = planner.plan(alert, dispute, contacts);
    assertThat(planned).as("only the alert itself: every role has someone").hasSize(1);
    return (Delivery.Mail) planned.get(0);
  }
}

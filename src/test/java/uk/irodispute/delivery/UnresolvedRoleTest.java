package uk.irodispute.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.irodispute.delivery.DeliveryFixtures.CHAIR;
import static uk.irodispute.delivery.DeliveryFixtures.COUNCIL;
import static uk.irodispute.delivery.DeliveryFixtures.REF;
import static uk.irodispute.delivery.DeliveryFixtures.SOCIAL_WORKER;
import static uk.irodispute.delivery.DeliveryFixtures.TEAM_MANAGER;
import static uk.irodispute.delivery.DeliveryFixtures.london;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.irodispute.core.engine.AlertKind;
import uk.irodispute.core.engine.Asked;
import uk.irodispute.core.engine.Effect;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.core.note.CaseWorker;
import uk.irodispute.directory.Directory;
import uk.irodispute.directory.DirectoryPerson;
import uk.irodispute.directory.ServiceArea;
import uk.irodispute.systems.SystemDefinition;

/**
 * A role with nobody behind it is never a silent skip: the chair and operations get a mail naming
 * the role, the stage and what was missed, and an alert with no recipient at all goes to the chair.
 */
class UnresolvedRoleTest {

  private static final SystemDefinition LCS =
      DeliveryFixtures.system(
          "lcs-api", "day-range-lac-cp", "https://lcs.council.example/person/{{personId}}", null);
  private static final CaseWorker SOCIAL_WORKER_IN_FOSTERING =
      new CaseWorker("social-worker", "W-201", "Ash Kemp", "ash.kemp@council.example", "Fostering");

  private final Optional<Dispute> dispute =
      DeliveryFixtures.raise("lcs-api", "day-range-lac-cp", "CP", null, london("2026-11-04T10:00"))
          .dispute();

  @Test
  void aDirectoryRoleWithNobodyForTheCasesAreaIsToldToTheChairAndOperations() {
    // Fostering is in no area, and the default area names no service manager.
    var contacts = new CaseContacts(List.of(CHAIR, SOCIAL_WORKER_IN_FOSTERING));
    List<Delivery> planned =
        DeliveryFixtures.planner(COUNCIL, LCS)
            .plan(
                stageThreeOpened(List.of("hos-operational", "service-manager")), dispute, contacts);

    assertThat(planned)
        .extracting(Delivery::idempotencyKey)
        .containsExactly(
            "DRP-2026-000042/5/1/mail", "DRP-2026-000042/5/1/unresolved/service-manager");
    var alert = (Delivery.Mail) planned.get(0);
    assertThat(alert.to()).containsExactly("alex.marlow@council.example");
    assertThat(alert.plainText()).contains("Service Manager: nobody recorded");

    var unresolved = (Delivery.Mail) planned.get(1);
    assertThat(unresolved.reference()).isEqualTo("DRP-2026-000042");
    assertThat(unresolved.to()).containsExactly("jo.bellamy@council.example");
    assertThat(unresolved.cc()).containsExactly("iro-adapter-ops@council.example");
    assertThat(unresolved.subject())
        .isEqualTo(
            "Nobody recorded as Service Manager: DRP-2026-000042, Stage 3: Operational Head of"
                + " Service");
    for (String body : List.of(unresolved.plainText(), unresolved.html())) {
      assertThat(body)
          .contains("Nobody with an e-mail address is recorded as Service Manager")
          .contains("Stage 3: Operational Head of Service")
          .contains("Action needed: DRP-2026-000042, Stage 3: Operational Head of Service")
          .contains("Meet the IRO and come to a decision.")
          .contains("Tuesday 10 November 2026 at 17:00")
          .contains("service-manager")
          .contains("the default area");
    }
  }

  @Test
  void aCaseRoleTheCaseSystemDidNotNameAsksForItToBeRecordedThere() {
    var contacts = new CaseContacts(List.of(CHAIR, SOCIAL_WORKER));
    List<Delivery> planned =
        DeliveryFixtures.planner(COUNCIL, LCS)
            .plan(stageThreeOpened(List.of("team-manager")), dispute, contacts);

    var unresolved = (Delivery.Mail) planned.get(planned.size() - 1);
    assertThat(unresolved.idempotencyKey())
        .isEqualTo("DRP-2026-000042/5/1/unresolved/team-manager");
    assertThat(unresolved.plainText())
        .contains(
            "Record the allocated Team Manager, with an e-mail address, on the child's case in the"
                + " case system.");
  }

  @Test
  void whenTheChairHasNoAddressEitherOperationsStillHear() {
    var chairWithoutAddress = new CaseWorker("chair", "IRO-99", "Jo Bellamy", null, "IRO Service");
    var contacts = new CaseContacts(List.of(chairWithoutAddress, SOCIAL_WORKER_IN_FOSTERING));
    var alert = stageThreeOpened(List.of("service-manager"), "IRO-99");

    List<Delivery> planned = DeliveryFixtures.planner(COUNCIL, LCS).plan(alert, dispute, contacts);

    assertThat(planned)
        .extracting(Delivery::idempotencyKey)
        .containsExactly(
            "DRP-2026-000042/5/1/mail", "DRP-2026-000042/5/1/unresolved/service-manager");
    var main = (Delivery.Mail) planned.get(0);
    assertThat(main.to()).containsExactly("iro-adapter-ops@council.example");
    var unresolved = (Delivery.Mail) planned.get(1);
    assertThat(unresolved.to()).containsExactly("iro-adapter-ops@council.example");
    assertThat(unresolved.cc()).isEmpty();
  }

  @Test
  void anAlertWhoseRecipientsAreAllMissingGoesToTheChairRatherThanNowhere() {
    var contacts = new CaseContacts(List.of(CHAIR, SOCIAL_WORKER, TEAM_MANAGER));
    List<Delivery> planned =
        DeliveryFixtures.planner(Directory.empty(), LCS)
            .plan(
                stageThreeOpened(List.of("hos-operational", "service-manager")), dispute, contacts);

    assertThat(planned)
        .extracting(Delivery::idempotencyKey)
        .containsExactly(
            "DRP-2026-000042/5/1/mail",
            "DRP-2026-000042/5/1/unresolved/hos-operational",
            "DRP-2026-000042/5/1/unresolved/service-manager");
    var main = (Delivery.Mail) planned.get(0);
    assertThat(main.to()).containsExactly("jo.bellamy@council.example");
    assertThat(main.cc()).isEmpty();
    assertThat(main.plainText())
        .contains("so it comes to you instead")
        .contains("Operational Head of Service: nobody recorded; Service Manager: nobody recorded");
    var unresolved = (Delivery.Mail) planned.get(1);
    assertThat(unresolved.to()).containsExactly("jo.bellamy@council.example");
    assertThat(unresolved.plainText()).contains("under an area marked default: true");
  }

  @Test
  void theChairsAddressComesFromTheDirectoryWhenTheCaseSystemGaveNone() {
    var directory =
        new Directory(
            List.of(new DirectoryPerson("IRO-99", "Jo Bellamy", "jo.b@council.example")),
            List.of(),
            List.of());
    var contacts = new CaseContacts(List.of(SOCIAL_WORKER));
    var alert =
        new Effect.SendAlert(
            "DRP-2026-000042/6/1",
            REF,
            DeliveryFixtures.subject("lcs-api"),
            AlertKind.DECISION_NEEDED,
            List.of("chair"),
            List.of(),
            "stage-1",
            "Stage 1: Social Worker",
            null,
            Asked.of(Asked.Ask.DECIDE_AFTER_DUE),
            "IRO-99");

    List<Delivery> planned =
        DeliveryFixtures.planner(directory, LCS).plan(alert, dispute, contacts);

    assertThat(planned).hasSize(1);
    assertThat(((Delivery.Mail) planned.get(0)).to()).containsExactly("jo.b@council.example");
  }

  @Test
  void aCaseWorkerWithoutAnAddressIsFoundInTheDirectoryByTheirId() {
    var directory =
        new Directory(
            List.of(new DirectoryPerson("W-102", "Lee Hart", "lee.hart@council.example")),
            List.of(),
            List.of());
    var contacts =
        new CaseContacts(
            List.of(CHAIR, new CaseWorker("team-manager", "W-102", "Lee Hart", " ", "Any team")));

    List<Delivery> planned =
        DeliveryFixtures.planner(directory, LCS)
            .plan(stageThreeOpened(List.of("team-manager")), dispute, contacts);

    assertThat(planned).hasSize(1);
    assertThat(((Delivery.Mail) planned.get(0)).to()).containsExactly("lee.hart@council.example");
  }

  @Test
  void theSocialWorkersTeamChoosesTheAreaBeforeTheTeamManagersAndTheChairs() {
    var north =
        new CaseWorker(
            "team-manager", "W-301", "Kim North", "kim@council.example", "Children in Care North");
    var chairInSouth =
        new CaseWorker("chair", "IRO-7", "Jo Bellamy", "jo@council.example", "Assessment South");
    var alert = stageThreeOpened(List.of("service-manager"));
    var planner = DeliveryFixtures.planner(COUNCIL, LCS);

    var bySocialWorker =
        (Delivery.Mail)
            planner
                .plan(alert, dispute, new CaseContacts(List.of(chairInSouth, north, SOCIAL_WORKER)))
                .get(0);
    assertThat(bySocialWorker.to()).containsExactly("tom.southgate@council.example");

    var byTeamManager =
        (Delivery.Mail)
            planner
                .plan(
                    alert,
                    dispute,
                    new CaseContacts(List.of(chairInSouth, north, SOCIAL_WORKER_IN_FOSTERING)))
                .get(0);
    assertThat(byTeamManager.to()).containsExactly("priya.northfield@council.example");

    var byChair =
        (Delivery.Mail)
            planner
                .plan(
                    alert,
                    dispute,
                    new CaseContacts(List.of(chairInSouth, SOCIAL_WORKER_IN_FOSTERING)))
                .get(0);
    assertThat(byChair.to()).containsExactly("tom.southgate@council.example");
  }

  @Test
  void everyoneHoldingARoleIsReachedAndAnAddressInBothToAndCopyIsOnlyInTo() {
    var directory =
        new Directory(
            List.of(
                new DirectoryPerson("a", "Alex Marlow", "alex.marlow@council.example"),
                new DirectoryPerson("b", "Lee Carden", "lee.carden@council.example")),
            List.of(
                new ServiceArea(
                    "all",
                    "All",
                    true,
                    List.of(),
                    java.util.Map.of(
                        "hos-operational", List.of("a", "b"), "service-manager", List.of("b")))),
            List.of());
    var alert =
        new Effect.SendAlert(
            "DRP-2026-000042/5/1",
            REF,
            DeliveryFixtures.subject("lcs-api"),
            AlertKind.STAGE_OPENED,
            List.of("hos-operational"),
            List.of("service-manager", "team-manager"),
            "stage-3",
            "Stage 3",
            london("2026-11-10T17:00"),
            Asked.of(Asked.Ask.STAGE_OPENED, "guidance", "Meet the IRO and come to a decision."),
            "IRO-7");

    var mail =
        (Delivery.Mail)
            DeliveryFixtures.planner(directory, LCS)
                .plan(alert, dispute, new CaseContacts(List.of(CHAIR, TEAM_MANAGER)))
                .get(0);

    assertThat(mail.to())
        .containsExactly("alex.marlow@council.example", "lee.carden@council.example");
    assertThat(mail.cc()).containsExactly("lee.hart@council.example", "jo.bellamy@council.example");
    assertThat(mail.plainText())
        .contains(
            "Sent to:        Alex Marlow (Operational Head of Service), Lee Carden (Operational Head"
                + " of Service)")
        .contains(
            "In copy:        Lee Carden (Service Manager); Lee Hart (Team Manager); Jo Bellamy (CP Chair)");
  }

  private static Effect.SendAlert stageThreeOpened(List<String> to) {
    return stageThreeOpened(to, "IRO-7");
  }

  private static Effect.SendAlert stageThreeOpened(List<String> to, String chairId) {
    return new Effect.SendAlert(
        "DRP-2026-000042/5/1",
        REF,
        DeliveryFixtures.subject("lcs-api"),
        AlertKind.STAGE_OPENED,
        to,
        List.of(),
        "stage-3",
        "Stage 3: Operational Head of Service",
        london("2026-11-10T17:00"),
        Asked.of(Asked.Ask.STAGE_OPENED, "guidance", "Meet the IRO and come to a decision."),
        chairId);
  }
}

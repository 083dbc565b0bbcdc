package uk.irodispute.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.irodispute.delivery.DeliveryFixtures.CHAIR;
import static uk.irodispute.delivery.DeliveryFixtures.CONTACTS;
import static uk.irodispute.delivery.DeliveryFixtures.COUNCIL;
import static uk.irodispute.delivery.DeliveryFixtures.REF;
import static uk.irodispute.delivery.DeliveryFixtures.london;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import org.junit.jupiter.api.Test;
import uk.irodispute.core.engine.AlertKind;
import uk.irodispute.core.engine.Command;
import uk.irodispute.core.engine.Decision;
import uk.irodispute.core.engine.Effect;
import uk.irodispute.core.model.Concerns;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.directory.Directory;
import uk.irodispute.directory.DirectoryPerson;
import uk.irodispute.mappings.MessageFileLoader;
import uk.irodispute.systems.SystemDefinition;

/**
 * A stage whose protocol asks for a meeting sends an invitation that a standard iCalendar library
 * reads: METHOD:REQUEST, one UID per dispute and stage, the attendees by role, and the window the
 * protocol allows; a later change of the window sends the same UID with a higher sequence.
 */
class MeetingInvitationTest {

  private static final Instant RAISED = london("2026-11-02T10:00");
  private static final SystemDefinition LCS =
      DeliveryFixtures.system(
          "lcs-api", "day-range-lac-cp", "https://lcs.council.example/person/{{personId}}", null);

  private final RenderingDeliveryPlanner planner = DeliveryFixtures.planner(COUNCIL, LCS);

  /** Seed 003, CP stage 3: "a meeting to be held between the IRO and the relevant SM/HoS". */
  private Decision raiseAtStageThree() {
    return DeliveryFixtures.engine()
        .raise(
            new Command.Raise(
                "lcs-api:N-1@1",
                RAISED,
                REF,
                "day-range-lac-cp",
                DeliveryFixtures.subject("lcs-api"),
                CHAIR.id(),
                "CP",
                "poor-practice",
                null,
                "stage-3",
                null,
                Set.of(),
                false,
                Concerns.CHILDRENS_SERVICES),
            RAISED);
  }

  @Test
  void theStageOpeningCarriesAnInvitationACalendarLibraryReads() throws Exception {
    Decision raised = raiseAtStageThree();
    Dispute dispute = raised.dispute().orElseThrow();
    Delivery.Mail mail = stageOpenedMail(raised);

    assertThat(mail.calendar()).isNotNull();
    Calendar calendar = new CalendarBuilder().build(new StringReader(mail.calendar()));
    assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
    VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
    assertThat(event.getProperty(Property.UID).orElseThrow().getValue())
        .isEqualTo("DRP-2026-000042-stage-3-meeting@iro-dispute-adapter");
    assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue())
        .isEqualTo("Meeting: DRP-2026-000042, Stage 3: Operational Head of Service");
    var stage = dispute.currentStage();
    assertThat(instant(event.getDateTimeStart().getDate())).isEqualTo(stage.openedAt());
    assertThat(instant(event.getDateTimeEnd().getDate())).isEqualTo(stage.dueAt());
    List<String> attendees =
        event.getProperties(Property.ATTENDEE).stream()
            .map(a -> ((Attendee) a).getCalAddress().toString())
            .toList();
    assertThat(attendees)
        .containsExactly(
            "mailto:jo.bellamy@council.example",
            "mailto:alex.marlow@council.example",
            "mailto:tom.southgate@council.example");
    assertThat(event.getProperty(Property.ORGANIZER).orElseThrow().getValue())
        .isEqualTo("mailto:jo.bellamy@council.example");
    assertThat(mail.plainText())
        .contains("Meeting:        the protocol asks for a meeting, to be held by");
    assertThat(mail.calendar().split("\r\n")).allMatch(l -> l.getBytes().length <= 75);
  }

  @Test
  void moreTimeSendsTheSameMeetingWithTheNewWindowAndAHigherSequence() throws Exception {
    Decision raised = raiseAtStageThree();
    Dispute dispute = raised.dispute().orElseThrow();
    Instant extendedTo = london("2026-11-13T17:00");
    Instant asked = london("2026-11-03T11:00");
    Decision extended =
        DeliveryFixtures.engine()
            .decide(
                dispute,
                new Command.Extend(
                    "lcs-api:N-2@1", asked, REF, null, extendedTo, "Waiting for a report", null),
                asked);
    Effect.SendAlert alert =
        extended.effects().stream()
            .filter(e -> e instanceof Effect.SendAlert a && a.kind() == AlertKind.EXTENDED)
            .map(Effect.SendAlert.class::cast)
            .findFirst()
            .orElseThrow();

    var mail = (Delivery.Mail) planner.plan(alert, extended.dispute(), CONTACTS).get(0);

    VEvent first = event(stageOpenedMail(raised).calendar());
    VEvent second = event(mail.calendar());
    assertThat(second.getProperty(Property.UID).orElseThrow().getValue())
        .isEqualTo(first.getProperty(Property.UID).orElseThrow().getValue());
    assertThat(sequence(second)).isGreaterThan(sequence(first));
    assertThat(instant(second.getDateTimeEnd().getDate()))
        .isEqualTo(extended.dispute().orElseThrow().currentStage().dueAt())
        .isAfter(instant(first.getDateTimeEnd().getDate()));
  }

  @Test
  void aStageWithoutAMeetingSendsNoInvitation() {
    Decision raised =
        DeliveryFixtures.raise(
            "lcs-api", "day-range-lac-cp", "CP", null, london("2026-11-02T10:00"));
    Delivery.Mail mail = stageOpenedMail(raised);
    assertThat(mail.calendar()).isNull();
    assertThat(mail.plainText()).doesNotContain("Meeting:");
  }

  @Test
  void theInvitationIsWordedByTheCouncil() throws Exception {
    Decision raised = raiseAtStageThree();
    Delivery.Mail builtIn = stageOpenedMail(raised);
    Wording council =
        Wording.withOverrides(
            Map.of(
                Wording.ENGLISH,
                Map.of(
                    MessageFiles.ALERTS,
                    "meeting.summary=Practice dispute meeting ({{reference}})\n"
                        + "meeting.description=Please meet by {{meetingBy}}.\n")));
    Delivery.Mail worded =
        stageOpenedMail(
            raised,
            new RenderingDeliveryPlanner(
                DeliveryFixtures.systems(LCS), COUNCIL, DeliveryFixtures.PROTOCOLS, council));

    VEvent before = event(builtIn.calendar());
    assertThat(before.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
        .startsWith(
            "Meeting for dispute DRP-2026-000042, Stage 3: Operational Head of Service, to be"
                + " held by ");
    VEvent after = event(worded.calendar());
    assertThat(after.getProperty(Property.SUMMARY).orElseThrow().getValue())
        .isEqualTo("Practice dispute meeting (DRP-2026-000042)");
    assertThat(after.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
        .startsWith("Please meet by ")
        .doesNotContain("Meeting for dispute");
  }

  @Test
  void aMailToReadersOfWelshCarriesTheInvitationInWelsh() throws Exception {
    Set<String> welsh = Set.of("alex.marlow@council.example", "tom.southgate@council.example");
    Directory directory =
        new Directory(
            COUNCIL.people().stream()
                .map(
                    p ->
                        welsh.contains(p.email())
                            ? new DirectoryPerson(p.id(), p.name(), p.email(), Wording.WELSH)
                            : p)
                .toList(),
            COUNCIL.areas(),
            COUNCIL.operations());
    Wording council =
        new MessageFileLoader().loadDirectory(Path.of("src/test/resources/wording/messages"));

    Delivery.Mail mail =
        stageOpenedMail(
            raiseAtStageThree(),
            new RenderingDeliveryPlanner(
                DeliveryFixtures.systems(LCS), directory, DeliveryFixtures.PROTOCOLS, council));

    VEvent event = event(mail.calendar());
    assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue())
        .isEqualTo("Cyfarfod: DRP-2026-000042, Stage 3: Operational Head of Service");
    assertThat(event.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
        .startsWith("Cyfarfod ar gyfer anghydfod DRP-2026-000042");
  }

  @Test
  void textIsEscapedAndLongLinesFolded() {
    var invitation =
        new MeetingInvitation(
            "u",
            1,
            RAISED,
            RAISED,
            RAISED.plusSeconds(3600),
            "a; b, c\\d\ne",
            "é".repeat(100),
            new Recipient("Jo \"Bellamy\"", "jo.bellamy@council.example"),
            List.of(new Recipient("Sam", "sam@council.example")));
    String text = invitation.text();
    assertThat(text).contains("SUMMARY:a\\; b\\, c\\\\d\\ne").contains("CN=\"Jo  Bellamy \"");
    assertThat(text.split("\r\n")).allMatch(l -> l.getBytes().length <= 75);
    assertThat(text.replace("\r\n ", "")).contains("DESCRIPTION:" + "é".repeat(100));
  }

  private Delivery.Mail stageOpenedMail(Decision decision) {
    return stageOpenedMail(decision, planner);
  }

  private static Delivery.Mail stageOpenedMail(
      Decision decision, RenderingDeliveryPlanner planner) {
    Effect.SendAlert alert =
        decision.effects().stream()
            .filter(e -> e instanceof Effect.SendAlert a && a.kind() == AlertKind.STAGE_OPENED)
            .map(Effect.SendAlert.class::cast)
            .findFirst()
            .orElseThrow();
    Optional<Dispute> dispute = decision.dispute();
    return (Delivery.Mail) planner.plan(alert, dispute, CONTACTS).get(0);
  }

  private static VEvent event(String text) throws Exception {
    Calendar calendar = new CalendarBuilder().build(new StringReader(text));
    return (VEvent) calendar.getComponent("VEVENT").orElseThrow();
  }

  private static int sequence(VEvent event) {
    return Integer.parseInt(event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
  }

  private static Instant instant(Temporal t) {
    return Instant.from(t);
  }
}

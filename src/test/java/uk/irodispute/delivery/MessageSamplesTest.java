package uk.irodispute.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.irodispute.delivery.DeliveryFixtures.CHAIR;
import static uk.irodispute.delivery.DeliveryFixtures.CONTACTS;
import static uk.irodispute.delivery.DeliveryFixtures.COUNCIL;
import static uk.irodispute.delivery.DeliveryFixtures.REF;
import static uk.irodispute.delivery.DeliveryFixtures.london;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.irodispute.core.engine.AlertKind;
import uk.irodispute.core.engine.Command;
import uk.irodispute.core.engine.Effect;
import uk.irodispute.core.model.Concerns;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.core.protocol.RecordKind;
import uk.irodispute.mappings.ShippedSystems;
import uk.irodispute.systems.SystemDefinition;

/**
 * Every kind of message has a sample in docs/DIRECTORY.md, and the sample is what the adapter
 * writes: a CP dispute on the shipped protocol and the shipped Liquidlogic API file, rendered and
 * compared line by line. What was rendered is kept in target/message-samples.md.
 */
class MessageSamplesTest {

  private static final Path DOC = Path.of("docs/DIRECTORY.md");
  private static final Pattern SAMPLE =
      Pattern.compile("<!-- sample: ([A-Z_]+) -->\\s*```text\\n(.*?)\\n```", Pattern.DOTALL);
  private static final Instant RAISED = london("2026-11-02T10:00");
  private static final Instant DUE = london("2026-11-09T17:00");
  private static final Map<String, String> RENDERED = new LinkedHashMap<>();

  private static final SystemDefinition LCS =
      ShippedSystems.loader().load(Path.of("mappings/systems/lcs-api.yaml"));

  private final Optional<Dispute> dispute =
      DeliveryFixtures.engine()
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
              RAISED)
          .dispute();

  static Stream<String> kinds() {
    List<String> all = new ArrayList<>();
    for (AlertKind kind : AlertKind.values()) {
      all.add(kind.name());
    }
    all.add(AlertMessages.ROLE_UNRESOLVED);
    all.add("CASE_NOTE");
    return all.stream();
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void theSampleInTheDocsIsWhatTheAdapterWrites(String kind) throws IOException {
    String rendered = render(kind);
    RENDERED.put(kind, rendered);
    Map<String, String> samples = samples();
    assertThat(samples).as("a sample for %s in %s", kind, DOC).containsKey(kind);
    assertThat(rendered).isEqualTo(samples.get(kind));
  }

  @AfterAll
  static void keepWhatWasRendered() throws IOException {
    StringBuilder out = new StringBuilder();
    RENDERED.forEach(
        (kind, text) ->
            out.append("<!-- sample: ")
                .append(kind)
                .append(" -->\n```text\n")
                .append(text)
                .append("\n```\n\n"));
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/message-samples.md"), out);
  }

  private String render(String kind) throws IOException {
    RenderingDeliveryPlanner planner = DeliveryFixtures.planner(COUNCIL, LCS);
    if (kind.equals("CASE_NOTE")) {
      var note =
          new Effect.WriteCaseNote(
              "DRP-2026-000042/2/1",
              REF,
              DeliveryFixtures.subject("lcs-api"),
              RecordKind.QUERY,
              "chair",
              "stage-3",
              "Stage 3: Operational Head of Service",
              DUE,
              "Dispute DRP-2026-000042 is at Stage 3: Operational Head of Service; a response is"
                  + " due by Monday 9 November 2026 at 17:00.");
      var request = (Delivery.HttpRequest) planner.plan(note, dispute, CONTACTS).get(0);
      JsonNode body = new ObjectMapper().readTree(request.body());
      return "Author role: "
          + body.path("author").path("role").asText()
          + "\nTitle: "
          + body.path("title").asText()
          + "\n\n"
          + body.path("body").asText();
    }
    if (kind.equals(AlertMessages.ROLE_UNRESOLVED)) {
      var noManager = new CaseContacts(List.of(CHAIR, DeliveryFixtures.SOCIAL_WORKER));
      List<Delivery> planned = planner.plan(alert(AlertKind.STAGE_OPENED), dispute, noManager);
      return mail((Delivery.Mail) planned.get(planned.size() - 1));
    }
    AlertKind alertKind = AlertKind.valueOf(kind);
    Optional<Dispute> of = alertKind == AlertKind.NOTE_REJECTED ? Optional.empty() : dispute;
    return mail((Delivery.Mail) planner.plan(alert(alertKind), of, CONTACTS).get(0));
  }

  private static String mail(Delivery.Mail mail) {
    return "Subject: "
        + mail.subject()
        + "\nTo: "
        + String.join(", ", mail.to())
        + (mail.cc().isEmpty() ? "" : "\nCc: " + String.join(", ", mail.cc()))
        + "\n\n"
        + mail.plainText();
  }

  /** An alert as the engine writes it for the kind, at stage 3 of the CP track. */
  private static Effect.SendAlert alert(AlertKind kind) {
    List<String> stageRoles = List.of("hos-operational", "service-manager");
    List<String> chair = List.of("chair");
    String stage = "Stage 3: Operational Head of Service";
    return switch (kind) {
      case STAGE_OPENED ->
          alert(
              kind,
              stageRoles,
              List.of("team-manager"),
              DUE,
              "Meet the IRO to discuss the issues and come to a decision.");
      case INFORMED ->
          alert(
              kind,
              List.of("head-of-sqs"),
              chair,
              null,
              "For information: dispute DRP-2026-000042 has started at " + stage + ".");
      case REMINDER ->
          alert(
              kind,
              stageRoles,
              List.of("team-manager"),
              DUE,
              "Meet the IRO to discuss the issues and come to a decision.");
      case STEP_DUE -> alert(kind, stageRoles, chair, DUE, "Due now: hold the meeting.");
      case TASK_REMINDER ->
          alert(
              kind,
              List.of("hos-operational"),
              List.of(),
              DUE,
              "A reminder: hold the meeting, by Monday 9 November 2026 at 17:00.");
      case BREACH ->
          alert(
              kind,
              chair,
              stageRoles,
              null,
              stage + " is overdue with no response. Decide: escalate, give more time or resolve.");
      case DECISION_NEEDED ->
          alert(
              kind,
              chair,
              List.of(),
              london("2026-11-06T17:00"),
              "A response was recorded at "
                  + stage
                  + ". Record whether you are satisfied; if not, escalate the same day.");
      case STAGE_LIMIT_REACHED ->
          alert(
              kind,
              chair,
              List.of(),
              null,
              stage + " has run as long as the protocol allows. Decide now whether to escalate.");
      case CAP_REACHED ->
          alert(
              kind,
              chair,
              List.of("head-of-sqs"),
              null,
              "The whole process has taken 20 working days. Decide now: escalate or refer.");
      case TIME_OUT ->
          alert(
              kind,
              stageRoles,
              List.of("team-manager"),
              null,
              "Time out at " + stage + "; the clock is stopped.");
      case TIME_OUT_TOO_LONG ->
          alert(
              kind,
              chair,
              List.of(),
              null,
              "The time out has lasted 10 working days: resume the dispute or record why it"
                  + " stays paused.");
      case RESUMED ->
          alert(
              kind,
              stageRoles,
              List.of("team-manager"),
              DUE,
              "The time out has ended: the dispute is live again and the due time has moved by"
                  + " the time paused.");
      case EXTENDED ->
          alert(
              kind,
              stageRoles,
              List.of("team-manager"),
              DUE,
              "More time has been given: respond by the new due time.");
      case REFERRAL_NOTICE ->
          alert(
              kind,
              List.of("head-of-sqs"),
              stageRoles,
              null,
              "The IRO is referring the case to CAFCASS.");
      case RESOLVED, WITHDRAWN ->
          alert(kind, stageRoles, List.of("team-manager"), null, "Nothing more is asked.");
      case COMMENDATION ->
          alert(
              kind,
              List.of("social-worker", "team-manager"),
              List.of(),
              null,
              "Excellent practice was recorded. Nothing is asked.");
      case RECORDING_INCOMPLETE ->
          alert(
              kind,
              chair,
              List.of(),
              null,
              "The note that raised the dispute does not state: the outcome sought. Please add a"
                  + " note that does.");
      case NOTE_REJECTED ->
          new Effect.SendAlert(
              "note/lcs-api:400009@1/rejected",
              null,
              DeliveryFixtures.subject("lcs-api"),
              kind,
              chair,
              List.of(),
              null,
              null,
              null,
              "Your dispute note could not be taken: it names no open dispute on this child's"
                  + " record.",
              CHAIR.id());
    };
  }

  private static Effect.SendAlert alert(
      AlertKind kind, List<String> to, List<String> cc, Instant due, String asked) {
    return new Effect.SendAlert(
        "DRP-2026-000042/5/1",
        REF,
        DeliveryFixtures.subject("lcs-api"),
        kind,
        to,
        cc,
        "stage-3",
        "Stage 3: Operational Head of Service",
        due,
        asked,
        CHAIR.id());
  }

  private static Map<String, String> samples() throws IOException {
    Map<String, String> samples = new LinkedHashMap<>();
    Matcher m = SAMPLE.matcher(Files.readString(DOC));
    while (m.find()) {
      samples.put(m.group(1), m.group(2));
    }
    return samples;
  }
}

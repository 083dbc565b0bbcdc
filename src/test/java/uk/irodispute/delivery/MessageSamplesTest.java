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
import uk.irodispute.core.engine.Asked;
import uk.irodispute.core.engine.Asked.Ask;
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
    all.add("ANSWER_NOTE");
    all.add("ANSWER_REFUSED");
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
      return caseNote((Delivery.HttpRequest) planner.plan(note, dispute, CONTACTS).get(0));
    }
    AnswerPlanner answers =
        new AnswerPlanner(
            DeliveryFixtures.systems(LCS),
            COUNCIL,
            d -> DeliveryFixtures.PROTOCOLS.version(d.protocolId(), d.protocolVersion()),
            Wording.builtIn());
    if (kind.equals("ANSWER_NOTE")) {
      var request =
          (Delivery.HttpRequest)
              answers
                  .answerNote(
                      dispute.orElseThrow(),
                      CONTACTS,
                      "answer/5dcdee960a5959c2/note",
                      new AnswerPlanner.StageRecipient(
                          "Alex Marlow", "hos-operational", "Operational Head of Service"),
                      "Responds",
                      "The meeting with the CP Chair is booked for Friday.")
                  .orElseThrow();
      return caseNote(request);
    }
    if (kind.equals("ANSWER_REFUSED")) {
      return mail(
          answers.refusal(
              "answer/58dcbcd97cf9eaa4/refused",
              REF.value(),
              "lcs-api",
              "lee.hart@council.example",
              AnswerPlanner.Refusal.NOT_SENT_TO,
              null,
              null,
              "Respond"));
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

  /** A written-back note as the case system shows it: author role, title and text. */
  private static String caseNote(Delivery.HttpRequest request) throws IOException {
    JsonNode body = new ObjectMapper().readTree(request.body());
    return "Author role: "
        + body.path("author").path("role").asText()
        + "\nTitle: "
        + body.path("title").asText()
        + "\n\n"
        + body.path("body").asText();
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
              Asked.of(
                  Ask.STAGE_OPENED,
                  "guidance",
                  "Meet the IRO to discuss the issues and come to a decision."));
      case INFORMED ->
          alert(
              kind,
              List.of("head-of-sqs"),
              chair,
              null,
              Asked.of(Ask.INFORMED, "seriousness", "Serious concern"));
      case REMINDER ->
          alert(kind, stageRoles, List.of("team-manager"), DUE, Asked.of(Ask.REMINDER));
      case STEP_DUE ->
          alert(kind, stageRoles, chair, DUE, Asked.of(Ask.STEP_DUE, "step", "Hold the meeting"));
      case TASK_REMINDER ->
          alert(
              kind,
              List.of("hos-operational"),
              List.of(),
              DUE,
              Asked.of(Ask.TASK_REMINDER, "task", "Hold the meeting"));
      case BREACH -> alert(kind, chair, stageRoles, null, Asked.of(Ask.OVERDUE));
      case DECISION_NEEDED ->
          alert(
              kind, chair, List.of(), london("2026-11-06T17:00"), Asked.of(Ask.DECIDE_ON_RESPONSE));
      case STAGE_LIMIT_REACHED ->
          alert(
              kind,
              chair,
              List.of(),
              null,
              Asked.of(Ask.STAGE_LIMIT_REACHED, "limit", "10 working days"));
      case CAP_REACHED ->
          alert(
              kind,
              chair,
              List.of("head-of-sqs"),
              null,
              Asked.of(
                  Ask.CAP_REACHED,
                  "cap",
                  "Maximum of 20 working days for the formal process",
                  "within",
                  "20 working days"));
      case TIME_OUT ->
          alert(kind, stageRoles, List.of("team-manager"), null, Asked.of(Ask.TIME_OUT));
      case TIME_OUT_TOO_LONG ->
          alert(
              kind,
              chair,
              List.of(),
              null,
              Asked.of(Ask.TIME_OUT_TOO_LONG, "longest", "10 working days"));
      case RESUMED -> alert(kind, stageRoles, List.of("team-manager"), DUE, Asked.of(Ask.RESUMED));
      case EXTENDED ->
          alert(kind, stageRoles, List.of("team-manager"), DUE, Asked.of(Ask.EXTENDED));
      case REFERRAL_NOTICE ->
          alert(
              kind,
              List.of("head-of-sqs"),
              stageRoles,
              null,
              Asked.of(Ask.REFERRAL_NOTICE, "referral", "Referral to CAFCASS"));
      case RESOLVED ->
          alert(kind, stageRoles, List.of("team-manager"), null, Asked.of(Ask.RESOLVED));
      case WITHDRAWN ->
          alert(kind, stageRoles, List.of("team-manager"), null, Asked.of(Ask.WITHDRAWN));
      case COMMENDATION ->
          alert(
              kind,
              List.of("social-worker", "team-manager"),
              List.of(),
              null,
              Asked.of(Ask.COMMENDATION));
      case RECORDING_INCOMPLETE ->
          alert(
              kind,
              chair,
              List.of(),
              null,
              Asked.of(Ask.RECORDING_INCOMPLETE, "missing", "the outcome sought"));
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
              Asked.of(
                  Ask.NOTE_NOT_TAKEN, "reason", "it names no open dispute on this child's record"),
              CHAIR.id());
    };
  }

  private static Effect.SendAlert alert(
      AlertKind kind, List<String> to, List<String> cc, Instant due, Asked asked) {
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

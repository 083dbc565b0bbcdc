package uk.irodispute.core.note;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import uk.irodispute.core.calendar.Timescale;
import uk.irodispute.core.calendar.WorkingHours;
import uk.irodispute.core.engine.Command;
import uk.irodispute.core.model.Concerns;
import uk.irodispute.core.model.DisputeReference;
import uk.irodispute.core.model.Subject;
import uk.irodispute.core.note.Classification.Accepted;
import uk.irodispute.core.note.Classification.Ignored;
import uk.irodispute.core.note.Classification.Rejected;
import uk.irodispute.core.note.NoteRules.CommandKind;
import uk.irodispute.core.protocol.CalendarSettings;
import uk.irodispute.core.protocol.Protocol;
import uk.irodispute.core.protocol.ProtocolRegistry;
import uk.irodispute.mappings.ProtocolFileLoader;

/**
 * Each command a note can carry, and each reason a note is ignored or rejected, under rules like
 * the shipped reporting-database file's, with the shipped protocols. Every person is invented.
 */
class RuleClassifierTest {

  private static final List<Protocol> SHIPPED =
      new ProtocolFileLoader().loadDirectory(Path.of("mappings/protocols"));
  private static final ProtocolRegistry PROTOCOLS = new ProtocolRegistry(withEarlyClose(SHIPPED));

  private static final NoteRules RULES =
      new NoteRules(
          List.of("IRO"),
          Map.of(),
          "action",
          Map.ofEntries(
              Map.entry("Raise dispute", CommandKind.RAISE),
              Map.entry("Response", CommandKind.RESPOND),
              Map.entry("Resolved - satisfied", CommandKind.SATISFIED),
              Map.entry("Not satisfied - escalate", CommandKind.ESCALATE),
              Map.entry("Time out", CommandKind.PAUSE),
              Map.entry("Resume", CommandKind.RESUME),
              Map.entry("Extend", CommandKind.EXTEND),
              Map.entry("Refer to CAFCASS", CommandKind.REFER),
              Map.entry("Withdraw", CommandKind.WITHDRAW),
              Map.entry("Comment", CommandKind.COMMENT),
              Map.entry("Task done", CommandKind.TASK_DONE)),
          "status",
          List.of("Complete"),
          Map.of(
              "track", Map.of("Looked after", "LAC", "Child protection", "CP"),
              "category", Map.of("Drift or delay", "drift-or-delay"),
              "outcome-sought", Map.of("Plan", "Care plan reviewed and updated")),
          null);

  private static final DisputeReference NEW = DisputeReference.of(2026, 42);
  private static final DisputeReference OPEN = DisputeReference.of(2026, 7);
  private static final DisputeReference OTHER = DisputeReference.of(2026, 8);
  private static final Instant RECORDED = Instant.parse("2026-11-04T10:00:00Z");
  private static final CaseWorker IRO =
      new CaseWorker(null, "w-iro", "Ira Reviewer", "ira.reviewer@council.example", "IRO service");
  private static final CaseWorker SOCIAL_WORKER =
      new CaseWorker(
          "social-worker",
          "w-sw",
          "Sam Social",
          "sam.social@council.example",
          "Children in Care North");

  private final RuleClassifier classifier =
      new RuleClassifier(RULES, "day-range-lac-cp", PROTOCOLS);
  private final RuleClassifier byLegalStatus =
      new RuleClassifier(
          new NoteRules(
              RULES.noteTypes(),
              RULES.commandByNoteType(),
              RULES.commandField(),
              RULES.commandByAnswer(),
              RULES.draftField(),
              RULES.finalAnswers(),
              RULES.answerValues(),
              new NoteRules.TrackFrom(
                  "legalStatus", Map.of("Looked after", "LAC", "Child protection", "CP"))),
          "day-range-lac-cp",
          PROTOCOLS);
  private final AtomicInteger referencesAllocated = new AtomicInteger();
  private final Supplier<DisputeReference> newReference =
      () -> {
        referencesAllocated.incrementAndGet();
        return NEW;
      };
  private final List<Subject> askedAbout = new ArrayList<>();
  private List<DisputeReference> openDisputes = List.of(OPEN);
  private final OpenDisputes open =
      subject -> {
        askedAbout.add(subject);
        return openDisputes;
      };

  // ---- ignored ------------------------------------------------------------------------------

  @Test
  void aNoteOfAnotherTypeIsIgnored() {
    var c = classify(note("CASE_SUMMARY", Map.of("action", "Raise dispute")));

    assertThat(c).isInstanceOf(Ignored.class);
    assertThat(((Ignored) c).reason()).contains("note type");
    assertThat(referencesAllocated).hasValue(0);
  }

  @Test
  void aDraftIsIgnored() {
    var c = classify(note("IRO", Map.of("action", "Raise dispute", "status", "In progress")));

    assertThat(c).isInstanceOf(Ignored.class);
    assertThat(((Ignored) c).reason())
        .startsWith("draft")
        .contains("'status'")
        .doesNotContain("In progress");
    assertThat(referencesAllocated).hasValue(0);
  }

  @Test
  void aNoteWithoutTheDraftFieldIsFinal() {
    assertThat(classify(note("IRO", Map.of("action", "Raise dispute"))))
        .isInstanceOf(Accepted.class);
  }

  @Test
  void theFinalAnswerIsMatchedIgnoringCase() {
    assertThat(classify(note("IRO", Map.of("action", "Raise dispute", "status", "complete"))))
        .isInstanceOf(Accepted.class);
  }

  // ---- raise --------------------------------------------------------------------------------

  @Test
  void aRaiseCarriesTheOutcomeSoughtOnlyAsTheFileWordsAListedAnswer() {
    var listed = classify(note("IRO", Map.of("action", "Raise dispute", "outcome-sought", "Plan")));
    var freeText =
        classify(
            note(
                "IRO",
                Map.of("action", "Raise dispute", "outcome-sought", "A new school for the child")));

    assertThat(((Command.Raise) ((Accepted) listed).command()).outcomeSought())
        .isEqualTo("Care plan reviewed and updated");
    assertThat(((Command.Raise) ((Accepted) freeText).command()).outcomeSought()).isNull();
  }

  @Test
  void aRaiseTakesEveryAnswer() {
    Map<String, String> form = new HashMap<>();
    form.put("action", "Raise dispute");
    form.put("status", "Complete");
    form.put("track", "Looked after");
    form.put("category", "Drift or delay");
    form.put("seriousness", "routine");
    form.put("startAt", "stage-2");
    form.put("dueBy", "2026-11-13");
    form.put("repeat", "Yes");
    form.put("outcome-sought", "Invented outcome sought.");
    form.put("reason", " ");

    Command.Raise raise = accepted(note("IRO", form), Command.Raise.class);

    assertThat(raise.commandId()).isEqualTo("lcs-reporting:4001@1");
    assertThat(raise.recordedAt()).isEqualTo(RECORDED);
    assertThat(raise.reference()).isEqualTo(NEW);
    assertThat(raise.protocolId()).isEqualTo("day-range-lac-cp");
    assertThat(raise.subject()).isEqualTo(new Subject("lcs-reporting", "900100", "C-1"));
    assertThat(raise.chairId()).isEqualTo("w-iro");
    assertThat(raise.trackId()).isEqualTo("LAC");
    assertThat(raise.categoryId()).isEqualTo("drift-or-delay");
    assertThat(raise.seriousnessId()).isEqualTo("routine");
    assertThat(raise.startAtStage()).isEqualTo("stage-2");
    assertThat(raise.chairSetDueAt()).isEqualTo(Instant.parse("2026-11-13T17:00:00Z"));
    assertThat(raise.repeatOfEarlierDispute()).isTrue();
    assertThat(raise.recorded())
        .isEqualTo(
            Set.of(
                "action",
                "status",
                "track",
                "category",
                "seriousness",
                "startAt",
                "dueBy",
                "repeat",
                "outcome-sought"));
    assertThat(referencesAllocated).hasValue(1);
    assertThat(askedAbout).isEmpty();
  }

  @Test
  void aRaiseWithNothingElseLeavesTheEngineItsDefaults() {
    Command.Raise raise =
        accepted(note("IRO", Map.of("action", "Raise dispute")), Command.Raise.class);

    assertThat(raise.trackId()).isNull();
    assertThat(raise.categoryId()).isNull();
    assertThat(raise.seriousnessId()).isNull();
    assertThat(raise.startAtStage()).isNull();
    assertThat(raise.chairSetDueAt()).isNull();
    assertThat(raise.repeatOfEarlierDispute()).isFalse();
  }

  @Test
  void aRaiseTakesItsTrackFromTheMappedFieldWhenTheNoteNamesNone() {
    Command.Raise raise =
        accepted(
            byLegalStatus,
            note("IRO", Map.of("action", "Raise dispute", "legalStatus", "Child protection")),
            Command.Raise.class);

    assertThat(raise.trackId()).isEqualTo("CP");
  }

  @Test
  void theTrackTheNoteNamesWinsOverTheMappedField() {
    Command.Raise raise =
        accepted(
            byLegalStatus,
            note(
                "IRO",
                Map.of(
                    "action", "Raise dispute",
                    "track", "Looked after",
                    "legalStatus", "Child protection")),
            Command.Raise.class);

    assertThat(raise.trackId()).isEqualTo("LAC");
  }

  @Test
  void aMappedValueNotListedGivesTheRaiseNoTrack() {
    Command.Raise raise =
        accepted(
            byLegalStatus,
            note("IRO", Map.of("action", "Raise dispute", "legalStatus", "Child in need")),
            Command.Raise.class);

    assertThat(raise.trackId()).isNull();
  }

  @Test
  void aRaiseMayNameAnotherProtocol() {
    Command.Raise raise =
        accepted(
            note("IRO", Map.of("action", "Raise dispute", "protocol", "harrow-drp")),
            Command.Raise.class);

    assertThat(raise.protocolId()).isEqualTo("harrow-drp");
  }

  @Test
  void aDueDateIsTheCloseOfBusinessOfTheProtocolThatDayInLondon() {
    Command.Raise summer =
        accepted(
            note("IRO", Map.of("action", "Raise dispute", "dueBy", "2026-07-03")),
            Command.Raise.class);
    Command.Raise early =
        accepted(
            note(
                "IRO",
                Map.of(
                    "action", "Raise dispute", "dueBy", "2026-07-03", "protocol", "early-close")),
            Command.Raise.class);

    assertThat(summer.chairSetDueAt()).isEqualTo(Instant.parse("2026-07-03T16:00:00Z"));
    assertThat(early.chairSetDueAt()).isEqualTo(Instant.parse("2026-07-03T15:30:00Z"));
  }

  @Test
  void aDueTimeWithAnOffsetIsTakenAsItIs() {
    Command.Raise raise =
        accepted(
            note("IRO", Map.of("action", "Raise dispute", "dueBy", "2026-11-13T12:00:00Z")),
            Command.Raise.class);

    assertThat(raise.chairSetDueAt()).isEqualTo(Instant.parse("2026-11-13T12:00:00Z"));
  }

  @Test
  void aDueDateThatIsNotOneIsRejectedNamingTheField() {
    var reason =
        rejected(note("IRO", Map.of("action", "Raise dispute", "dueBy", "next Friday-ish")));

    assertThat(reason).contains("'dueBy'").doesNotContain("Friday");
    assertThat(referencesAllocated).hasValue(0);
  }

  @Test
  void aRaiseWithoutAnAuthorIsRejected() {
    CaseNote noAuthor = withAuthor(note("IRO", Map.of("action", "Raise dispute")), null);

    assertThat(rejected(noAuthor)).contains("author");
  }

  @Test
  void aNoteTypeMayCarryItsCommand() {
    var rules =
        new NoteRules(
            List.of("DRP_RAISE", "DRP_NOTE"),
            Map.of("DRP_RAISE", CommandKind.RAISE, "DRP_NOTE", CommandKind.COMMENT),
            null,
            Map.of(),
            null,
            List.of(),
            Map.of(),
            null);
    var byType = new RuleClassifier(rules, "day-range-lac-cp", PROTOCOLS);

    var raise = byType.classify(note("DRP_RAISE", Map.of()), open, newReference);
    var comment = byType.classify(note("DRP_NOTE", Map.of()), open, newReference);

    assertThat(((Accepted) raise).command()).isInstanceOf(Command.Raise.class);
    assertThat(((Accepted) comment).command())
        .isEqualTo(new Command.Comment("lcs-reporting:4001@1", RECORDED, OPEN));
  }

  // ---- which command ------------------------------------------------------------------------

  @Test
  void anAnswerThatIsNoCommandIsRejectedNamingTheFieldNotTheAnswer() {
    var reason = rejected(note("IRO", Map.of("action", "Invented other answer")));

    assertThat(reason).contains("'action'", "not a command").doesNotContain("Invented");
  }

  @Test
  void aNoteWithoutACommandIsRejected() {
    assertThat(rejected(note("IRO", Map.of("reason", "x")))).contains("'action'", "empty");
  }

  @Test
  void theCommandAnswerIsMatchedIgnoringCaseAndSpaces() {
    accepted(note("IRO", Map.of("action", " raise DISPUTE ")), Command.Raise.class);
  }

  // ---- which dispute ------------------------------------------------------------------------

  @Test
  void theReferenceGivenIsTheDispute() {
    openDisputes = List.of(OPEN, OTHER);

    Command.Satisfied c =
        accepted(
            note("IRO", Map.of("action", "Resolved - satisfied", "reference", "drp-2026-000008")),
            Command.Satisfied.class);

    assertThat(c.reference()).isEqualTo(OTHER);
    assertThat(askedAbout).isEmpty();
  }

  @Test
  void withoutAReferenceTheChildsOneOpenDisputeIsTheDispute() {
    Command.Satisfied c =
        accepted(note("IRO", Map.of("action", "Resolved - satisfied")), Command.Satisfied.class);

    assertThat(c.reference()).isEqualTo(OPEN);
    assertThat(askedAbout).containsExactly(new Subject("lcs-reporting", "900100", "C-1"));
  }

  @Test
  void withoutAReferenceOrAnOpenDisputeTheNoteIsRejected() {
    openDisputes = List.of();

    assertThat(rejected(note("IRO", Map.of("action", "Response"))))
        .isEqualTo("no open dispute for this child and no reference given");
  }

  @Test
  void withoutAReferenceAndSeveralOpenDisputesTheNoteIsRejected() {
    openDisputes = List.of(OPEN, OTHER);

    assertThat(rejected(note("IRO", Map.of("action", "Response"))))
        .isEqualTo("several open disputes; give the reference");
  }

  @Test
  void aReferenceThatIsNotOneIsRejected() {
    var reason = rejected(note("IRO", Map.of("action", "Response", "reference", "DRP-26-9")));

    assertThat(reason).contains("'reference'", "DRP-2026-000042").doesNotContain("DRP-26-9");
  }

  // ---- the other commands -------------------------------------------------------------------

  @Test
  void aResponseIsFromTheAuthorsAllocatedRole() {
    CaseNote byWorker =
        withAuthor(
            note("IRO", Map.of("action", "Response", "responseType", "agree")),
            new CaseWorker(null, "w-sw", "Sam Social", null, null));

    Command.Respond c = accepted(byWorker, Command.Respond.class);

    assertThat(c)
        .isEqualTo(
            new Command.Respond(
                "lcs-reporting:4001@1", RECORDED, OPEN, null, "agree", "social-worker"));
  }

  @Test
  void aResponseMayNameTheRoleItIsFrom() {
    Command.Respond c =
        accepted(
            note("IRO", Map.of("action", "Response", "fromRole", "team-manager")),
            Command.Respond.class);

    assertThat(c.fromRole()).isEqualTo("team-manager");
  }

  @Test
  void anEscalationMayNameTheStage() {
    Command.Escalate next =
        accepted(note("IRO", Map.of("action", "Not satisfied - escalate")), Command.Escalate.class);
    Command.Escalate named =
        accepted(
            note("IRO", Map.of("action", "Not satisfied - escalate", "escalateTo", "stage-4")),
            Command.Escalate.class);

    assertThat(next.toStage()).isNull();
    assertThat(named.toStage()).isEqualTo("stage-4");
  }

  @Test
  void aTaskDoneNoteNamesTheTask() {
    Command.TaskDone c =
        accepted(
            note("IRO", Map.of("action", "Task done", "task", "record-discussion")),
            Command.TaskDone.class);

    assertThat(c)
        .isEqualTo(
            new Command.TaskDone("lcs-reporting:4001@1", RECORDED, OPEN, "record-discussion"));
  }

  @Test
  void aRaiseMaySayItConcernsAnotherPartOfTheCouncil() {
    Command.Raise other =
        accepted(
            note("IRO", Map.of("action", "Raise dispute", "otherPartOfCouncil", "Yes")),
            Command.Raise.class);
    Command.Raise own =
        accepted(note("IRO", Map.of("action", "Raise dispute")), Command.Raise.class);

    assertThat(other.concerns()).isEqualTo(Concerns.ANOTHER_PART_OF_THE_COUNCIL);
    assertThat(own.concerns()).isEqualTo(Concerns.CHILDRENS_SERVICES);
  }

  @Test
  void aTimeOutCarriesWhoApprovedIt() {
    Command.Pause c =
        accepted(
            note("IRO", Map.of("action", "Time out", "approvedBy", "iro-team-manager")),
            Command.Pause.class);

    assertThat(c)
        .isEqualTo(new Command.Pause("lcs-reporting:4001@1", RECORDED, OPEN, "iro-team-manager"));
  }

  @Test
  void theCommandsWithNothingButTheDispute() {
    String id = "lcs-reporting:4001@1";
    assertThat(accepted(note("IRO", Map.of("action", "Resume")), Command.Resume.class))
        .isEqualTo(new Command.Resume(id, RECORDED, OPEN));
    assertThat(accepted(note("IRO", Map.of("action", "Refer to CAFCASS")), Command.Refer.class))
        .isEqualTo(new Command.Refer(id, RECORDED, OPEN));
    assertThat(accepted(note("IRO", Map.of("action", "Withdraw")), Command.Withdraw.class))
        .isEqualTo(new Command.Withdraw(id, RECORDED, OPEN));
    assertThat(accepted(note("IRO", Map.of("action", "Comment")), Command.Comment.class))
        .isEqualTo(new Command.Comment(id, RECORDED, OPEN));
  }

  @Test
  void anExtensionByATimescale() {
    Command.Extend c =
        accepted(
            note(
                "IRO",
                Map.of(
                    "action", "Extend", "extendBy", "5 working days", "reason", "Invented reason")),
            Command.Extend.class);

    assertThat(c.by()).isEqualTo(Timescale.parse("5 working days"));
    assertThat(c.until()).isNull();
    assertThat(c.reason()).isEqualTo("Invented reason");
  }

  @Test
  void anExtensionToADate() {
    Command.Extend c =
        accepted(
            note("IRO", Map.of("action", "Extend", "extendUntil", "2026-11-20")),
            Command.Extend.class);

    assertThat(c.by()).isNull();
    assertThat(c.until()).isEqualTo(Instant.parse("2026-11-20T17:00:00Z"));
  }

  @Test
  void anExtensionWithoutHowLongIsRejected() {
    assertThat(rejected(note("IRO", Map.of("action", "Extend"))))
        .contains("'extendBy' or 'extendUntil'");
  }

  @Test
  void anExtensionByWhatIsNotATimescaleIsRejected() {
    assertThat(rejected(note("IRO", Map.of("action", "Extend", "extendBy", "a while"))))
        .contains("'extendBy'", "5 working days")
        .doesNotContain("a while");
  }

  @Test
  void anExtensionToWhatIsNotADateIsRejected() {
    assertThat(rejected(note("IRO", Map.of("action", "Extend", "extendUntil", "soon"))))
        .contains("'extendUntil'");
  }

  // ---- helpers ------------------------------------------------------------------------------

  private Classification classify(CaseNote note) {
    return classifier.classify(note, open, newReference);
  }

  private <C extends Command> C accepted(RuleClassifier by, CaseNote note, Class<C> type) {
    Classification c = by.classify(note, open, newReference);
    assertThat(c).as(c.toString()).isInstanceOf(Accepted.class);
    return type.cast(((Accepted) c).command());
  }

  private <C extends Command> C accepted(CaseNote note, Class<C> type) {
    Classification c = classify(note);
    assertThat(c).as(c.toString()).isInstanceOf(Accepted.class);
    return type.cast(((Accepted) c).command());
  }

  private String rejected(CaseNote note) {
    Classification c = classify(note);
    assertThat(c).as(c.toString()).isInstanceOf(Rejected.class);
    return ((Rejected) c).reason();
  }

  private static CaseNote note(String type, Map<String, String> form) {
    return new CaseNote(
        "lcs-reporting",
        "4001",
        "1",
        RECORDED.plusSeconds(60),
        "900100",
        "C-1",
        type,
        IRO,
        RECORDED,
        "Invented note text.",
        form,
        List.of(SOCIAL_WORKER));
  }

  private static CaseNote withAuthor(CaseNote n, CaseWorker author) {
    return new CaseNote(
        n.systemId(),
        n.noteId(),
        n.version(),
        n.modifiedAt(),
        n.personId(),
        n.caseId(),
        n.noteType(),
        author,
        n.recordedAt(),
        n.text(),
        n.form(),
        n.allocated());
  }

  /** The shipped protocols and a copy of one that closes at 16:30. */
  private static List<Protocol> withEarlyClose(List<Protocol> shipped) {
    Protocol p =
        shipped.stream().filter(x -> x.id().equals("day-range-lac-cp")).findFirst().orElseThrow();
    Protocol early =
        new Protocol(
            "early-close",
            p.version(),
            p.name(),
            p.source(),
            new CalendarSettings(
                p.calendar().region(),
                new WorkingHours(LocalTime.of(8, 30), LocalTime.of(16, 30)),
                p.calendar().closureDays()),
            p.roles(),
            p.categories(),
            p.seriousness(),
            p.responseTypes(),
            p.tracks(),
            p.caps(),
            p.timeOut(),
            p.referral(),
            p.otherPartOfCouncil());
    List<Protocol> all = new ArrayList<>(shipped);
    all.add(early);
    return all;
  }
}

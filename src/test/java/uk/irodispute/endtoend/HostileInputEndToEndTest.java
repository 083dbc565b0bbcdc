package uk.irodispute.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import jakarta.mail.Address;
import jakarta.mail.Header;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.polling.PollCycle;
import uk.irodispute.polling.SourceHealth;
import uk.irodispute.sandbox.Fault;
import uk.irodispute.sandbox.FaultKind;
import uk.irodispute.sandbox.NoteRequest;
import uk.irodispute.sandbox.Post;
import uk.irodispute.sandbox.ReceivedMail;
import uk.irodispute.sandbox.RecordedNote;
import uk.irodispute.sandbox.SandboxSystem;
import uk.irodispute.sandbox.SandboxWorker;
import uk.irodispute.sandbox.UncheckedNote;
import uk.irodispute.store.DeadLetter;
import uk.irodispute.store.DeadLetters;

/**
 * Hostile input recorded on the sandbox's case systems, end to end: notes that must not be acted on
 * are kept as dead letters with their reason while the notes around them are taken; notes the rules
 * cannot act on are ignored or rejected with the chair told; markup, quotes and line breaks in what
 * staff and case systems typed reach mail and the case systems escaped or refused; and answers of
 * the wrong shape stop a run with a clear reason while the next run and the other systems go on.
 * Every person is invented.
 */
class HostileInputEndToEndTest extends SandboxRun {

  private static final int OWN_HTTP_PORT = freePort();
  private static final int OWN_SMTP_PORT = freePort();

  /** Invented note text: it must never appear in a dead letter, a log or a mail. */
  private static final String TEXT = "Invented concern about Robin Invented-Child's placement. ";

  @Autowired DeadLetters deadLetters;
  @Autowired SourceHealth health;
  @Autowired JdbcTemplate jdbc;

  private final ListAppender<ILoggingEvent> pollLog = new ListAppender<>();

  @DynamicPropertySource
  static void ownPorts(DynamicPropertyRegistry registry) {
    ownContext(registry, "hostile-input", OWN_HTTP_PORT, OWN_SMTP_PORT);
  }

  @AfterEach
  void clearFaultsAndLogs() {
    sandbox.clearFaults();
    ((Logger) LoggerFactory.getLogger(PollCycle.class)).detachAppender(pollLog);
  }

  @Test
  void notesThatMustNotBeActedOnAreDeadLettersAndTheNotesAroundThemAreTaken() {
    clock.set(Instant.parse("2026-11-16T10:00:00Z"));
    SandboxSystem api = SandboxSystem.LCS_API;
    SandboxWorker iro = iro(api, "W2105");
    sandbox.record(NoteRequest.in(api, "2001").action("raise").answer("track", "LAC").build());
    Map<String, String> bad = new java.util.LinkedHashMap<>();
    bad.put(
        unchecked(api, iro, "H-LARGE", "2901", b -> b.text(TEXT.repeat(2000))),
        "NOTE_TOO_LARGE the note's text is 114000 bytes, over the limit of 65536 bytes");
    bad.put(
        unchecked(api, iro, "H-NOCHILD", null, b -> b.caseId("C-29002")),
        "MISSING_SUBJECT the note names no child: 'personId' has no value");
    bad.put(
        unchecked(api, iro, "H-NOCASE", "2903", b -> b),
        "MISSING_SUBJECT the note names no case: 'caseId' has no value, and the system file"
            + " maps one");
    bad.put(
        unchecked(
            api, iro, "H-FUTURE", "2904", b -> b.recordedAt(Instant.parse("2026-12-25T09:00:00Z"))),
        "DATE_OUT_OF_RANGE 'recordedAt' (2026-12-25T09:00:00Z) is in the future");
    bad.put(
        unchecked(
            api, iro, "H-PAST", "2905", b -> b.recordedAt(Instant.parse("2026-03-02T09:00:00Z"))),
        "DATE_OUT_OF_RANGE 'recordedAt' (2026-03-02T09:00:00Z) is more than 90 days before");
    SandboxWorker injected =
        new SandboxWorker(
            "W2105",
            "Ffion Rees\r\nBcc: spy@elsewhere.example",
            "ffion.rees@council.example",
            "IRO Service",
            null);
    bad.put(
        unchecked(api, injected, "H-CRLF", "2906", b -> b),
        "UNREADABLE_NOTE 'authorName' holds a line break or another control character");
    sandbox.record(NoteRequest.in(api, "2004").action("raise").answer("track", "CP").build());

    poll(api);
    deliver();

    assertThat(openDisputeOf(api, "2001")).isNotNull();
    assertThat(openDisputeOf(api, "2004")).isNotNull();
    assertThat(disputes.open())
        .noneMatch(d -> d.subject().personId() != null && d.subject().personId().startsWith("29"));
    List<DeadLetter> letters = deadLettersOf(bad.keySet());
    assertThat(letters)
        .extracting(DeadLetter::noteId, DeadLetter::noteVersion)
        .containsExactlyInAnyOrderElementsOf(
            bad.keySet().stream().map(id -> tuple(id, "1")).toList());
    for (DeadLetter letter : letters) {
      assertThat(letter.reasonCode() + " " + letter.reason())
          .as(letter.noteId())
          .startsWith(bad.get(letter.noteId()))
          .doesNotContain("Robin", "2901", "2903", "2904", "2905", "2906", "C-29002");
    }
    assertOnlyTheirAuthorTold(api, bad.keySet(), List.of("2901", "2903", "2904", "2905", "2906"));
    assertThat(mail.receivedMails())
        .flatExtracting(ReceivedMail::to)
        .noneMatch(a -> a.contains("elsewhere"));

    poll(api);
    assertThat(deadLettersOf(bad.keySet())).as("the watermark moved past them").hasSize(6);
    assertThat(health.of(api.id()).orElseThrow().failuresInARow()).isZero();
  }

  @Test
  void aNoteAboutADisputeThatDoesNotExistIsRejectedAndTheChairToldByMail() {
    clock.set(Instant.parse("2026-11-16T11:00:00Z"));
    SandboxSystem api = SandboxSystem.LCS_API;
    RecordedNote note =
        sandbox.record(
            NoteRequest.in(api, "2002")
                .action("comment")
                .answer("reference", "DRP-2026-009999")
                .build());

    poll(api);
    deliver();

    assertThat(
            jdbc.queryForMap(
                "SELECT outcome, reason FROM processed_notes WHERE note_id = ?", note.noteId()))
        .containsEntry("OUTCOME", "REJECTED")
        .containsEntry("REASON", "there is no dispute DRP-2026-009999");
    List<ReceivedMail> told =
        mail.receivedMails().stream()
            .filter(m -> m.subject().startsWith("Note not applied"))
            .filter(m -> m.plainText().contains(note.noteId()))
            .toList();
    assertThat(told)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.to()).containsExactly("ffion.rees@council.example");
              assertThat(m.plainText()).contains("there is no dispute DRP-2026-009999");
            });
    assertThat(writtenBackAbout(api, "2002")).isEmpty();
  }

  @Test
  void markupAndLineBreaksInWhatStaffTypedReachMailEscapedOrNotAtAll() throws Exception {
    clock.set(Instant.parse("2026-11-16T12:00:00Z"));
    SandboxSystem api = SandboxSystem.LCS_API;
    SandboxWorker marked =
        new SandboxWorker(
            "W-EVE",
            "<script>alert('x')</script> & \"Eve\" ]]>",
            "eve.example@council.example",
            "IRO <Service> & Co",
            null);
    RecordedNote rejected =
        sandbox.recordUnchecked(
            UncheckedNote.in(api, marked)
                .noteId("N-<b>1</b>&\"2\"")
                .about("2003")
                .action("raise")
                .answer("track", "<img src=x onerror=alert(1)>")
                .build());
    SandboxWorker twoAddresses =
        new SandboxWorker(
            "W-TWO",
            "Tom Two",
            "tom.two@council.example, spy@elsewhere.example",
            "IRO Service",
            null);
    sandbox.recordUnchecked(
        UncheckedNote.in(api, twoAddresses)
            .about("2003")
            .action("raise")
            .answer("track", "LAC")
            .build());

    poll(api);
    deliver();

    List<MimeMessage> messages = List.of(mail.greenMail().getReceivedMessages());
    assertThat(messages).isNotEmpty();
    for (MimeMessage m : messages) {
      for (Address a : allRecipients(m)) {
        assertThat(a.toString()).doesNotContain("elsewhere");
      }
      for (Header h : Collections.list(m.getAllHeaders())) {
        assertThat(h.getName()).isNotEqualToIgnoringCase("Bcc").isNotEqualTo("X-Injected");
        assertThat(h.getValue()).doesNotContain("\r\n\r\n");
      }
    }
    ReceivedMail toEve =
        mail.receivedMails().stream()
            .filter(m -> m.to().contains("eve.example@council.example"))
            .filter(m -> m.subject().startsWith("Note not applied"))
            .filter(m -> m.plainText().contains("N-<b>1</b>"))
            .findFirst()
            .orElseThrow();
    assertThat(toEve.subject()).doesNotContain("\n");
    assertThat(toEve.html())
        .doesNotContain("<script", "<img", "<b>1")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Eve&quot; ]]&gt;")
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .contains("N-&lt;b&gt;1&lt;/b&gt;&amp;&quot;2&quot;");
    assertThat(toEve.plainText()).contains("<script>alert('x')</script>");
    assertThat(rejected.noteId()).isEqualTo("N-<b>1</b>&\"2\"");
    assertThat(openDisputeOf(api, "2003").chairId()).isEqualTo("W-TWO");
  }

  @Test
  void idsWithMarkupAndQuotesReachTheCaseSystemsWellFormedAndUnchanged() {
    clock.set(Instant.parse("2026-11-16T13:00:00Z"));
    String jsonPerson = "P-\"1\"<script>&'\\";
    String jsonCase = "C-]]>&<2>'\"";
    sandbox.recordUnchecked(
        UncheckedNote.in(SandboxSystem.LCS_API, iro(SandboxSystem.LCS_API, "W2106"))
            .about(jsonPerson)
            .caseId(jsonCase)
            .action("raise")
            .answer("track", "LAC")
            .build());
    String xmlPerson = "P-&<3>\"'";
    String xmlCase = "EP-<7>&\"x\"]]>";
    sandbox.recordUnchecked(
        UncheckedNote.in(SandboxSystem.FWI_API, iro(SandboxSystem.FWI_API, "FW305"))
            .about(xmlPerson)
            .caseId(xmlCase)
            .action("raise")
            .build());

    poll(SandboxSystem.LCS_API);
    poll(SandboxSystem.FWI_API);
    deliver();

    Dispute json = openDisputeOf(SandboxSystem.LCS_API, jsonPerson);
    assertThat(writtenBackAbout(SandboxSystem.LCS_API, jsonPerson))
        .isNotEmpty()
        .allSatisfy(
            n -> {
              assertThat(n.field("subject.caseId")).isEqualTo(jsonCase);
              assertThat(n.field("title")).contains(json.reference().value());
            });
    Dispute xml = openDisputeOf(SandboxSystem.FWI_API, xmlPerson);
    assertThat(writtenBackAbout(SandboxSystem.FWI_API, xmlPerson))
        .isNotEmpty()
        .allSatisfy(
            n -> {
              assertThat(n.field("episodeId")).isEqualTo(xmlCase);
              assertThat(n.field("disputeRef")).isEqualTo(xml.reference().value());
            });
    assertThat(mailsAbout(json.reference().value()))
        .isNotEmpty()
        .allSatisfy(m -> assertThat(m.html()).doesNotContain("<script"));
  }

  @Test
  void answersOfTheWrongShapeStopTheRunWithAClearReasonAndTheNextRunCarriesOn() {
    clock.set(Instant.parse("2026-11-16T14:00:00Z"));
    captureThePollLog();
    sandbox.record(
        NoteRequest.in(SandboxSystem.FWI_API, "P300101").by(Post.IRO).action("raise").build());
    sandbox.recordUnchecked(
        UncheckedNote.in(SandboxSystem.LCS_API, iro(SandboxSystem.LCS_API, "W2106"))
            .about("2950")
            .caseId("C-2950")
            .action("raise")
            .answer("track", "CP")
            .build());
    Map<FaultKind, String> xmlReasons =
        Map.of(
            FaultKind.HTML_PAGE,
            "the case system answered a web page (text/html) where XML was expected",
            FaultKind.WRONG_FORMAT,
            "the case system answered application/json where XML was expected",
            FaultKind.MALFORMED_BODY,
            "the page is not XML",
            FaultKind.EMPTY_BODY,
            "the case system answered an empty page where XML was expected",
            FaultKind.WRONG_CONTENT_TYPE,
            "the case system answered text/plain where XML was expected");
    Map<FaultKind, String> jsonReasons =
        Map.of(
            FaultKind.HTML_PAGE,
            "the case system answered a web page (text/html) where JSON was expected",
            FaultKind.WRONG_FORMAT,
            "the case system answered application/xml where JSON was expected",
            FaultKind.MALFORMED_BODY,
            "the page is not JSON",
            FaultKind.EMPTY_BODY,
            "the case system answered an empty page where JSON was expected",
            FaultKind.WRONG_CONTENT_TYPE,
            "the case system answered text/plain where JSON was expected");

    int failures = 0;
    for (FaultKind kind : xmlReasons.keySet()) {
      sandbox.faults(SandboxSystem.FWI_API).arm(Fault.wrongAnswers(kind, 1));
      sandbox.faults(SandboxSystem.LCS_API).arm(Fault.wrongAnswers(kind, 1));

      poll(SandboxSystem.FWI_API);
      poll(SandboxSystem.LCS_API);
      failures++;

      SourceHealth.Status fwi = health.of(SandboxSystem.FWI_API.id()).orElseThrow();
      assertThat(fwi.lastReason()).as(kind.id()).contains(xmlReasons.get(kind));
      assertThat(fwi.failuresInARow()).isEqualTo(failures);
      assertThat(health.of(SandboxSystem.LCS_API.id()).orElseThrow().lastReason())
          .as(kind.id())
          .contains(jsonReasons.get(kind));
    }
    assertThat(disputes.open())
        .noneMatch(d -> List.of("P300101", "2950").contains(d.subject().personId()));
    assertThat(pollLog.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .hasSizeGreaterThanOrEqualTo(10)
        .allSatisfy(
            line ->
                assertThat(line)
                    .doesNotContain("<form", "Sign in", "<items>", "observationPage", "Invented"));

    sandbox.faults(SandboxSystem.FWI_API).arm(Fault.wrongAnswers(FaultKind.HUGE_BODY, 1));
    sandbox.faults(SandboxSystem.LCS_API).arm(Fault.wrongAnswers(FaultKind.HUGE_BODY, 1));
    // A page over iro.screen.most-page-size is asked for again one note a page: the run goes on.
    poll(SandboxSystem.FWI_API);
    poll(SandboxSystem.LCS_API);

    assertThat(openDisputeOf(SandboxSystem.FWI_API, "P300101")).isNotNull();
    assertThat(openDisputeOf(SandboxSystem.LCS_API, "2950")).isNotNull();
    assertThat(health.of(SandboxSystem.FWI_API.id()).orElseThrow().failuresInARow()).isZero();
    assertThat(health.of(SandboxSystem.LCS_API.id()).orElseThrow().failuresInARow()).isZero();
  }

  private void captureThePollLog() {
    pollLog.start();
    ((Logger) LoggerFactory.getLogger(PollCycle.class)).addAppender(pollLog);
  }

  private SandboxWorker iro(SandboxSystem system, String id) {
    return sandbox.roster(system).worker(id);
  }

  /** Records an unchecked raise and returns its note id. */
  private String unchecked(
      SandboxSystem system,
      SandboxWorker author,
      String noteId,
      String personId,
      java.util.function.UnaryOperator<UncheckedNote.Builder> more) {
    UncheckedNote.Builder b =
        UncheckedNote.in(system, author)
            .noteId(noteId)
            .about(personId)
            .action("raise")
            .answer("track", "LAC")
            .text(TEXT);
    if (personId != null) {
      b.caseId("C-" + personId);
    }
    if ("H-NOCASE".equals(noteId)) {
      b.caseId(null);
    }
    return sandbox.recordUnchecked(more.apply(b).build()).noteId();
  }

  private List<DeadLetter> deadLettersOf(java.util.Collection<String> noteIds) {
    return deadLetters.inStatus(DeadLetter.Status.OPEN).stream()
        .filter(d -> noteIds.contains(d.noteId()))
        .toList();
  }

  /**
   * Nothing written back about the notes' children; one mail about each note, "Note not applied" to
   * its author (the IRO), saying what to record again, with no note text.
   */
  private void assertOnlyTheirAuthorTold(
      SandboxSystem system, java.util.Collection<String> noteIds, List<String> people) {
    for (String person : people) {
      assertThat(writtenBackAbout(system, person)).as(person).isEmpty();
    }
    for (String id : noteIds) {
      assertThat(mail.receivedMails())
          .as(id)
          .filteredOn(m -> (m.subject() + m.plainText()).contains(id))
          .singleElement()
          .satisfies(
              m -> {
                assertThat(m.subject()).startsWith("Note not applied");
                assertThat(m.to()).containsExactly("ffion.rees@council.example");
                assertThat(m.plainText()).contains("again").doesNotContain("Robin");
              });
    }
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM processed_notes WHERE note_id LIKE 'H-%'", Integer.class))
        .as("kept out of the intake altogether")
        .isZero();
  }

  private static List<Address> allRecipients(MimeMessage m) throws Exception {
    List<Address> all = new ArrayList<>();
    if (m.getAllRecipients() != null) {
      all.addAll(List.of(m.getAllRecipients()));
    }
    return all;
  }
}

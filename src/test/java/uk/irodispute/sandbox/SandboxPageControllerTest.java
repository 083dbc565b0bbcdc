package uk.irodispute.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The sandbox profile, chosen, and its page's forms (signed in as a console user): record and edit
 * a note, arm and clear a fault, and the child pages each system file's {@code caseLink} points to.
 */
@AutoConfigureMockMvc
@ActiveProfiles("sandbox")
@WithMockUser(roles = "VIEWER")
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {SandboxTests.DATABASE, SandboxTests.DROP_FOLDER})
class SandboxPageControllerTest {

  @Autowired MockMvc mvc;
  @Autowired SandboxCaseSystems sandbox;
  @Autowired SandboxMailServer mail;
  @Autowired Environment environment;

  @Value("${local.sandbox.smtp.port}")
  int publishedSmtpPort;

  @AfterEach
  void clearFaults() {
    sandbox.clearFaults();
  }

  static MockHttpServletRequestBuilder form(String path) {
    return post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED);
  }

  static String redirect(ResultActions result) {
    String location = result.andReturn().getResponse().getHeader("Location");
    return URLDecoder.decode(location, StandardCharsets.UTF_8);
  }

  @Test
  void theSandboxIsNoDefaultProfileAndPublishesItsSmtpPort() {
    assertThat(environment.getActiveProfiles()).containsExactly("sandbox");
    assertThat(environment.getDefaultProfiles()).containsExactly("default");
    assertThat(publishedSmtpPort).isEqualTo(mail.port()).isPositive();
    assertThat(mail.port()).isNotEqualTo(3025);
  }

  @Test
  void theMailListAnswersAMailByAReplyIntoTheAnswersMailbox() throws Exception {
    mail.send(
        "iro-disputes@council.example",
        "robin.ashdown@council.example",
        "Action needed: DRP-2026-000077, Stage 5",
        "Please answer.");
    ReceivedMail sent =
        mail.receivedMails().stream()
            .filter(m -> m.subject().equals("Action needed: DRP-2026-000077, Stage 5"))
            .findFirst()
            .orElseThrow();
    mvc.perform(get("/sandbox"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("action=\"/sandbox/page/mails/reply\"")))
        .andExpect(content().string(containsString("Answer by e-mail")));

    var result =
        mvc.perform(
                form("/sandbox/page/mails/reply")
                    .param("messageId", sent.messageId())
                    .param("from", "robin.ashdown@council.example")
                    .param("text", "Respond\nDone."))
            .andExpect(status().isSeeOther());

    assertThat(redirect(result)).startsWith("/sandbox?done=Replied from robin.ashdown");
    MimeMessage reply =
        Arrays.stream(mail.greenMail().getReceivedMessages())
            .filter(m -> subjectOf(m).equals("Re: Action needed: DRP-2026-000077, Stage 5"))
            .findFirst()
            .orElseThrow();
    assertThat(reply.getHeader("In-Reply-To", null)).isEqualTo(sent.messageId());
    assertThat(reply.getFrom()[0].toString()).isEqualTo("robin.ashdown@council.example");
    assertThat(reply.getAllRecipients()[0].toString()).isEqualTo("iro-disputes@council.example");
    assertThat(reply.getContent().toString().replace("\r\n", "\n"))
        .startsWith("Respond\nDone.")
        .contains("> Please answer.");
  }

  private static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void thePageShowsTheSystemsChildrenAndForms() throws Exception {
    mvc.perform(get("/sandbox"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
        .andExpect(content().string(containsString("Adapter time:")))
        .andExpect(content().string(containsString("Record a dispute note")))
        .andExpect(content().string(containsString("Children in Care North")))
        .andExpect(content().string(containsString("/sandbox/fwi/episode/EP-7001")));
  }

  @Test
  void theRecordFormRecordsANoteInTheChosenSystem() throws Exception {
    var result =
        mvc.perform(
                form("/sandbox/page/notes")
                    .param("subject", "lcs-reporting/1003")
                    .param("author", "iro")
                    .param("action", "raise")
                    .param("track", "LAC")
                    .param("category", "drift-or-delay")
                    .param("startAt", "stage-1")
                    .param("reference", "")
                    .param("text", "Raised from the page."))
            .andExpect(status().isSeeOther())
            .andExpect(header().string("Location", startsWith("/sandbox?done=")));

    String noteId = redirect(result).replaceAll(".*Recorded note (\\d+) .*", "$1");
    RecordedNote note =
        sandbox.notes(SandboxSystem.LCS_REPORTING).stream()
            .filter(n -> n.noteId().equals(noteId))
            .findFirst()
            .orElseThrow();
    assertThat(note.personId()).isEqualTo("1003");
    assertThat(note.authorId()).isEqualTo("506");
    assertThat(note.answers())
        .containsEntry("action", "raise")
        .containsEntry("track", "LAC")
        .containsEntry("startAt", "stage-1")
        .doesNotContainKey("reference");
    assertThat(note.text()).isEqualTo("Raised from the page.");
  }

  @Test
  void aRaiseRecordedWithoutATrackNamesTheChildsTrack() throws Exception {
    var result =
        mvc.perform(
                form("/sandbox/page/notes")
                    .param("subject", "lcs-api/2004")
                    .param("author", "iro")
                    .param("action", "raise")
                    .param("track", "")
                    .param("text", "Raised from the page."))
            .andExpect(status().isSeeOther());

    String noteId = redirect(result).replaceAll(".*Recorded note (\\S+) .*", "$1");
    RecordedNote note =
        sandbox.notes(SandboxSystem.LCS_API).stream()
            .filter(n -> n.noteId().equals(noteId))
            .findFirst()
            .orElseThrow();
    // Child 2004 is on the child protection track in the roster.
    assertThat(note.answers()).containsEntry("action", "raise").containsEntry("track", "CP");
  }

  @Test
  void aFieldTheSystemDoesNotAskReturnsToThePageWithTheReason() throws Exception {
    var result =
        mvc.perform(
                form("/sandbox/page/notes")
                    .param("subject", "fwi-api/P300101")
                    .param("author", "iro")
                    .param("action", "raise")
                    .param("track", "LAC"))
            .andExpect(status().isSeeOther());

    assertThat(redirect(result)).startsWith("/sandbox?error=").contains("no question for 'track'");
  }

  @Test
  void theEditFormSavesANewVersion() throws Exception {
    RecordedNote note =
        sandbox.record(NoteRequest.in(SandboxSystem.LCS_API, "2004").action("raise").build());

    var result =
        mvc.perform(
                form("/sandbox/page/edits")
                    .param("note", "lcs-api/" + note.noteId())
                    .param("action", "")
                    .param("category", "poor-practice")
                    .param("text", ""))
            .andExpect(status().isSeeOther());

    assertThat(redirect(result)).contains("is now version 2");
    RecordedNote edited = sandbox.history(SandboxSystem.LCS_API, note.noteId()).get(1);
    assertThat(edited.answers())
        .containsEntry("action", "raise")
        .containsEntry("category", "poor-practice");
    assertThat(edited.text()).isEqualTo(note.text());
  }

  @Test
  void theFaultFormsArmAndClear() throws Exception {
    mvc.perform(
            form("/sandbox/page/faults")
                .param("system", "lcs-api")
                .param("kind", "slow")
                .param("target", "write-backs")
                .param("times", "2")
                .param("delay", "1s"))
        .andExpect(status().isSeeOther());
    assertThat(sandbox.faults(SandboxSystem.LCS_API).armed())
        .containsExactly(
            new Fault(FaultKind.SLOW, FaultTarget.WRITE_BACKS, 2, Duration.ofSeconds(1)));
    mvc.perform(get("/sandbox"))
        .andExpect(content().string(containsString("slow on write-backs, 2 time(s), PT1S")));

    mvc.perform(form("/sandbox/page/faults/clear").param("system", "lcs-api"))
        .andExpect(status().isSeeOther());
    assertThat(sandbox.faults(SandboxSystem.LCS_API).armed()).isEmpty();
  }

  @Test
  void eachSystemsCaseLinkLeadsToTheChildsPage() throws Exception {
    for (String path :
        List.of(
            "/sandbox/lcs-reporting/person/1001",
            "/sandbox/lcs-api/person/2001",
            "/sandbox/fwi/episode/EP-7001")) {
      mvc.perform(get(path))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("Case notes")));
    }
    mvc.perform(get("/sandbox/lcs-api/person/1001")).andExpect(status().isNotFound());
    mvc.perform(get("/sandbox/fwi/episode/EP-0000")).andExpect(status().isNotFound());
  }
}

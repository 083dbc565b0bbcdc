package uk.irodispute.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import uk.irodispute.config.AcceleratedClock;

/**
 * The sandbox page shows the adapter's time, the notes, what was written back and the mails, with
 * every value escaped.
 */
class SandboxPageTest {

  static final Instant NOW = Instant.parse("2026-06-04T09:30:00Z");

  final Clock clock = AcceleratedClock.startingNow(Clock.fixed(NOW, ZoneOffset.UTC), 1440, null);
  final SandboxCaseSystems sandbox =
      new SandboxCaseSystems(
          clock,
          new ReportingDatabase("jdbc:h2:mem:sandbox-page-test;DB_CLOSE_DELAY=-1", "sa", ""),
          null,
          new LcsTokens(clock, "client", "secret", Duration.ofHours(1)));
  final SandboxMailServer mail = new SandboxMailServer("127.0.0.1", 0);
  final SandboxPage page = new SandboxPage(sandbox, mail, clock, templates());

  /** The templates as Spring Boot's Thymeleaf reads them: {@code classpath:templates/*.html}. */
  static ITemplateEngine templates() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }

  @AfterEach
  void stopMail() {
    mail.close();
  }

  @Test
  void theHomePageShowsTheAdaptersTimeInLondonAndTheClocksSpeed() {
    String html = page.home(null, null);

    assertThat(html)
        .contains("Adapter time: <strong>Thu 4 Jun 2026, 10:30:00</strong> (Europe/London)")
        .contains("running 1440 times real time")
        .contains("127.0.0.1:" + mail.port());
  }

  @Test
  void theFormsOfferEachAnswerFieldAndTheCategoriesForCategoryAlone() {
    String html = page.home(null, null);

    assertThat(html)
        .contains("<input name=\"category\" list=\"categories\">")
        .contains("<input name=\"track\">")
        .contains(
            "<option value=\"drift-or-delay\">Drift or delay in implementing the care plan</option>")
        .contains("<option value=\"iro\">the child&#39;s iro</option>");
  }

  @Test
  void aNotesTextAndAnswersAreEscaped() {
    RecordedNote note =
        sandbox.record(
            NoteRequest.in(SandboxSystem.LCS_API, "2001")
                .action("raise")
                .answer("reason", "<img src=x onerror=alert(1)>")
                .text("<script>alert('x')</script>")
                .build());

    String html =
        page.child(SandboxSystem.LCS_API, sandbox.roster(SandboxSystem.LCS_API).child("2001"));

    assertThat(html)
        .contains(note.noteId())
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .doesNotContain("<script>")
        .doesNotContain("<img");
    assertThat(page.home("<b>done</b>", null)).contains("&lt;b&gt;done&lt;/b&gt;");
  }

  @Test
  void aMailSentToManyIsListedOnceWithItsSubjectEscaped() throws Exception {
    Properties settings = new Properties();
    settings.put("mail.smtp.host", "127.0.0.1");
    settings.put("mail.smtp.port", Integer.toString(mail.port()));
    MimeMessage message = new MimeMessage(Session.getInstance(settings));
    message.setFrom(new InternetAddress("iro-adapter@council.example"));
    message.setRecipients(
        Message.RecipientType.TO, InternetAddress.parse("maya.pennant@council.example"));
    message.setRecipients(
        Message.RecipientType.CC, InternetAddress.parse("greta.wilde@council.example"));
    message.setSubject("DRP-2026-000001 <Stage 1> due Friday");
    message.setText("Please respond by Friday 5pm.");
    Transport.send(message);
    assertThat(mail.greenMail().waitForIncomingEmail(5000, 2)).isTrue();

    assertThat(mail.receivedMails())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.to()).containsExactly("maya.pennant@council.example");
              assertThat(m.cc()).containsExactly("greta.wilde@council.example");
              assertThat(m.subject()).isEqualTo("DRP-2026-000001 <Stage 1> due Friday");
              assertThat(m.plainText()).contains("Please respond by Friday 5pm.");
            });
    assertThat(page.home(null, null))
        .contains("DRP-2026-000001 &lt;Stage 1&gt; due Friday")
        .contains("maya.pennant@council.example");

    mail.purge();
    assertThat(mail.receivedMails()).isEmpty();
  }
}

package uk.irodispute.replies;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import uk.irodispute.core.model.DisputeReference;

/** A mail read into a reply, and the dispute it is matched to. */
class ReplyReadingTest {

  @Test
  void aReplyIsReadWithoutTheQuotedAlert() throws Exception {
    MimeMessage mail = mail("Robin Ashdown <Robin.Ashdown@council.example>");
    mail.setHeader("In-Reply-To", "<alert-1@council.example>");
    mail.setHeader("Authentication-Results", "mx.council.example; dkim=pass header.d=council");
    mail.setText(
        "Respond\nThe move is paused.\n\nOn Mon, 2 Nov 2026, iro-disputes wrote:\n> Action needed");

    mail.saveChanges();
    Reply reply = ReplyReading.read(mail);

    assertThat(reply.from()).isEqualTo("robin.ashdown@council.example");
    assertThat(reply.text()).isEqualTo("Respond\nThe move is paused.");
    assertThat(reply.referencedIds()).containsExactly("<alert-1@council.example>");
    assertThat(reply.authenticationResults()).hasSize(1);
    assertThat(reply.automatic()).isFalse();
    assertThat(reply.toString()).doesNotContain("move", "robin");
  }

  @Test
  void anOutOfOfficeIsAutomaticAndAMailFromSeveralHasNoSender() throws Exception {
    MimeMessage mail = mail("a@council.example");
    mail.addFrom(new InternetAddress[] {new InternetAddress("b@council.example")});
    mail.setHeader("Auto-Submitted", "auto-replied");
    mail.setText("I am away.");

    mail.saveChanges();
    Reply reply = ReplyReading.read(mail);

    assertThat(reply.automatic()).isTrue();
    assertThat(reply.from()).isNull();
  }

  @Test
  void theDisputeIsTheKeptHeadersThenTheReferencedIdsThenTheSubjects() {
    assertThat(reference("DRP-2026-000001", List.of("DRP-2026-000002"), "Re: DRP-2026-000003"))
        .contains(new DisputeReference("DRP-2026-000001"));
    assertThat(reference(null, List.of("<x@y>", "DRP-2026-000002"), "Re: DRP-2026-000003"))
        .contains(new DisputeReference("DRP-2026-000002"));
    assertThat(reference(null, List.of("<x@y>"), "Re: Action needed: DRP-2026-000003, Stage 5"))
        .contains(new DisputeReference("DRP-2026-000003"));
    assertThat(reference(null, List.of(), "Re: your mail")).isEmpty();
  }

  @Test
  void aRefusalQuotesAShortLineAtMost() {
    assertThat(EmailAnswers.excerpt("\n  Thanks, will look.\nMore"))
        .isEqualTo("Thanks, will look.");
    assertThat(EmailAnswers.excerpt("x".repeat(200))).hasSize(EmailAnswers.MOST_QUOTED + 3);
    assertThat(EmailAnswers.excerpt(" \n")).isNull();
  }

  private static Optional<DisputeReference> reference(
      String header, List<String> referenced, String subject) {
    return EmailAnswers.referenceOf(
        new Reply("<r@x>", "a@b", subject, referenced, header, List.of(), false, "Respond"));
  }

  private static MimeMessage mail(String from) throws Exception {
    MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()));
    mail.setFrom(new InternetAddress(from));
    mail.setRecipients(Message.RecipientType.TO, "answers@council.example");
    mail.setSubject("Re: Action needed: DRP-2026-000001, Stage 5");
    return mail;
  }
}

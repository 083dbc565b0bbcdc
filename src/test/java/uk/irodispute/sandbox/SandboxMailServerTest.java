package uk.irodispute.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sandbox's SMTP server keeps a mail sent again with the same idempotency key once, as a
 * mailbox that deduplicates by the adapter's key would.
 */
class SandboxMailServerTest {

  final SandboxMailServer mail = new SandboxMailServer("127.0.0.1", 0);

  @AfterEach
  void stop() {
    mail.close();
  }

  @Test
  void aMailSentTwiceWithTheSameKeyIsListedOnceAndMailsWithoutAKeyEachOnce() throws Exception {
    send("DRP-2026-000001/2/1/mail", "Dispute DRP-2026-000001: Stage 1");
    send("DRP-2026-000001/2/1/mail", "Dispute DRP-2026-000001: Stage 1");
    send("DRP-2026-000001/3/1/mail", "Dispute DRP-2026-000001: Stage 2");
    send(null, "Hello");
    send(null, "Hello");
    assertThat(mail.greenMail().waitForIncomingEmail(5000, 5)).isTrue();

    assertThat(mail.receivedMails())
        .extracting(ReceivedMail::key, ReceivedMail::subject)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "DRP-2026-000001/2/1/mail", "Dispute DRP-2026-000001: Stage 1"),
            org.assertj.core.groups.Tuple.tuple(
                "DRP-2026-000001/3/1/mail", "Dispute DRP-2026-000001: Stage 2"),
            org.assertj.core.groups.Tuple.tuple(null, "Hello"),
            org.assertj.core.groups.Tuple.tuple(null, "Hello"));
  }

  private void send(String key, String subject) throws MessagingException {
    Properties settings = new Properties();
    settings.put("mail.smtp.host", "127.0.0.1");
    settings.put("mail.smtp.port", Integer.toString(mail.port()));
    MimeMessage message = new MimeMessage(Session.getInstance(settings));
    message.setFrom(new InternetAddress("iro-adapter@council.example"));
    message.setRecipients(
        Message.RecipientType.TO, InternetAddress.parse("maya.pennant@council.example"));
    message.setSubject(subject);
    message.setText("Please respond by Friday 5pm.");
    if (key != null) {
      message.setHeader(SandboxMailServer.KEY_HEADER, key);
    }
    Transport.send(message);
  }
}

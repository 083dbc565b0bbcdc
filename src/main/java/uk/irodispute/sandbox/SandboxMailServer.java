package uk.irodispute.sandbox;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox's SMTP server: GreenMail on loopback, taking every mail without authentication, so
 * the adapter's alerts can be read on the sandbox page and in tests.
 */
public final class SandboxMailServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SandboxMailServer.class);

  private final GreenMail greenMail;
  private final String host;

  /**
   * Starts the server.
   *
   * @param host the address to listen on, for example {@code 127.0.0.1}
   * @param port the SMTP port; 0 for any free port
   */
  public SandboxMailServer(String host, int port) {
    this.host = host;
    ServerSetup setup = new ServerSetup(port, host, ServerSetup.PROTOCOL_SMTP);
    greenMail =
        new GreenMail(port == 0 ? setup.dynamicPort() : setup)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    greenMail.start();
    LOG.info("Sandbox SMTP server listening on {}:{}", host, port());
  }

  /** The address it listens on. */
  public String host() {
    return host;
  }

  /** The port it listens on. */
  public int port() {
    return greenMail.getSmtp().getPort();
  }

  /** The GreenMail server itself, for tests that wait for mail. */
  public GreenMail greenMail() {
    return greenMail;
  }

  /** The header the adapter gives each mail its idempotency key in. */
  public static final String KEY_HEADER = "X-IRO-Dispute-Key";

  /**
   * Every mail received, oldest first, once each: GreenMail keeps a copy per recipient, and a mail
   * sent again with the same idempotency key (a retry whose first send was not recorded) is the
   * same mail, as a mailbox that deduplicates by the key would keep it.
   */
  public List<ReceivedMail> receivedMails() {
    Map<String, ReceivedMail> byKey = new LinkedHashMap<>();
    for (MimeMessage message : greenMail.getReceivedMessages()) {
      ReceivedMail mail = read(message);
      byKey.putIfAbsent(mail.key() != null ? "key " + mail.key() : "id " + mail.messageId(), mail);
    }
    return List.copyOf(byKey.values());
  }

  /** Forgets every mail received. */
  public void purge() {
    try {
      greenMail.purgeEmailFromAllMailboxes();
    } catch (Exception e) {
      throw new IllegalStateException("the sandbox could not empty its mailboxes", e);
    }
  }

  @Override
  public void close() {
    greenMail.stop();
  }

  private static ReceivedMail read(MimeMessage message) {
    try {
      Map<String, String> parts = new LinkedHashMap<>();
      collect(message, parts);
      String id = message.getMessageID();
      return new ReceivedMail(
          id == null ? Integer.toHexString(System.identityHashCode(message)) : id,
          message.getSentDate() == null ? null : message.getSentDate().toInstant(),
          addresses(message.getFrom()),
          addresses(message.getRecipients(Message.RecipientType.TO)),
          addresses(message.getRecipients(Message.RecipientType.CC)),
          message.getSubject(),
          parts.get("text/plain"),
          parts.get("text/html"),
          message.getHeader(KEY_HEADER, null));
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("the sandbox could not read a received mail", e);
    }
  }

  private static void collect(Part part, Map<String, String> into)
      throws MessagingException, IOException {
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart body = multipart.getBodyPart(i);
        collect(body, into);
      }
    } else if (part.isMimeType("text/plain")) {
      into.putIfAbsent("text/plain", Objects.toString(part.getContent()));
    } else if (part.isMimeType("text/html")) {
      into.putIfAbsent("text/html", Objects.toString(part.getContent()));
    }
  }

  private static List<String> addresses(Address[] addresses) {
    if (addresses == null) {
      return List.of();
    }
    List<String> list = new ArrayList<>();
    Arrays.stream(addresses).map(Address::toString).forEach(list::add);
    return list;
  }
}

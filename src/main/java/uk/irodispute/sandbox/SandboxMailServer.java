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
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox's SMTP server: GreenMail on loopback, taking every mail without authentication, so
 * the adapter's alerts can be read on the sandbox page and in tests. With an IMAP port it is also
 * the answers mailbox: a person answers an alert by {@link #reply}, as a mail client would.
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
    this(host, port, -1);
  }

  /**
   * Starts the server, with IMAP too when an IMAP port is given.
   *
   * @param imapPort the IMAP port; 0 for any free port, -1 for no IMAP
   */
  public SandboxMailServer(String host, int port, int imapPort) {
    this.host = host;
    ServerSetup smtp = setup(host, port, ServerSetup.PROTOCOL_SMTP);
    ServerSetup[] setups =
        imapPort < 0
            ? new ServerSetup[] {smtp}
            : new ServerSetup[] {smtp, setup(host, imapPort, ServerSetup.PROTOCOL_IMAP)};
    greenMail =
        new GreenMail(setups)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    greenMail.start();
    LOG.info("Sandbox SMTP server listening on {}:{}", host, port());
    if (imapPort >= 0) {
      LOG.info("Sandbox IMAP server listening on {}:{}", host, imapPort());
    }
  }

  private static ServerSetup setup(String host, int port, String protocol) {
    ServerSetup setup = new ServerSetup(port, host, protocol);
    return port == 0 ? setup.dynamicPort() : setup;
  }

  /** The IMAP port; -1 when it has no IMAP. */
  public int imapPort() {
    return greenMail.getImap() == null ? -1 : greenMail.getImap().getPort();
  }

  /**
   * Answers a mail as a mail client does: a reply from {@code from} to the mail's Reply-To (else
   * its sender), its subject with "Re: ", In-Reply-To and References naming it, and the text above
   * the mail quoted. It goes through the SMTP server, like any mail.
   *
   * @param messageId the Message-ID of the mail answered
   * @throws IllegalArgumentException when no mail has that Message-ID
   */
  public void reply(String messageId, String from, String text) {
    MimeMessage original =
        Arrays.stream(greenMail.getReceivedMessages())
            .filter(m -> messageId.equals(messageIdOf(m)))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no mail has that Message-ID"));
    try {
      Address[] replyTo = original.getReplyTo();
      ReceivedMail read = read(original);
      String quoted =
          read.plainText() == null
              ? ""
              : "\n\nOn "
                  + original.getSentDate()
                  + ", "
                  + String.join(", ", read.from())
                  + " wrote:\n> "
                  + String.join("\n> ", read.plainText().lines().toList());
      MimeMessage reply = message(from, replyTo[0].toString(), "Re: " + original.getSubject());
      reply.setHeader("In-Reply-To", messageId);
      reply.setHeader("References", messageId);
      reply.setText(text + quoted, "UTF-8");
      Transport.send(reply);
    } catch (MessagingException e) {
      throw new IllegalStateException("the sandbox could not send the reply", e);
    }
  }

  /** Sends a plain mail through the SMTP server: a mail that answers nothing, or a forged one. */
  public void send(String from, String to, String subject, String text) {
    try {
      MimeMessage mail = message(from, to, subject);
      mail.setText(text, "UTF-8");
      Transport.send(mail);
    } catch (MessagingException e) {
      throw new IllegalStateException("the sandbox could not send the mail", e);
    }
  }

  private MimeMessage message(String from, String to, String subject) throws MessagingException {
    Properties smtp = new Properties();
    smtp.setProperty("mail.smtp.host", host);
    smtp.setProperty("mail.smtp.port", Integer.toString(port()));
    MimeMessage mail = new MimeMessage(Session.getInstance(smtp));
    mail.setFrom(new InternetAddress(from));
    mail.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
    mail.setSubject(subject, "UTF-8");
    return mail;
  }

  private static String messageIdOf(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (MessagingException e) {
      return null;
    }
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

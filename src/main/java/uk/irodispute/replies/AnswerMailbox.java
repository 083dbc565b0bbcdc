package uk.irodispute.replies;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.net.URI;
import java.util.Properties;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLSocketFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.irodispute.privacy.FailureText;

/**
 * The answers mailbox, read over IMAP or IMAPS. A run takes each unseen mail in the folder in turn,
 * reading it without marking it (IMAP's peek), and marks it seen once {@link EmailAnswers} has
 * committed what it made of it. So each reply is taken once, across restarts and nodes: a reply
 * whose run stopped half way stays unseen and is taken again, which its keys make harmless. The
 * route runs on one node at a time (a clustered Quartz trigger, as the polls).
 */
public class AnswerMailbox {

  private static final Logger LOG = LoggerFactory.getLogger(AnswerMailbox.class);

  /** The most replies one run takes; the rest wait for the next run. */
  static final int MOST_A_RUN = 200;

  private final AnswerSettings settings;
  private final UnaryOperator<String> placeholders;
  private final EmailAnswers answers;
  private final SSLSocketFactory trust;
  private final FailureText failures;

  /**
   * @param placeholders resolves what is left of the URL's placeholders when the mailbox is read
   *     (the sandbox's IMAP port is known only once its mail server has started)
   * @param trust the council's trust store as a socket factory; null for the runtime's own CAs
   */
  public AnswerMailbox(
      AnswerSettings settings,
      UnaryOperator<String> placeholders,
      EmailAnswers answers,
      SSLSocketFactory trust,
      FailureText failures) {
    this.settings = settings;
    this.placeholders = placeholders;
    this.answers = answers;
    this.trust = trust;
    this.failures = failures;
  }

  /**
   * Reads the mailbox once.
   *
   * @return how many replies were taken or refused
   * @throws MessagingException when the mailbox cannot be reached; nothing is marked then
   */
  public int read() throws MessagingException {
    if (!settings.enabled()) {
      return 0;
    }
    URI url = URI.create(placeholders.apply(settings.url()));
    String protocol = url.getScheme();
    if (!"imap".equals(protocol) && !"imaps".equals(protocol)) {
      throw new IllegalStateException(
          "iro.answers.url must start with imaps:// (or imap://), not " + protocol + "://");
    }
    Session session = Session.getInstance(properties(protocol));
    int done = 0;
    try (Store store = session.getStore(protocol)) {
      store.connect(url.getHost(), url.getPort(), settings.username(), settings.password());
      try (Folder folder = store.getFolder(settings.folder())) {
        folder.open(Folder.READ_WRITE);
        Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
        for (Message message : unseen) {
          if (done >= MOST_A_RUN) {
            break;
          }
          if (takeOne((MimeMessage) message)) {
            message.setFlag(Flags.Flag.SEEN, true);
            done++;
          }
        }
      }
    }
    return done;
  }

  /** Takes one reply; false when it failed, leaving it unseen for the next run. */
  private boolean takeOne(MimeMessage message) {
    try {
      answers.take(ReplyReading.read(message));
      return true;
    } catch (MessagingException | IOException | RuntimeException e) {
      LOG.warn(
          "A reply in the answers mailbox could not be taken; it is tried again at the next run: {}",
          failures.describe(e));
      return false;
    }
  }

  private Properties properties(String protocol) {
    Properties p = new Properties();
    String prefix = "mail." + protocol + ".";
    p.setProperty(prefix + "peek", "true");
    p.setProperty(prefix + "connectiontimeout", "10000");
    p.setProperty(prefix + "timeout", "30000");
    p.setProperty(prefix + "writetimeout", "30000");
    if ("imaps".equals(protocol)) {
      p.setProperty(prefix + "ssl.checkserveridentity", "true");
      if (trust != null) {
        p.put(prefix + "ssl.socketFactory", trust);
      }
    }
    return p;
  }
}

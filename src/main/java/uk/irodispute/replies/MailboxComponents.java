package uk.irodispute.replies;

import java.util.Properties;
import javax.net.ssl.SSLSocketFactory;
import org.apache.camel.component.mail.MailComponent;
import org.apache.camel.component.mail.MailConfiguration;

/**
 * The Camel components {@code routes/answers.yaml} reads the mailbox through, {@code imaps} and
 * {@code imap}, set up from {@link AnswerSettings}: the user and password never appear in an
 * endpoint URI or a log. Reading peeks (IMAP's {@code BODY.PEEK}), so a mail read is not marked
 * seen until the consumer marks it. Over IMAPS the server's certificate must chain to a trusted
 * authority (the runtime's, or the council's trust store) and name the host. Connecting gives up
 * after 10 seconds, reading and writing after 30.
 */
public final class MailboxComponents {

  private MailboxComponents() {}

  /**
   * @param protocol {@code imaps} or {@code imap}
   * @param trust the council's trust store as a socket factory; null for the runtime's own CAs
   */
  public static MailComponent of(String protocol, AnswerSettings settings, SSLSocketFactory trust) {
    MailConfiguration config = new MailConfiguration();
    config.setUsername(settings.username());
    config.setPassword(settings.password());
    config.setConnectionTimeout(10_000);
    config.setAdditionalJavaMailProperties(javaMail(protocol, trust));
    MailComponent component = new MailComponent();
    component.setConfiguration(config);
    return component;
  }

  /** The Jakarta Mail properties of a session reading the mailbox. */
  static Properties javaMail(String protocol, SSLSocketFactory trust) {
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

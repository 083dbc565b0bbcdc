package uk.irodispute.replies;

import java.util.Locale;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The mailbox answers by e-mail are read from ({@code iro.answers.*}). The password is left out of
 * {@code toString}.
 *
 * @param enabled whether alerts name the mailbox as their Reply-To and it is read; off by default
 * @param address the mailbox's own address, set as the Reply-To of alerts that ask for an answer
 * @param url {@code imaps://host:993} (or {@code imap://host:143}, on loopback only in the sandbox)
 * @param username the mailbox's user
 * @param password from the environment ({@code IRO_ANSWERS_PASSWORD}); never in a file
 * @param folder the folder replies arrive in
 * @param everyMillis how often the mailbox is read
 * @param requireAuthenticationResults take a reply only when the council's mail server recorded
 *     {@code dkim=pass} or {@code dmarc=pass} for it in an {@code Authentication-Results} header
 * @param authenticationServer the council's mail server's name in {@code Authentication-Results}
 *     (its authserv-id); empty to trust any such header
 */
@ConfigurationProperties("iro.answers")
public record AnswerSettings(
    boolean enabled,
    String address,
    String url,
    String username,
    String password,
    String folder,
    long everyMillis,
    boolean requireAuthenticationResults,
    String authenticationServer) {

  /** Hosts an {@code imap://} URL may name: the connection is in clear. */
  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");

  /**
   * @throws IllegalArgumentException when answers are on without an address or URL, or with a URL
   *     that is not IMAPS (IMAP in clear only on loopback)
   */
  public AnswerSettings {
    folder = folder == null || folder.isBlank() ? "INBOX" : folder.strip();
    everyMillis = everyMillis <= 0 ? 60_000 : everyMillis;
    authenticationServer = authenticationServer == null ? "" : authenticationServer.strip();
    if (enabled) {
      if (address == null || !address.contains("@")) {
        throw new IllegalArgumentException(
            "iro.answers.address (IRO_ANSWERS_ADDRESS) must be the answers mailbox's address");
      }
      String given = url == null ? "" : url.strip();
      if (given.startsWith("imap://")) {
        String host = given.substring("imap://".length()).split("[:/]", 2)[0];
        if (!LOOPBACK.contains(host.toLowerCase(Locale.ROOT))) {
          throw new IllegalArgumentException(
              "iro.answers.url (IRO_ANSWERS_URL) reads the mailbox in clear: use imaps://"
                  + " (imap:// only on loopback)");
        }
      } else if (!given.startsWith("imaps://")) {
        throw new IllegalArgumentException(
            "iro.answers.url (IRO_ANSWERS_URL) must be imaps://host:993, not '" + given + "'");
      }
    }
  }

  /** The Reply-To alerts carry; null when answers by e-mail are off. */
  public String replyTo() {
    return enabled && address != null && !address.isBlank() ? address.strip() : null;
  }

  @Override
  public String toString() {
    return "AnswerSettings[enabled="
        + enabled
        + ", address="
        + address
        + ", url="
        + url
        + ", username="
        + username
        + ", folder="
        + folder
        + "]";
  }
}

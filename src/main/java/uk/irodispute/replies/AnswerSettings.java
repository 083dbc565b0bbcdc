package uk.irodispute.replies;

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

  public AnswerSettings {
    folder = folder == null || folder.isBlank() ? "INBOX" : folder.strip();
    everyMillis = everyMillis <= 0 ? 60_000 : everyMillis;
    authenticationServer = authenticationServer == null ? "" : authenticationServer.strip();
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

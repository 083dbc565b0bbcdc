package uk.irodispute.replies;

import java.util.Locale;
import java.util.Set;
import org.quartz.CronExpression;
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
 * @param cron when the mailbox is read: a Quartz cron expression, every minute by default
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
    String cron,
    boolean requireAuthenticationResults,
    String authenticationServer) {

  /** Every minute, at the minute. */
  public static final String EVERY_MINUTE = "0 * * * * ?";

  /** Hosts an {@code imap://} URL may name: the connection is in clear. */
  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");

  /** A setting start-up refuses, named so that the {@code validate} command can show its line. */
  public static final class InvalidSetting extends IllegalArgumentException {
    private final String setting;

    InvalidSetting(String setting, String message) {
      super(message);
      this.setting = setting;
    }

    /** The setting at fault. */
    public String setting() {
      return setting;
    }
  }

  /**
   * @throws InvalidSetting when answers are on without an address, URL or user, with a URL that is
   *     not IMAPS (IMAP in clear only on loopback), or with a schedule that is not a cron
   *     expression
   */
  public AnswerSettings {
    folder = folder == null || folder.isBlank() ? "INBOX" : folder.strip();
    cron = cron == null || cron.isBlank() ? EVERY_MINUTE : cron.strip();
    authenticationServer = authenticationServer == null ? "" : authenticationServer.strip();
    if (enabled) {
      requireAddress(address);
      requireImaps(url);
      if (username == null || username.isBlank()) {
        throw new InvalidSetting(
            "iro.answers.username",
            "iro.answers.username (IRO_ANSWERS_USER) must be the answers mailbox's user");
      }
      if (!CronExpression.isValidExpression(cron)) {
        throw new InvalidSetting(
            "iro.answers.cron",
            "iro.answers.cron (IRO_ANSWERS_CRON) must be a Quartz cron expression such as '"
                + EVERY_MINUTE
                + "', not '"
                + cron
                + "'");
      }
    }
  }

  private static void requireAddress(String address) {
    if (address == null || !address.contains("@")) {
      throw new InvalidSetting(
          "iro.answers.address",
          "iro.answers.address (IRO_ANSWERS_ADDRESS) must be the answers mailbox's address");
    }
  }

  private static void requireImaps(String url) {
    String given = url == null ? "" : url.strip();
    if (given.startsWith("imap://")) {
      String host = hostOf(given.substring("imap://".length()));
      if (!LOOPBACK.contains(host.toLowerCase(Locale.ROOT))) {
        throw new InvalidSetting(
            "iro.answers.url",
            "iro.answers.url (IRO_ANSWERS_URL) reads the mailbox in clear: use imaps://"
                + " (imap:// only on loopback)");
      }
    } else if (!given.startsWith("imaps://")) {
      throw new InvalidSetting(
          "iro.answers.url",
          "iro.answers.url (IRO_ANSWERS_URL) must be imaps://host:993, not '" + given + "'");
    }
  }

  /** The host an IMAP URL names after its scheme: an IPv6 address with its brackets. */
  private static String hostOf(String rest) {
    int close = rest.indexOf(']');
    if (rest.startsWith("[") && close > 0) {
      return rest.substring(0, close + 1);
    }
    return rest.split("[:/]", 2)[0];
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
        + ", cron="
        + cron
        + "]";
  }
}

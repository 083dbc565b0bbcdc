package uk.irodispute.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.irodispute.core.protocol.ProtocolRegistry;
import uk.irodispute.core.protocol.RoleDefinition;
import uk.irodispute.delivery.Delivery;
import uk.irodispute.delivery.Languages;
import uk.irodispute.delivery.Wording;
import uk.irodispute.directory.Directory;
import uk.irodispute.directory.DirectoryPerson;
import uk.irodispute.reports.DigestContent;
import uk.irodispute.reports.DigestMail;
import uk.irodispute.reports.DigestProperties;
import uk.irodispute.reports.DigestWords;
import uk.irodispute.reports.OversightDigest;
import uk.irodispute.reports.StoredHistories;

/**
 * What {@code routes/reports.yaml} calls: composes this week's oversight digest and queues it in
 * the outbox as one mail to the people holding the configured role in the staff directory's default
 * area, in the language they chose (else the default area's). The mail's idempotency key names the
 * role and the ISO week, so a week's digest is queued once however often the route runs.
 */
public class DigestSending {

  /** The outbox's system column for the digest, which belongs to no case system. */
  public static final String SYSTEM_ID = "oversight-digest";

  private static final Logger LOG = LoggerFactory.getLogger(DigestSending.class);

  private final StoredHistories histories;
  private final OversightDigest digest;
  private final Directory directory;
  private final ProtocolRegistry protocols;
  private final Predicate<Delivery> outbox;
  private final DigestProperties settings;
  private final Wording wording;
  private final Clock clock;

  /**
   * @param outbox queues a delivery in the outbox; false when one with its key was queued before
   * @param wording the built-in wording with the council's overrides
   */
  public DigestSending(
      StoredHistories histories,
      OversightDigest digest,
      Directory directory,
      ProtocolRegistry protocols,
      Predicate<Delivery> outbox,
      DigestProperties settings,
      Wording wording,
      Clock clock) {
    this.histories = histories;
    this.digest = digest;
    this.directory = directory;
    this.protocols = protocols;
    this.outbox = outbox;
    this.settings = settings;
    this.wording = wording;
    this.clock = clock;
  }

  /** The idempotency key of a week's digest to a role. */
  public static String key(String role, String week) {
    return "oversight-digest/" + role + "/" + week;
  }

  /**
   * Queues this week's digest.
   *
   * @return false when this week's was queued before, or there is nobody to send it to
   */
  public boolean queue() {
    Instant now = clock.instant();
    DigestContent content =
        digest.compose(histories.activeBetween(now.minus(OversightDigest.WEEK), now), now);
    String role = settings.role();
    List<String> to =
        directory.holding(role, List.of()).stream()
            .map(DirectoryPerson::email)
            .filter(e -> e != null && !e.isBlank())
            .toList();
    String nobodyInRole = null;
    if (to.isEmpty()) {
      to = directory.operations();
      nobodyInRole = role;
    }
    if (to.isEmpty()) {
      LOG.warn(
          "The oversight digest for week {} has nobody to go to: no one holds role {} and the"
              + " directory names no operations mailbox",
          content.week(),
          role);
      return false;
    }
    String language = new Languages(directory).ofMail(to);
    DigestMail mail =
        DigestMail.of(content, roleName(role), nobodyInRole, DigestWords.of(wording, language));
    boolean queued =
        outbox.test(
            new Delivery.Mail(
                key(role, content.week()),
                null,
                SYSTEM_ID,
                to,
                List.of(),
                mail.subject(),
                mail.plainText(),
                mail.html(),
                null));
    LOG.info(
        "Oversight digest for week {} to role {}: {}",
        content.week(),
        role,
        queued ? "queued" : "already queued this week");
    return queued;
  }

  /** The role's name as a loaded protocol gives it, else its id. */
  private String roleName(String role) {
    return protocols.latest().stream()
        .flatMap(p -> p.role(role).stream())
        .map(RoleDefinition::name)
        .findFirst()
        .orElse(role);
  }
}

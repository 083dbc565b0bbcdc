package uk.irodispute.sending;

import jakarta.activation.DataHandler;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.attachment.AttachmentMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import uk.irodispute.connections.AuthHeaders;
import uk.irodispute.connections.RetryAfter;
import uk.irodispute.connections.SystemConnections;
import uk.irodispute.delivery.AnswerPlanner;
import uk.irodispute.delivery.Delivery;
import uk.irodispute.directory.MailAddresses;
import uk.irodispute.logging.LogContext;
import uk.irodispute.privacy.FailureText;
import uk.irodispute.store.Outbox;
import uk.irodispute.store.OutboxItem;
import uk.irodispute.systems.SystemDefinition;
import uk.irodispute.systems.SystemRegistry;
import uk.irodispute.systems.WriteBack;

/**
 * What {@code routes/deliver.yaml} calls: claim due outbox items, turn each into the message its
 * endpoint expects, and record the result. The rendered content comes from the outbox; where it
 * goes and how to authenticate come from the system file now, so a corrected file and a replay put
 * right a delivery that failed. Headers are set on one line whatever the outbox holds, mail goes
 * only to plain addresses, and a file only inside its drop folder.
 */
public class OutboxSending {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxSending.class);

  /** Exchange property: the outbox item's id. */
  public static final String ITEM_ID = "outboxItemId";

  /** Exchange property: http, table, file or mail, for the route's choice. */
  public static final String KIND = "deliveryKind";

  /** The {@link #KIND} of an item whose claim was lost: the route stops without sending it. */
  public static final String CLAIM_LOST = "claim-lost";

  /** Exchange property: the Camel registry name of the integration table's data source. */
  public static final String DATA_SOURCE = "deliveryDataSource";

  /** Exchange property: the folder a file is dropped in. */
  public static final String FOLDER = "deliveryFolder";

  /**
   * The mail header that carries an alert's dispute reference, which a reply may keep; answers by
   * e-mail are matched by it, or by the reference in the subject.
   */
  public static final String DISPUTE_HEADER = "X-IRO-Dispute";

  /** The mail header that carries the idempotency key. */
  public static final String KEY_HEADER = "X-IRO-Dispute-Key";

  /** The file name of a meeting invitation sent with an alert. */
  static final String INVITATION_FILE = "invitation.ics";

  /** Exchange property: the system the item is delivered for, for counting. */
  static final String TARGET = "deliveryTarget";

  /** Exchange property: the dispute the item is about, for the log; none for a digest. */
  static final String REFERENCE = "deliveryReference";

  /** Exchange property: the {@link DeliveredMarks} of this round's items. */
  static final String WENT = "outboxWent";

  /** Exchange property: how many items this drain has claimed. */
  static final String CLAIMED = "outboxClaimed";

  /**
   * A drain claims again after each round, since delivering an item may free the next of its
   * dispute, until nothing is due or it has claimed this many items.
   */
  static final int MOST_ITEMS = 1000;

  /** The SQL state of a unique-key violation, on PostgreSQL and H2 alike. */
  private static final String UNIQUE_VIOLATION = "23505";

  private final Outbox outbox;
  private final SystemRegistry systems;
  private final SystemConnections connections;
  private final AuthHeaders auth;
  private final Clock clock;
  private final FailureText failures;
  private final int senders;
  private final DeliveryEvents events;
  private final String answersAddress;

  public OutboxSending(
      Outbox outbox,
      SystemRegistry systems,
      SystemConnections connections,
      AuthHeaders auth,
      Clock clock,
      FailureText failures,
      int senders,
      DeliveryEvents events) {
    this(outbox, systems, connections, auth, clock, failures, senders, events, null);
  }

  /**
   * @param answersAddress the mailbox answers by e-mail go to: the Reply-To of every alert about a
   *     dispute; null when answers by e-mail are off
   */
  public OutboxSending(
      Outbox outbox,
      SystemRegistry systems,
      SystemConnections connections,
      AuthHeaders auth,
      Clock clock,
      FailureText failures,
      int senders,
      DeliveryEvents events,
      String answersAddress) {
    this.answersAddress = answersAddress;
    this.events = events;
    this.outbox = outbox;
    this.clock = clock;
    this.failures = failures;
    this.systems = systems;
    this.connections = connections;
    this.auth = auth;
    this.senders = senders;
  }

  /**
   * The items due now and first in line for their dispute, claimed for this node: as many as a
   * round sends at once (one a sender), so that no claimed item waits in flight for a sender while
   * others go; none once the drain has claimed {@value #MOST_ITEMS}.
   */
  public List<OutboxItem> claim(Exchange exchange) {
    int claimed = exchange.getProperty(CLAIMED, 0, Integer.class);
    exchange.setProperty(WENT, new DeliveredMarks(outbox));
    if (claimed >= MOST_ITEMS) {
      return List.of();
    }
    List<OutboxItem> items = outbox.claimDue(senders);
    exchange.setProperty(CLAIMED, claimed + items.size());
    return items;
  }

  /**
   * The round's sends are over: once the items that went are all marked delivered (see {@link
   * DeliveredMarks}: each is marked as it goes, several in one statement when they go at once), the
   * drain claims again.
   */
  public void roundDone(Exchange exchange) {
    DeliveredMarks went = exchange.getProperty(WENT, DeliveredMarks.class);
    if (went != null) {
      went.roundDone();
    }
  }

  /**
   * Turns the item in the body into the message for its endpoint, once its claim is renewed; an
   * item whose claim another node took over is marked {@value #CLAIM_LOST} and not sent.
   */
  public void prepare(Exchange exchange) {
    OutboxItem item = exchange.getIn().getBody(OutboxItem.class);
    exchange.setProperty(TARGET, item.systemId());
    exchange.setProperty(REFERENCE, item.reference());
    try (LogContext logged = LogContext.dispute(item.systemId(), item.reference())) {
      prepareItem(exchange, item);
    }
  }

  private void prepareItem(Exchange exchange, OutboxItem item) {
    if (!outbox.renewClaim(item)) {
      LOG.info("Outbox item {}: its claim was taken over by another sender; not sent", item.id());
      exchange.setProperty(KIND, CLAIM_LOST);
      return;
    }
    exchange.setProperty(ITEM_ID, item.id());
    Message in = exchange.getIn();
    in.removeHeaders("*");
    Delivery delivery = item.delivery();
    exchange.setProperty(KIND, kindOf(delivery));
    events.attempted(item.systemId(), kindOf(delivery));
    if (delivery instanceof Delivery.HttpRequest http) {
      prepareHttp(exchange, http);
    } else if (delivery instanceof Delivery.TableRow row) {
      exchange.setProperty(KIND, "table");
      exchange.setProperty(DATA_SOURCE, connections.writeBackDataSource(system(row.systemId())));
      WriteBack.Table table = (WriteBack.Table) system(row.systemId()).writeBack();
      in.setHeader("CamelSqlQuery", table.insert());
      in.setBody(Map.copyOf(row.values()));
    } else if (delivery instanceof Delivery.FileDrop file) {
      exchange.setProperty(KIND, "file");
      WriteBack.FileDrop drop = (WriteBack.FileDrop) system(file.systemId()).writeBack();
      Path folder = drop.folder().toAbsolutePath().normalize();
      exchange.setProperty(FOLDER, folder.toString());
      in.setHeader(Exchange.FILE_NAME, insideFolder(folder, file));
      in.setBody(file.body());
    } else if (delivery instanceof Delivery.Mail mail) {
      prepareMail(exchange, mail);
    }
  }

  /** The {@link #KIND} of a delivery: http, table, file or mail. */
  static String kindOf(Delivery delivery) {
    if (delivery instanceof Delivery.HttpRequest) {
      return "http";
    }
    if (delivery instanceof Delivery.TableRow) {
      return "table";
    }
    if (delivery instanceof Delivery.FileDrop) {
      return "file";
    }
    return "mail";
  }

  private void prepareHttp(Exchange exchange, Delivery.HttpRequest http) {
    exchange.setProperty(KIND, "http");
    SystemDefinition system = system(http.systemId());
    WriteBack.Http target = (WriteBack.Http) system.writeBack();
    Message in = exchange.getIn();
    http.headers().forEach((name, value) -> in.setHeader(name, oneLine(value)));
    in.setHeader(Exchange.HTTP_URI, target.baseUrl() + http.path());
    in.setHeader(Exchange.HTTP_METHOD, http.method());
    in.setHeader(Exchange.CONTENT_TYPE, http.contentType() + "; charset=UTF-8");
    in.setHeader("Idempotency-Key", oneLine(http.idempotencyKey()));
    auth.authorization(system.id(), system.auth())
        .ifPresent(value -> in.setHeader("Authorization", value));
    in.setBody(http.body());
  }

  private void prepareMail(Exchange exchange, Delivery.Mail mail) {
    exchange.setProperty(KIND, "mail");
    Message in = exchange.getIn();
    List<String> to = plain(mail.to());
    List<String> cc = plain(mail.cc());
    if (to.isEmpty()) {
      throw new IllegalStateException(
          "mail " + oneLine(mail.idempotencyKey()) + " has no plain address to send to");
    }
    if (to.size() < mail.to().size() || cc.size() < mail.cc().size()) {
      LOG.warn(
          "Mail {}: an address that is not one plain address is left out",
          oneLine(mail.idempotencyKey()));
    }
    in.setHeader("To", String.join(",", to));
    if (!cc.isEmpty()) {
      in.setHeader("Cc", String.join(",", cc));
    }
    in.setHeader("Subject", oneLine(mail.subject()));
    in.setHeader(KEY_HEADER, oneLine(mail.idempotencyKey()));
    if (mail.reference() != null && !mail.writesCaseNote()) {
      in.setHeader(DISPUTE_HEADER, oneLine(mail.reference()));
      if (answersAddress != null && !mail.idempotencyKey().startsWith(AnswerPlanner.KEY_PREFIX)) {
        in.setHeader("Reply-To", answersAddress);
      }
    }
    if (mail.html() != null) {
      in.setHeader(Exchange.CONTENT_TYPE, "text/html; charset=UTF-8");
      in.setHeader("CamelMailAlternativeBody", mail.plainText());
      in.setBody(mail.html());
    } else {
      in.setHeader(Exchange.CONTENT_TYPE, "text/plain; charset=UTF-8");
      in.setBody(mail.plainText());
    }
    if (mail.calendar() != null) {
      exchange
          .getIn(AttachmentMessage.class)
          .addAttachment(
              INVITATION_FILE,
              new DataHandler(
                  new ByteArrayDataSource(
                      mail.calendar().getBytes(StandardCharsets.UTF_8),
                      Delivery.Mail.CALENDAR_TYPE)));
    }
  }

  /**
   * The file's name, checked once more: one plain name (no separator, not {@code .} or {@code ..},
   * no control character) that stays inside the drop folder.
   *
   * @throws IllegalArgumentException for any other, which the delivery then fails with
   */
  static String insideFolder(Path folder, Delivery.FileDrop file) {
    String name = file.fileName();
    boolean plain =
        name != null
            && !name.isBlank()
            && !name.equals(".")
            && !name.equals("..")
            && name.indexOf('/') < 0
            && name.indexOf('\\') < 0
            && name.chars().noneMatch(Character::isISOControl);
    if (!plain || !folder.resolve(name).normalize().getParent().equals(folder)) {
      throw new IllegalArgumentException(
          "the file name of "
              + oneLine(file.idempotencyKey())
              + " is not one plain name inside the drop folder: it is not written");
    }
    return name;
  }

  /** The addresses that are one plain address each, stripped. */
  private static List<String> plain(List<String> addresses) {
    return addresses.stream()
        .filter(a -> a != null && MailAddresses.isPlain(a.strip()))
        .map(String::strip)
        .toList();
  }

  /** A header value on one line: control characters (line ends first) become spaces. */
  static String oneLine(String value) {
    if (value == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(value.length());
    value
        .chars()
        .forEach(
            c ->
                out.append(
                    Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : (char) c));
    return out.toString().strip();
  }

  /**
   * The item went: marked delivered with its round's {@link DeliveredMarks}, or by itself when it
   * was sent outside a drain's rounds.
   */
  public void delivered(Exchange exchange) {
    Long id = exchange.getProperty(ITEM_ID, Long.class);
    DeliveredMarks went = exchange.getProperty(WENT, DeliveredMarks.class);
    if (went != null) {
      went.went(id);
    } else {
      outbox.went(List.of(id));
    }
    events.delivered(target(exchange), exchange.getProperty(KIND, String.class));
  }

  private static String target(Exchange exchange) {
    return exchange.getProperty(TARGET, String.class);
  }

  private static String reference(Exchange exchange) {
    return exchange.getProperty(REFERENCE, String.class);
  }

  /**
   * The item did not go: tried again after its back-off (and not before a {@code Retry-After} the
   * target gave), or dead after the last attempt. An integration table that refuses the row for a
   * unique key holds it already, from an earlier attempt whose result was not recorded: the item is
   * delivered. The error recorded (the outbox's last error, a dead letter's reason) is the failure
   * as {@link FailureText} words it: every secret redacted, never a body.
   */
  public void failed(Exchange exchange) {
    Long id = exchange.getProperty(ITEM_ID, Long.class);
    if (id == null) {
      return;
    }
    try (LogContext logged = LogContext.dispute(target(exchange), reference(exchange))) {
      recordFailure(exchange, id);
    }
  }

  private void recordFailure(Exchange exchange, long id) {
    Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
    if ("table".equals(exchange.getProperty(KIND)) && uniqueKeyRefused(cause)) {
      LOG.info("Outbox item {}: the integration table holds its key already; delivered", id);
      outbox.went(List.of(id));
      events.delivered(target(exchange), "table");
      return;
    }
    events.failed(target(exchange), exchange.getProperty(KIND, String.class));
    String error = failures.describe(cause);
    Instant notBefore = RetryAfter.of(cause, clock).orElse(null);
    try {
      outbox.failed(id, error, notBefore);
    } catch (DataAccessException e) {
      LOG.warn(
          "Outbox item {}: its failed attempt could not be recorded ({}); recorded before the"
              + " next claim",
          id,
          e.getClass().getSimpleName());
      outbox.failedLater(id, error, notBefore);
    }
  }

  static boolean uniqueKeyRefused(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof DuplicateKeyException) {
        return true;
      }
      if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private SystemDefinition system(String id) {
    return systems
        .byId(id)
        .orElseThrow(
            () -> new IllegalStateException("no system file with id '" + id + "' is loaded"));
  }
}

package uk.irodispute.sending;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.irodispute.delivery.Delivery;
import uk.irodispute.store.DeliveryKind;
import uk.irodispute.store.HeldDeliveries;
import uk.irodispute.store.OutboxItem;
import uk.irodispute.systems.SystemDefinition;
import uk.irodispute.systems.SystemRegistry;
import uk.irodispute.systems.WriteBack;

/**
 * What {@code routes/deliver.yaml} calls instead of sending during a dry run ({@code iro.dry-run}):
 * logs what would have gone and where, and holds the outbox item (see {@link HeldDeliveries}). The
 * log names the kind, the system, the dispute, the key and the target (the write-back's method and
 * URL template, table or folder; for a mail, how many recipients): never the content, an address or
 * a value rendered from the case.
 */
@Component("dryRunDeliveries")
public class DryRunDeliveries {

  private static final Logger LOG = LoggerFactory.getLogger(DryRunDeliveries.class);

  private static final Pattern TABLE =
      Pattern.compile("(?i)\\binsert\\s+into\\s+([^\\s(]+)", Pattern.DOTALL);

  private final HeldDeliveries held;
  private final SystemRegistry systems;

  public DryRunDeliveries(
      HeldDeliveries held, SystemRegistry systems, @Value("${iro.dry-run:false}") boolean dryRun) {
    this.held = held;
    this.systems = systems;
    if (dryRun) {
      LOG.warn(
          "Dry run (iro.dry-run): notes are polled and decided, disputes and events stored, but"
              + " nothing is written to the case systems or sent by mail; each delivery is logged"
              + " and held in the outbox until operations send or discard it");
    }
  }

  /** Logs the claimed item in the body as not sent, and holds it; one taken over is left alone. */
  public void hold(Exchange exchange) {
    OutboxItem item = exchange.getIn().getBody(OutboxItem.class);
    if (!held.hold(item)) {
      LOG.info("Outbox item {}: its claim was taken over by another sender; not held", item.id());
      return;
    }
    LOG.info(
        "Dry run, not sent: outbox item {}, {} for system {}, dispute {}, key {}: {}",
        item.id(),
        DeliveryKind.of(item.delivery()),
        item.systemId(),
        item.reference() == null ? "none" : item.reference(),
        item.idempotencyKey(),
        target(item.delivery()));
  }

  /** Where the delivery would have gone, from the system file; never a rendered value. */
  String target(Delivery delivery) {
    if (delivery instanceof Delivery.Mail mail) {
      return delivery.writesCaseNote()
          ? "a note mailed to the case system's inbox (" + count(mail.to().size(), "address") + ")"
          : "an alert mailed to "
              + count(mail.to().size(), "recipient")
              + ", "
              + mail.cc().size()
              + " copied";
    }
    Optional<WriteBack> writeBack =
        systems.byId(delivery.systemId()).map(SystemDefinition::writeBack);
    if (writeBack.isEmpty()) {
      return "no system file with id '" + delivery.systemId() + "' is loaded";
    }
    if (writeBack.get() instanceof WriteBack.Http http) {
      return http.method() + " " + http.baseUrl() + http.path();
    }
    if (writeBack.get() instanceof WriteBack.Table table) {
      Matcher name = TABLE.matcher(table.insert());
      return "a row in " + (name.find() ? name.group(1) : "the integration table");
    }
    if (writeBack.get() instanceof WriteBack.FileDrop drop) {
      return "a file in " + drop.folder().toAbsolutePath();
    }
    return "the system's write-back";
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : noun.endsWith("s") ? "es" : "s");
  }
}

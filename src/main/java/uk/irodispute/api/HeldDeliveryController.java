package uk.irodispute.api;

import java.security.Principal;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.irodispute.store.HeldDeliveries;

/**
 * The deliveries a dry run ({@code iro.dry-run}) held instead of sending: list them, then, with the
 * dry run switched off, send them, or discard them at any time. Each action is logged with its
 * operator, the user the request signed in as (sending and discarding need the OPERATOR role, see
 * {@code console/ConsoleSecurity}); {@code system} and {@code reference} narrow it to one system or
 * dispute.
 */
@RestController
@RequestMapping("/api/v1/outbox/held")
class HeldDeliveryController {

  private static final Logger LOG = LoggerFactory.getLogger(HeldDeliveryController.class);

  /** The most items a list gives; {@code count} is the whole number. */
  static final int MOST_LISTED = 500;

  private final HeldDeliveries held;
  private final boolean dryRun;

  HeldDeliveryController(HeldDeliveries held, @Value("${iro.dry-run:false}") boolean dryRun) {
    this.held = held;
    this.dryRun = dryRun;
  }

  @GetMapping
  HeldList list(
      @RequestParam(required = false) String system,
      @RequestParam(required = false) String reference) {
    String s = blankToNull(system);
    String r = blankToNull(reference);
    return new HeldList(
        dryRun, held.count(s, r), held.list(s, r, MOST_LISTED).stream().map(HeldView::of).toList());
  }

  @PostMapping("/send")
  Sent send(
      @RequestParam(required = false) String system,
      @RequestParam(required = false) String reference,
      Principal operator) {
    String who = operator.getName();
    if (dryRun) {
      throw new ApiError(
              HttpStatus.CONFLICT,
              "iro.dry-run",
              "the adapter is dry-running: switch iro.dry-run off and restart before sending, or"
                  + " the deliveries are only held again")
          .toException();
    }
    int sent = held.send(blankToNull(system), blankToNull(reference));
    LOG.info(
        "{} held deliveries sent by {} (system {}, dispute {})",
        sent,
        who,
        orAll(system),
        orAll(reference));
    return new Sent(sent);
  }

  @PostMapping("/discard")
  Discarded discard(
      @RequestParam(required = false) String system,
      @RequestParam(required = false) String reference,
      Principal operator) {
    String who = operator.getName();
    int discarded = held.discard(blankToNull(system), blankToNull(reference));
    LOG.info(
        "{} held deliveries discarded by {} (system {}, dispute {})",
        discarded,
        who,
        orAll(system),
        orAll(reference));
    return new Discarded(discarded);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String orAll(String value) {
    return value == null || value.isBlank() ? "all" : value.strip();
  }

  /** The held deliveries: whether the adapter is dry-running, how many, the oldest first. */
  record HeldList(boolean dryRun, long count, List<HeldView> items) {}

  /** One held delivery: what and where, never its content. */
  record HeldView(
      long id, String kind, String system, String reference, String key, String decidedAt) {
    static HeldView of(HeldDeliveries.Held h) {
      return new HeldView(
          h.id(),
          h.kind().name(),
          h.systemId(),
          h.reference(),
          h.idempotencyKey(),
          ApiTimes.format(h.decidedAt()));
    }
  }

  /** How many held deliveries were put back to be sent. */
  record Sent(int sent) {}

  /** How many held deliveries were discarded. */
  record Discarded(int discarded) {}
}

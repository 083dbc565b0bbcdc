package uk.irodispute.api;

import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.irodispute.store.OutboxListing;
import uk.irodispute.store.OutboxStatus;

/**
 * {@code GET /api/v1/outbox?status=PENDING|IN_FLIGHT|DEAD|HELD}: the outbox items in one status,
 * newest first, a page at a time ({@code page} from 0, {@code size} up to {@value #MOST_A_PAGE}).
 * Each item says what and where, its attempts, its last error and its next try; never its content.
 */
@RestController
@RequestMapping("/api/v1/outbox")
class OutboxController {

  static final int MOST_A_PAGE = 500;

  private static final List<OutboxStatus> LISTED =
      List.of(OutboxStatus.PENDING, OutboxStatus.IN_FLIGHT, OutboxStatus.DEAD, OutboxStatus.HELD);

  private final OutboxListing outbox;

  OutboxController(OutboxListing outbox) {
    this.outbox = outbox;
  }

  @GetMapping
  Page list(
      @RequestParam(defaultValue = "PENDING") String status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    OutboxStatus listed = status(status);
    if (page < 0) {
      throw new ApiError(HttpStatus.BAD_REQUEST, "page", "page is 0 or more").toException();
    }
    if (size < 1 || size > MOST_A_PAGE) {
      throw new ApiError(
              HttpStatus.BAD_REQUEST, "size", "size is from 1 to " + MOST_A_PAGE + " items")
          .toException();
    }
    return new Page(
        listed.name(),
        page,
        size,
        outbox.count(listed),
        outbox.list(listed, page, size).stream().map(Item::of).toList());
  }

  private static OutboxStatus status(String text) {
    String wanted = text.strip().toUpperCase(Locale.ROOT);
    return LISTED.stream()
        .filter(s -> s.name().equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new ApiError(
                        HttpStatus.BAD_REQUEST,
                        "status",
                        "status is one of PENDING, IN_FLIGHT, DEAD or HELD")
                    .toException());
  }

  /** One page of items: the status listed, the page, its size, how many in all, the items. */
  record Page(String status, int page, int size, long total, List<Item> items) {}

  /** One outbox item, without its content. */
  record Item(
      long id,
      String kind,
      String system,
      String reference,
      String key,
      String status,
      int attempts,
      String lastError,
      String nextAttemptAt,
      String createdAt) {
    static Item of(OutboxListing.Entry e) {
      return new Item(
          e.id(),
          e.kind().name(),
          e.systemId(),
          e.reference(),
          e.idempotencyKey(),
          e.status().name(),
          e.attempts(),
          e.lastError(),
          ApiTimes.format(e.nextAttemptAt()),
          ApiTimes.format(e.createdAt()));
    }
  }
}

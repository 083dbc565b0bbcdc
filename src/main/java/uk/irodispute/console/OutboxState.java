package uk.irodispute.console;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.irodispute.store.Outbox;
import uk.irodispute.store.OutboxStatus;

/** The outbox at a glance: how many items in each status, and how long the oldest has waited. */
@Component
class OutboxState {

  private final Outbox outbox;
  private final Clock clock;

  OutboxState(Outbox outbox, Clock clock) {
    this.outbox = outbox;
    this.clock = clock;
  }

  /**
   * @param counts items in each status, every status present
   * @param oldestWaiting when the oldest item still to be delivered was queued, or a dash
   * @param oldestWaitingAge how long it has waited, or a dash
   * @param dead whether any item failed its last attempt
   */
  record Summary(List<Count> counts, String oldestWaiting, String oldestWaitingAge, boolean dead) {}

  /** One status and its number of items. */
  record Count(String status, long items) {}

  Summary summary() {
    Instant now = clock.instant();
    Map<OutboxStatus, Long> counts = outbox.counts();
    Instant oldest = outbox.oldestWaiting().orElse(null);
    return new Summary(
        counts.entrySet().stream().map(e -> new Count(e.getKey().name(), e.getValue())).toList(),
        ConsoleTimes.london(oldest),
        ConsoleTimes.age(oldest, now),
        counts.getOrDefault(OutboxStatus.DEAD, 0L) > 0);
  }
}

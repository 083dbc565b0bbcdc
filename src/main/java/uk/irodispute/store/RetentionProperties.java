package uk.irodispute.store;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long records that stop being needed are kept before housekeeping deletes them. Open disputes
 * are kept, as is anything not yet delivered. None may be shorter than {@link #SAFE_MINIMUM}: a
 * shorter retention would delete records a poll or an operator may still need, so start-up refuses
 * it.
 *
 * @param processedNotes the record of a note taken that never concerned a dispute (most are notes
 *     of other types); deleted only once the system's watermark is also past it
 * @param deliveredOutbox a delivery that went, with its rendered content, counted from delivery
 * @param resolvedDeadLetters a dead letter replayed or discarded, with its actions, counted from
 *     the action
 * @param closedDisputes a closed dispute (resolved, withdrawn, referred or recorded), with its
 *     events, its contacts and its deliveries, counted from its last change; the default keeps the
 *     reporting year and the one before for the annual figures, with a year to spare
 */
@ConfigurationProperties("iro.retention")
public record RetentionProperties(
    @DefaultValue("400d") Duration processedNotes,
    @DefaultValue("90d") Duration deliveredOutbox,
    @DefaultValue("400d") Duration resolvedDeadLetters,
    @DefaultValue("1096d") Duration closedDisputes) {

  /** The shortest retention accepted. */
  public static final Duration SAFE_MINIMUM = Duration.ofDays(30);

  public RetentionProperties {
    atLeastTheMinimum("iro.retention.processed-notes", processedNotes);
    atLeastTheMinimum("iro.retention.delivered-outbox", deliveredOutbox);
    atLeastTheMinimum("iro.retention.resolved-dead-letters", resolvedDeadLetters);
    atLeastTheMinimum("iro.retention.closed-disputes", closedDisputes);
  }

  private static void atLeastTheMinimum(String property, Duration retention) {
    if (retention == null || retention.compareTo(SAFE_MINIMUM) < 0) {
      throw new IllegalArgumentException(
          property
              + " is "
              + (retention == null ? "not set" : retention.toDays() + " days")
              + ": it must be at least "
              + SAFE_MINIMUM.toDays()
              + " days, so that no record still needed is deleted");
    }
  }
}

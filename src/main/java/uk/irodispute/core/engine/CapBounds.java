package uk.irodispute.core.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.irodispute.core.calendar.WorkingCalendar;
import uk.irodispute.core.protocol.Cap;
import uk.irodispute.core.protocol.Protocol;

/**
 * The overall limits (caps) that apply to one dispute, each with the time it falls. No stage is due
 * after a cap that applies to it: a stage's own timescale is cut short at the earliest cap still
 * ahead of the stage's opening.
 */
final class CapBounds {

  private final List<Bound> bounds;

  private CapBounds(List<Bound> bounds) {
    this.bounds = List.copyOf(bounds);
  }

  /** One cap and the time it falls. */
  record Bound(Cap cap, Instant at) {}

  /**
   * The caps of a protocol for a dispute that started at a given stage.
   *
   * @param counting when the dispute was raised and when its first formal stage opened (null
   *     before), and the working minutes it has spent in time outs
   */
  static CapBounds of(Protocol protocol, String startStageId, Counting counting) {
    List<Bound> bounds = new ArrayList<>();
    for (Cap cap : protocol.caps()) {
      if (!cap.appliesToStart(startStageId)) {
        continue;
      }
      Instant from = cap.from() == Cap.CapStart.RAISED ? counting.raisedAt() : counting.formalAt();
      if (from != null) {
        Instant at = cap.within().dueFrom(from, counting.raisedAt(), counting.calendar());
        bounds.add(
            new Bound(cap, counting.calendar().plusWorkingMinutes(at, counting.minutesPaused())));
      }
    }
    return new CapBounds(bounds);
  }

  /** The caps of the dispute being decided, less those an approved extension has passed. */
  static CapBounds of(DisputeDraft d) {
    long paused = d.pauses.stream().mapToLong(p -> p.workingMinutesPaused()).sum();
    CapBounds all =
        of(
            d.protocol,
            d.startStageId,
            new Counting(d.raisedAt, d.formalStartedAt, paused, d.calendar));
    return new CapBounds(
        all.bounds.stream()
            .filter(b -> d.extensions.stream().noneMatch(x -> x.newDueAt().isAfter(b.at())))
            .toList());
  }

  /** The earliest cap after {@code opensAt}: a stage opened then may be due no later. */
  Optional<Bound> earliestAfter(Instant opensAt) {
    return bounds.stream()
        .filter(b -> b.at().isAfter(opensAt))
        .min(Comparator.comparing(Bound::at));
  }

  /** The earliest cap of all, passed or not. */
  Optional<Bound> earliest() {
    return bounds.stream().min(Comparator.comparing(Bound::at));
  }

  /** The caps that a due time would pass, earliest first. */
  List<Bound> passedBy(Instant due) {
    return bounds.stream()
        .filter(b -> due.isAfter(b.at()))
        .sorted(Comparator.comparing(Bound::at))
        .toList();
  }

  /**
   * A due time bounded by the caps: the earlier of {@code due} and the earliest cap after the
   * stage's opening. A null due time (no timescale) stays null.
   */
  Instant bound(Instant due, Instant opensAt) {
    if (due == null) {
      return null;
    }
    return earliestAfter(opensAt).map(Bound::at).filter(due::isAfter).orElse(due);
  }

  /**
   * What caps count from.
   *
   * @param raisedAt when the dispute was raised
   * @param formalAt when its first formal stage opened; null before
   * @param minutesPaused working minutes spent in time outs, which every cap moves by
   * @param calendar the protocol's working calendar
   */
  record Counting(
      Instant raisedAt, Instant formalAt, long minutesPaused, WorkingCalendar calendar) {}
}

package uk.irodispute.core.engine;

import java.time.Instant;
import uk.irodispute.core.calendar.Timescale;
import uk.irodispute.core.model.Extension;
import uk.irodispute.core.model.Pause;

/**
 * Day ranges count from the dispute's own progress, not only from the day it was raised. Every
 * extension and every time out moves the day ranges after it by the working time it added, so a
 * later stage keeps its whole written timescale.
 */
final class DisputeProgress {

  private DisputeProgress() {}

  /**
   * When a day-range stage opened at {@code opensAt} is due: the range's last day, moved by the
   * working time extensions and time outs added to the dispute so far.
   */
  static Instant dayRangeDue(DisputeDraft d, Timescale.DayRange range, Instant opensAt) {
    Instant written = range.dueFrom(opensAt, d.raisedAt, d.calendar);
    return d.calendar.plusWorkingMinutes(written, workingMinutesAdded(d));
  }

  /** The working minutes extensions and ended time outs have added to the dispute. */
  static long workingMinutesAdded(DisputeDraft d) {
    long extended = 0;
    for (Extension x : d.extensions) {
      extended += d.calendar.workingMinutesBetween(x.previousDueAt(), x.newDueAt());
    }
    return extended + d.pauses.stream().mapToLong(Pause::workingMinutesPaused).sum();
  }
}

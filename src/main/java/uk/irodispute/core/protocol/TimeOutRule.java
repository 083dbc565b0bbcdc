package uk.irodispute.core.protocol;

import java.util.Optional;
import uk.irodispute.core.calendar.Timescale;

/**
 * Whether the chair may call a time out (pause the clock), and on whose approval.
 *
 * @param allowed whether time out exists in this protocol
 * @param approvedBy the role whose approval the pause note must name; empty needs none
 * @param longest the longest a time out may last before the chair is alerted; empty for no limit
 */
public record TimeOutRule(boolean allowed, String approvedBy, Timescale longest) {

  public static TimeOutRule notAllowed() {
    return new TimeOutRule(false, null, null);
  }

  public Optional<String> approver() {
    return Optional.ofNullable(approvedBy);
  }

  public Optional<Timescale> longestIfAny() {
    return Optional.ofNullable(longest);
  }
}

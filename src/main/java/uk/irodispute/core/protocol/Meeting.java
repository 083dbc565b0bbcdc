package uk.irodispute.core.protocol;

import java.util.List;
import java.util.Optional;

/**
 * A meeting a stage asks for: who attends, and by when it must be held. The stage's alert carries a
 * calendar invitation for the window, from the stage's opening to that time.
 *
 * @param attendees the roles invited, the chair included where the protocol says so
 * @param step the step of the stage whose due time ends the window; null for the stage's own due
 *     time
 */
public record Meeting(List<String> attendees, String step) {

  public Meeting {
    attendees = List.copyOf(attendees);
  }

  public Optional<String> stepIfAny() {
    return Optional.ofNullable(step);
  }
}

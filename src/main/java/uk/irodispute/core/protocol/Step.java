package uk.irodispute.core.protocol;

import java.util.Optional;
import uk.irodispute.core.calendar.Timescale;

/**
 * A timed task inside a stage, for example "agreement reached within 3 working days".
 *
 * @param id for example {@code agreement}
 * @param name what must be done
 * @param within how long it may take
 * @param after the step whose due time it counts from; empty counts from the stage opening
 * @param owner the role that must do it
 */
public record Step(String id, String name, Timescale within, String after, String owner) {

  public Optional<String> afterStep() {
    return Optional.ofNullable(after);
  }
}

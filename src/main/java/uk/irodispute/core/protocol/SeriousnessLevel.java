package uk.irodispute.core.protocol;

import java.util.List;
import java.util.Optional;

/**
 * How serious the chair judges a dispute to be, and where that starts it.
 *
 * @param id for example {@code immediate}
 * @param name for example {@code Serious enough to warrant immediate action}
 * @param startsAt the stage a dispute of this seriousness starts at, when not the default
 * @param inform roles told at once when a dispute starts at this seriousness
 */
public record SeriousnessLevel(String id, String name, String startsAt, List<String> inform) {

  public SeriousnessLevel {
    inform = List.copyOf(inform);
  }

  public Optional<String> startStage() {
    return Optional.ofNullable(startsAt);
  }
}

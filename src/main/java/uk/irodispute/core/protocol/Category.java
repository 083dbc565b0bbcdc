package uk.irodispute.core.protocol;

import java.util.Optional;

/**
 * What a dispute is about.
 *
 * @param id for example {@code drift-or-delay}
 * @param name for example {@code Drift or delay in implementing the care plan}
 * @param startsAt the stage a dispute of this category starts at, when not the track's first
 * @param repeatStartsAt the stage a repeat of this category for the same child starts at
 * @param commendation true where the note praises practice: recipients are told and nothing is
 *     escalated
 */
public record Category(
    String id, String name, String startsAt, String repeatStartsAt, boolean commendation) {

  public Optional<String> startStage() {
    return Optional.ofNullable(startsAt);
  }

  public Optional<String> repeatStartStage() {
    return Optional.ofNullable(repeatStartsAt);
  }
}

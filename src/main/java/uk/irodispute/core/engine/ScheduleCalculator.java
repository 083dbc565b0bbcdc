package uk.irodispute.core.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import uk.irodispute.core.calendar.Timescale;
import uk.irodispute.core.calendar.WorkingCalendar;
import uk.irodispute.core.protocol.Protocol;
import uk.irodispute.core.protocol.StageDefinition;
import uk.irodispute.core.protocol.StageKind;
import uk.irodispute.core.protocol.Track;

/**
 * Works out a protocol's {@link Schedule}: from the starting stage, each stage opens when the one
 * before falls due (a day range opens at the start of its first day) and escalates when it falls
 * due itself. No stage is due after a cap that applies to it (see {@link CapBounds}).
 */
public final class ScheduleCalculator {

  private final Calendars calendars;

  public ScheduleCalculator(Calendars calendars) {
    this.calendars = calendars;
  }

  /**
   * @throws IllegalArgumentException when the starting stage is not on the track or a dispute may
   *     not start there
   */
  public Schedule schedule(
      Protocol protocol, Track track, Instant start, Optional<String> fromStage) {
    WorkingCalendar calendar = calendars.forSettings(protocol.calendar());
    StageDefinition first = fromStage.map(id -> startingStage(track, id)).orElse(track.first());
    List<Schedule.ScheduledStage> path = new ArrayList<>();
    Map<String, Instant> opened = new HashMap<>();
    Instant formalStart = null;
    Instant previousDue = start;
    Optional<StageDefinition> stage = Optional.of(first);
    while (stage.isPresent()) {
      StageDefinition s = stage.get();
      Instant opens = s == first ? start : opensAt(s, previousDue, start, calendar);
      if (s.kind() == StageKind.FORMAL && formalStart == null) {
        formalStart = opens;
      }
      CapBounds caps = caps(protocol, first, start, formalStart, calendar);
      if (opens != null) {
        opened.putIfAbsent(s.id(), opens);
      }
      Instant due =
          opens == null ? null : caps.bound(dueAt(s, opens, start, calendar, opened), opens);
      path.add(
          new Schedule.ScheduledStage(
              s.id(), s.name(), s.to(), s.cc(), opens, due, s.afterResponseIfAny().orElse(null)));
      previousDue = due;
      stage = track.after(s.id());
    }
    Optional<Instant> cap =
        caps(protocol, first, start, formalStart, calendar).earliest().map(CapBounds.Bound::at);
    Optional<Instant> pathEnd =
        path.stream()
            .map(Schedule.ScheduledStage::dueAt)
            .filter(Objects::nonNull)
            .reduce((a, b) -> b);
    return new Schedule(
        protocol.id(),
        protocol.version(),
        track.id(),
        start,
        path,
        Stream.concat(cap.stream(), pathEnd.stream()).min(Comparator.naturalOrder()).orElse(null));
  }

  private static CapBounds caps(
      Protocol protocol,
      StageDefinition first,
      Instant start,
      Instant formalStart,
      WorkingCalendar calendar) {
    return CapBounds.of(
        protocol, first.id(), new CapBounds.Counting(start, formalStart, 0, calendar));
  }

  private static StageDefinition startingStage(Track track, String stageId) {
    track
        .whyNotStartAt(stageId)
        .ifPresent(
            why -> {
              throw new IllegalArgumentException(why);
            });
    return track.stage(stageId).orElseThrow();
  }

  private static Instant opensAt(
      StageDefinition s, Instant previousDue, Instant start, WorkingCalendar calendar) {
    if (previousDue == null) {
      // After a stage with no timescale only a day range still has a known opening.
      return s.timescale() instanceof Timescale.DayRange
          ? s.timescale().opensFrom(start, start, calendar)
          : null;
    }
    return s.timescale() == null
        ? previousDue
        : s.timescale().opensFrom(previousDue, start, calendar);
  }

  private static Instant dueAt(
      StageDefinition s,
      Instant opens,
      Instant start,
      WorkingCalendar calendar,
      Map<String, Instant> opened) {
    if (s.timescale() != null) {
      return s.timescale().dueFrom(opens, start, calendar);
    }
    return StepTimes.lastDue(s, opens, start, calendar, opened::get);
  }
}

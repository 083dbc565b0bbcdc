package uk.irodispute.core.engine;

import static uk.irodispute.core.engine.DisputeDraft.details;
import static uk.irodispute.core.engine.Verdicts.applied;
import static uk.irodispute.core.engine.Verdicts.ids;
import static uk.irodispute.core.engine.Verdicts.rejectRaise;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.irodispute.core.calendar.WorkingCalendar;
import uk.irodispute.core.model.Concerns;
import uk.irodispute.core.model.Timer;
import uk.irodispute.core.model.Timer.TimerKind;
import uk.irodispute.core.protocol.Cap;
import uk.irodispute.core.protocol.Category;
import uk.irodispute.core.protocol.Protocol;
import uk.irodispute.core.protocol.ProtocolRegistry;
import uk.irodispute.core.protocol.Quote;
import uk.irodispute.core.protocol.RoleDefinition;
import uk.irodispute.core.protocol.SeriousnessLevel;
import uk.irodispute.core.protocol.StageDefinition;
import uk.irodispute.core.protocol.Track;

/** Opens a dispute: checks what the note names, picks the entry stage and starts the clock. */
final class Raising {

  private static final String CHAIR = RoleDefinition.CHAIR;

  private final ProtocolRegistry protocols;
  private final Calendars calendars;

  Raising(ProtocolRegistry protocols, Calendars calendars) {
    this.protocols = protocols;
    this.calendars = calendars;
  }

  /** What a raise names, each found in its protocol. */
  private record Named(Protocol protocol, Track track, Category category, SeriousnessLevel level) {}

  Decision raise(Command.Raise c, Instant now) {
    Optional<Protocol> found = protocols.latest(c.protocolId());
    if (found.isEmpty()) {
      return rejectRaise(c, "there is no protocol " + Quote.typed(c.protocolId()));
    }
    Protocol protocol = found.get();
    if (c.trackId() == null && protocol.tracks().size() > 1) {
      // Issue 13 rule 6: "Where a protocol has several tracks, the track comes from the note, from
      // a mapped field of the case system (the child's legal status), or the raise is refused with
      // a note to the IRO saying what to add."
      return rejectRaise(
          c,
          "the note names no track and "
              + protocol.name()
              + " has more than one; the note must name one in its track field: "
              + String.join(
                  ", ",
                  protocol.tracks().stream().map(t -> t.id() + " (" + t.name() + ")").toList()));
    }
    Track track =
        c.trackId() == null ? protocol.defaultTrack() : protocol.track(c.trackId()).orElse(null);
    if (track == null) {
      return rejectRaise(
          c,
          "track "
              + Quote.typed(c.trackId())
              + " is not in "
              + protocol.name()
              + "; tracks: "
              + ids(protocol.tracks().stream().map(Track::id).toList()));
    }
    Optional<Category> category = protocol.category(categoryId(c));
    if (category.isEmpty()) {
      return rejectRaise(
          c,
          "category "
              + Quote.typed(categoryId(c))
              + " is not known; categories: "
              + ids(protocol.categories().stream().map(Category::id).toList()));
    }
    SeriousnessLevel level = null;
    if (c.seriousnessId() != null) {
      level = protocol.seriousnessLevel(c.seriousnessId()).orElse(null);
      if (level == null) {
        return rejectRaise(
            c,
            "seriousness "
                + Quote.typed(c.seriousnessId())
                + " is not known; levels: "
                + ids(protocol.seriousness().stream().map(SeriousnessLevel::id).toList()));
      }
    }
    if (c.startAtStage() != null) {
      Optional<String> refused = track.whyNotStartAt(c.startAtStage());
      if (refused.isPresent()) {
        return rejectRaise(c, refused.get());
      }
    }
    return open(c, new Named(protocol, track, category.get(), level), now);
  }

  private Decision open(Command.Raise c, Named named, Instant now) {
    Protocol protocol = named.protocol();
    Track track = named.track();
    StageDefinition start =
        c.startAtStage() != null
            ? track.stage(c.startAtStage()).orElseThrow()
            : entryStage(track, named.category(), named.level(), c.repeatOfEarlierDispute());
    Instant t = c.recordedAt().isAfter(now) ? now : c.recordedAt();
    WorkingCalendar calendar = calendars.forSettings(protocol.calendar());
    DisputeDraft draft =
        DisputeDraft.fresh(c, protocol, track, calendar, categoryId(c), start.id(), t);
    draft.appliedCommands.add(c.commandId());
    draft.event(
        t,
        EventType.RAISED,
        start.id(),
        c.commandId(),
        details(
            "track",
            track.id(),
            "category",
            categoryId(c),
            "seriousness",
            c.seriousnessId(),
            "protocolVersion",
            protocol.version(),
            "repeat",
            c.repeatOfEarlierDispute() ? "true" : null,
            "concerns",
            c.concerns() == Concerns.ANOTHER_PART_OF_THE_COUNCIL
                ? "another-part-of-the-council"
                : null));
    if (named.category().commendation()) {
      Outcomes.recordCommendation(draft, start, t, c.commandId());
      return applied(draft);
    }
    StageClock.openFirst(draft, start, t, c.chairSetDueAt(), c.commandId());
    for (Cap cap : protocol.caps()) {
      if (cap.from() == Cap.CapStart.RAISED && cap.appliesToStart(start.id())) {
        draft.timers.add(
            new Timer(TimerKind.CAP, null, cap.id(), cap.within().dueFrom(t, t, calendar)));
      }
    }
    SeriousnessLevel level = named.level();
    if (level != null && !level.inform().isEmpty()) {
      draft.alert(
          AlertKind.INFORMED,
          level.inform(),
          List.of(CHAIR),
          start,
          draft.currentRecord().dueAt(),
          Asked.of(Asked.Ask.INFORMED, "seriousness", level.name()));
    }
    askForWhatIsMissing(draft, c, start, t);
    return applied(draft);
  }

  private static void askForWhatIsMissing(
      DisputeDraft draft, Command.Raise c, StageDefinition start, Instant t) {
    List<String> missing =
        start.mustRecord().stream().filter(m -> !c.recorded().contains(m)).toList();
    if (missing.isEmpty()) {
      return;
    }
    draft.event(
        t,
        EventType.RECORDING_INCOMPLETE,
        start.id(),
        c.commandId(),
        details("missing", String.join(",", missing)));
    draft.alert(
        AlertKind.RECORDING_INCOMPLETE,
        List.of(CHAIR),
        List.of(),
        start,
        null,
        Asked.of(Asked.Ask.RECORDING_INCOMPLETE, "missing", String.join(", ", missing)));
  }

  private static String categoryId(Command.Raise c) {
    return c.categoryId() == null ? "other" : c.categoryId();
  }

  /** The latest stage any of the category, a repeat or the seriousness starts at. */
  private static StageDefinition entryStage(
      Track track, Category category, SeriousnessLevel level, boolean repeat) {
    List<String> candidates = new ArrayList<>();
    category.startStage().ifPresent(candidates::add);
    if (repeat) {
      category.repeatStartStage().ifPresent(candidates::add);
    }
    if (level != null) {
      level.startStage().ifPresent(candidates::add);
    }
    return candidates.stream()
        .map(track::stage)
        .flatMap(Optional::stream)
        .max(Comparator.comparingInt(s -> track.indexOf(s.id())))
        .orElse(track.first());
  }
}

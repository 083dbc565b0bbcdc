package uk.irodispute.core.engine;

import static uk.irodispute.core.engine.DisputeDraft.details;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.irodispute.core.calendar.Timescale;
import uk.irodispute.core.calendar.WorkingCalendar;
import uk.irodispute.core.model.Concerns;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.core.model.DisputeStatus;
import uk.irodispute.core.model.Extension;
import uk.irodispute.core.model.Pause;
import uk.irodispute.core.model.Response;
import uk.irodispute.core.model.StageRecord;
import uk.irodispute.core.model.StageRecord.StageClosure;
import uk.irodispute.core.model.Subject;
import uk.irodispute.core.model.Timer;
import uk.irodispute.core.model.Timer.TimerKind;
import uk.irodispute.core.protocol.Cap;
import uk.irodispute.core.protocol.Category;
import uk.irodispute.core.protocol.Protocol;
import uk.irodispute.core.protocol.ProtocolRegistry;
import uk.irodispute.core.protocol.Quote;
import uk.irodispute.core.protocol.RecordKind;
import uk.irodispute.core.protocol.RoleDefinition;
import uk.irodispute.core.protocol.SeriousnessLevel;
import uk.irodispute.core.protocol.StageDefinition;
import uk.irodispute.core.protocol.StageKind;
import uk.irodispute.core.protocol.Step;
import uk.irodispute.core.protocol.Track;

/**
 * Runs a protocol's clock: {@code (dispute, command or tick, now) -> (dispute, events, effects)}.
 * Deterministic: the same input always gives the same output, including effect keys. A command that
 * is not allowed gives a rejection event and an alert to the chair, never an exception.
 */
public final class EscalationEngine {

  private static final String CHAIR = RoleDefinition.CHAIR;
  private static final int MOST_TIMERS_IN_ONE_TICK = 1_000;

  private final ProtocolRegistry protocols;
  private final Calendars calendars;

  public EscalationEngine(ProtocolRegistry protocols, Calendars calendars) {
    this.protocols = protocols;
    this.calendars = calendars;
  }

  /** Opens a dispute; a raise that cannot be taken opens none and alerts the chair why. */
  public Decision raise(Command.Raise c, Instant now) {
    Optional<Protocol> found = protocols.latest(c.protocolId());
    if (found.isEmpty()) {
      return rejectRaise(c, "there is no protocol " + Quote.typed(c.protocolId()));
    }
    Protocol protocol = found.get();
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
    String categoryId = c.categoryId() == null ? "other" : c.categoryId();
    Optional<Category> category = protocol.category(categoryId);
    if (category.isEmpty()) {
      return rejectRaise(
          c,
          "category "
              + Quote.typed(categoryId)
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
    StageDefinition start;
    if (c.startAtStage() != null) {
      Optional<String> refused = track.whyNotStartAt(c.startAtStage());
      if (refused.isPresent()) {
        return rejectRaise(c, refused.get());
      }
      start = track.stage(c.startAtStage()).orElseThrow();
    } else {
      start = entryStage(track, category.get(), level, c.repeatOfEarlierDispute());
    }
    Instant t = c.recordedAt().isAfter(now) ? now : c.recordedAt();
    WorkingCalendar calendar = calendars.forSettings(protocol.calendar());
    DisputeDraft draft =
        DisputeDraft.fresh(c, protocol, track, calendar, categoryId, start.id(), t);
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
            categoryId,
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
    if (category.get().commendation()) {
      recordCommendation(draft, start, t, c.commandId());
      return applied(draft);
    }
    openStage(draft, start, t, c.chairSetDueAt(), c.commandId());
    for (Cap cap : protocol.caps()) {
      if (cap.from() == Cap.CapStart.RAISED && cap.appliesToStart(start.id())) {
        draft.timers.add(
            new Timer(TimerKind.CAP, null, cap.id(), cap.within().dueFrom(t, t, calendar)));
      }
    }
    if (level != null && !level.inform().isEmpty()) {
      draft.alert(
          AlertKind.INFORMED,
          level.inform(),
          List.of(CHAIR),
          start,
          draft.currentRecord().dueAt(),
          "For information: a dispute judged '"
              + level.name()
              + "' has started at "
              + start.name()
              + ".");
    }
    List<String> missing =
        start.mustRecord().stream().filter(m -> !c.recorded().contains(m)).toList();
    if (!missing.isEmpty()) {
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
          "The dispute note does not state: "
              + String.join(", ", missing)
              + ". Please add a note that does.");
    }
    return applied(draft);
  }

  /** Applies a command to an existing dispute. */
  public Decision decide(Dispute dispute, Command.OnDispute c, Instant now) {
    if (dispute.appliedCommands().contains(c.commandId())) {
      return new Decision(
          Optional.of(dispute),
          List.of(),
          List.of(),
          Decision.Outcome.DUPLICATE,
          "note " + c.commandId() + " was already decided on");
    }
    DisputeDraft draft = draftOf(dispute);
    draft.appliedCommands.add(c.commandId());
    Instant recorded = c.recordedAt().isAfter(now) ? now : c.recordedAt();
    Instant t =
        recorded.isBefore(draft.currentRecord().openedAt())
            ? draft.currentRecord().openedAt()
            : recorded;
    if (c instanceof Command.Respond r) {
      return respond(draft, r, recorded, t);
    }
    if (draft.status.isClosed()) {
      return reject(
          draft,
          c,
          t,
          "the dispute is already "
              + draft.status.name().toLowerCase()
              + "; only responses are recorded now");
    }
    if (c instanceof Command.TaskDone done) {
      return Tasks.whyNotDone(draft, done.taskId())
          .map(why -> reject(draft, c, t, why))
          .orElseGet(
              () -> {
                Tasks.done(draft, done, t);
                return applied(draft);
              });
    }
    if (c instanceof Command.Satisfied) {
      return close(draft, c, t, DisputeStatus.RESOLVED);
    }
    if (c instanceof Command.Withdraw) {
      return close(draft, c, t, DisputeStatus.WITHDRAWN);
    }
    if (c instanceof Command.Escalate e) {
      return escalateByChair(draft, e, t);
    }
    if (c instanceof Command.Pause p) {
      return pause(draft, p, t);
    }
    if (c instanceof Command.Resume) {
      return draft.status == DisputeStatus.PAUSED
          ? resume(draft, c.commandId(), t)
          : reject(draft, c, t, "the dispute is not in a time out");
    }
    if (c instanceof Command.Extend x) {
      return extend(draft, x, t);
    }
    if (c instanceof Command.Refer r) {
      return refer(draft, r, t);
    }
    draft.event(t, EventType.COMMENT_RECORDED, draft.currentStageId, c.commandId(), details());
    return applied(draft);
  }

  /** Fires everything due by {@code now}, in due order; each fires at its own due time. */
  public Decision tick(Dispute dispute, Instant now) {
    DisputeDraft draft = draftOf(dispute);
    for (int fired = 0; fired < MOST_TIMERS_IN_ONE_TICK; fired++) {
      Optional<Timer> next =
          draft.timers.stream()
              .filter(tm -> !tm.dueAt().isAfter(now))
              .filter(tm -> !draft.status.isClosed())
              .filter(
                  tm ->
                      draft.status != DisputeStatus.PAUSED || tm.kind() == TimerKind.TIME_OUT_LIMIT)
              .min(Comparator.comparing(Timer::dueAt).thenComparing(Timer::kind));
      if (next.isEmpty()) {
        break;
      }
      draft.timers.remove(next.get());
      fire(draft, next.get());
    }
    if (draft.events.isEmpty()) {
      return new Decision(
          Optional.of(dispute), List.of(), List.of(), Decision.Outcome.NOTHING_DUE, null);
    }
    return applied(draft);
  }

  private DisputeDraft draftOf(Dispute d) {
    Protocol protocol =
        protocols
            .version(d.protocolId(), d.protocolVersion())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "protocol "
                            + d.protocolId()
                            + " version "
                            + d.protocolVersion()
                            + " of dispute "
                            + d.reference()
                            + " is no longer loaded; keep its file under mappings/protocols/"));
    Track track = protocol.track(d.trackId()).orElseThrow();
    return DisputeDraft.of(d, protocol, track, calendars.forSettings(protocol.calendar()));
  }

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

  private void openStage(
      DisputeDraft d, StageDefinition stage, Instant t, Instant chairSetDue, String commandId) {
    if (stage.kind() == StageKind.FORMAL && d.formalStartedAt == null) {
      d.formalStartedAt = t;
      for (Cap cap : d.protocol.caps()) {
        if (cap.from() == Cap.CapStart.FORMAL_START && cap.appliesToStart(d.startStageId)) {
          d.timers.add(
              new Timer(
                  TimerKind.CAP, null, cap.id(), cap.within().dueFrom(t, d.raisedAt, d.calendar)));
        }
      }
    }
    Instant ownDue = dueOf(d, stage, t, chairSetDue);
    CapBounds caps = CapBounds.of(d);
    Optional<Cap> cutShortBy =
        caps.earliestAfter(t)
            .filter(b -> ownDue != null && ownDue.isAfter(b.at()))
            .map(CapBounds.Bound::cap);
    Instant due = caps.bound(ownDue, t);
    d.stages.add(new StageRecord(stage.id(), t, due, due, null, null, false, List.of()));
    d.currentStageId = stage.id();
    scheduleStage(d, stage, t, due);
    d.event(
        t,
        EventType.STAGE_OPENED,
        stage.id(),
        commandId,
        details(
            "dueAt",
            due == null ? null : due.toString(),
            "cappedBy",
            cutShortBy.map(Cap::id).orElse(null)));
    String capped =
        cutShortBy.map(c -> " The due time is the protocol's limit: " + c.name() + ".").orElse("");
    d.note(
        RecordKind.QUERY,
        stage.recordedBy(),
        stage,
        due,
        "Dispute "
            + d.reference
            + " is at "
            + stage.name()
            + "; a response is due by "
            + DueTimes.inWords(due)
            + "."
            + capped);
    List<String> to = stage.to().isEmpty() ? List.of(CHAIR) : stage.to();
    List<String> cc = new ArrayList<>(stage.cc());
    cc.addAll(OtherPartOfCouncilCopies.of(d, stage));
    if (cutShortBy.isPresent() && !to.contains(CHAIR)) {
      // The chair is told when a cap leaves a stage less than its written timescale.
      cc.add(CHAIR);
    }
    String asked =
        stage.guidance() != null
            ? stage.guidance().strip()
            : "Review the dispute and respond in writing.";
    if (stage.kind() == StageKind.REFERRAL) {
      cc.addAll(d.protocol.referral().consult());
      asked = "Consider " + d.protocol.referral().name() + ". " + asked;
    }
    d.alert(AlertKind.STAGE_OPENED, to, cc, stage, due, asked + capped);
  }

  private Instant dueOf(DisputeDraft d, StageDefinition stage, Instant t, Instant chairSetDue) {
    if (stage.chairSetsTimescale() && chairSetDue != null && chairSetDue.isAfter(t)) {
      return chairSetDue;
    }
    if (stage.timescale() != null) {
      Instant due =
          stage.timescale() instanceof Timescale.DayRange range
              ? DisputeProgress.dayRangeDue(d, range, t)
              : stage.timescale().dueFrom(t, d.raisedAt, d.calendar);
      // An escalation after a day range's last day would be due before it opens: give it the day.
      return due.isAfter(t) ? due : new Timescale.SameDay().dueFrom(t, d.raisedAt, d.calendar);
    }
    return StepTimes.lastDue(stage, t, d.raisedAt, d.calendar, Tasks.stageOpenings(d));
  }

  private void scheduleStage(DisputeDraft d, StageDefinition stage, Instant t, Instant due) {
    if (due != null) {
      d.timers.add(new Timer(TimerKind.STAGE_DUE, stage.id(), stage.id(), due));
      scheduleReminders(d, stage, t, due);
    }
    d.timers.addAll(Tasks.timers(stage, t, d));
    stage
        .limitIfAny()
        .ifPresent(
            limit ->
                d.timers.add(
                    new Timer(
                        TimerKind.STAGE_LIMIT,
                        stage.id(),
                        limit.text(),
                        limit.dueFrom(t, d.raisedAt, d.calendar))));
  }

  private static void scheduleReminders(
      DisputeDraft d, StageDefinition stage, Instant openedAt, Instant due) {
    for (Timescale before : stage.reminders()) {
      Instant at = before.before(due, d.calendar);
      if (at.isAfter(openedAt)) {
        d.timers.add(new Timer(TimerKind.REMINDER, stage.id(), before.text(), at));
      }
    }
  }

  private void closeStage(DisputeDraft d, StageClosure why, Instant t, String summary) {
    StageRecord r = d.currentRecord();
    d.replaceCurrentRecord(r.closed(t, why));
    d.removeTimersOf(r.stageId());
    StageDefinition stage = d.currentDefinition();
    d.note(RecordKind.OUTCOME, stage.recordedBy(), stage, null, summary);
  }

  private void escalate(
      DisputeDraft d, StageDefinition target, Instant t, String commandId, boolean automatic) {
    StageDefinition from = d.currentDefinition();
    d.event(
        t,
        EventType.ESCALATED,
        target.id(),
        commandId,
        details("from", from.id(), "automatic", String.valueOf(automatic)));
    closeStage(
        d,
        StageClosure.ESCALATED,
        t,
        "Not resolved at "
            + from.name()
            + "; escalated to "
            + target.name()
            + (automatic ? " when the due time passed with no response." : " by the chair."));
    openStage(d, target, t, null, commandId);
  }

  private Decision escalateByChair(DisputeDraft d, Command.Escalate e, Instant t) {
    StageDefinition current = d.currentDefinition();
    Optional<StageDefinition> target =
        e.toStage() == null ? d.track.after(current.id()) : d.track.stage(e.toStage());
    if (target.isEmpty()) {
      return reject(
          d,
          e,
          t,
          e.toStage() == null
              ? current.name()
                  + " is the last stage; refer to "
                  + d.protocol.referral().name()
                  + " or resolve"
              : "there is no stage " + Quote.typed(e.toStage()) + " on track " + d.track.id());
    }
    if (d.track.indexOf(target.get().id()) <= d.track.indexOf(current.id())) {
      return reject(
          d,
          e,
          t,
          "escalation moves forward: "
              + target.get().name()
              + " does not come after "
              + current.name());
    }
    if (d.status == DisputeStatus.PAUSED) {
      resume(d, e.commandId(), t);
    }
    escalate(d, target.get(), t, e.commandId(), false);
    return applied(d);
  }

  private Decision respond(DisputeDraft d, Command.Respond r, Instant recorded, Instant t) {
    Optional<StageRecord> target =
        r.stageId() != null
            ? d.stages.stream().filter(s -> s.stageId().equals(r.stageId())).reduce((a, b) -> b)
            : d.stages.stream()
                .filter(s -> s.wasCurrentAt(recorded))
                .findFirst()
                .or(() -> Optional.of(d.currentRecord()));
    if (r.responseType() != null
        && !d.protocol.responseTypes().isEmpty()
        && d.protocol.responseType(r.responseType()).isEmpty()) {
      return reject(
          d,
          r,
          t,
          "response type "
              + Quote.typed(r.responseType())
              + " is not known; types: "
              + ids(d.protocol.responseTypes().stream().map(x -> x.id()).toList()));
    }
    if (target.isEmpty() || !target.get().isOpen() || d.status.isClosed()) {
      String stageId = target.map(StageRecord::stageId).orElse(r.stageId());
      d.event(
          recorded,
          EventType.LATE_RESPONSE_RECORDED,
          stageId,
          r.commandId(),
          details("responseType", r.responseType(), "fromRole", r.fromRole()));
      return new Decision(
          Optional.of(d.freeze()),
          d.events,
          d.effects,
          Decision.Outcome.RECORDED_ONLY,
          "the response is to "
              + (stageId == null ? "a stage that does not exist" : "stage " + stageId)
              + ", which is closed; recorded, not applied");
    }
    StageDefinition stage = d.currentDefinition();
    StageRecord cur = d.currentRecord();
    d.replaceCurrentRecord(
        cur.withResponse(
            new Response(stage.id(), r.responseType(), r.fromRole(), t, r.commandId())));
    d.event(
        t,
        EventType.RESPONSE_RECORDED,
        stage.id(),
        r.commandId(),
        details("responseType", r.responseType(), "fromRole", r.fromRole()));
    String typeName =
        r.responseType() == null
            ? "a response"
            : "a response ("
                + d.protocol
                    .responseType(r.responseType())
                    .map(x -> x.name())
                    .orElse(r.responseType())
                + ")";
    String author =
        r.fromRole() != null ? r.fromRole() : stage.to().isEmpty() ? CHAIR : stage.to().get(0);
    d.note(
        RecordKind.ACTION,
        author,
        stage,
        cur.dueAt(),
        "Dispute " + d.reference + ": " + typeName + " was recorded at " + stage.name() + ".");
    Optional<Instant> decideBy = ChairDecision.start(d, stage, t);
    d.alert(
        AlertKind.DECISION_NEEDED,
        List.of(CHAIR),
        List.of(),
        stage,
        decideBy.orElse(null),
        "There is "
            + typeName
            + " at "
            + stage.name()
            + ". Record whether you are satisfied; if not, escalate the same day.");
    return applied(d);
  }

  private Decision close(DisputeDraft d, Command c, Instant t, DisputeStatus status) {
    StageDefinition stage = d.currentDefinition();
    boolean resolved = status == DisputeStatus.RESOLVED;
    if (d.status == DisputeStatus.PAUSED) {
      endPause(d, t);
    }
    d.status = status;
    d.event(
        t,
        resolved ? EventType.RESOLVED : EventType.WITHDRAWN,
        stage.id(),
        c.commandId(),
        details());
    closeStage(
        d,
        resolved ? StageClosure.RESOLVED : StageClosure.WITHDRAWN,
        t,
        "Dispute "
            + d.reference
            + (resolved ? " was resolved at " : " was withdrawn by the chair at ")
            + stage.name()
            + ".");
    d.timers.clear();
    d.alert(
        resolved ? AlertKind.RESOLVED : AlertKind.WITHDRAWN,
        stage.to(),
        stage.cc(),
        stage,
        null,
        resolved
            ? "Nothing more is asked: the chair is satisfied."
            : "Nothing more is asked: the chair has withdrawn the dispute.");
    return applied(d);
  }

  private Decision pause(DisputeDraft d, Command.Pause p, Instant t) {
    var rule = d.protocol.timeOut();
    if (!rule.allowed()) {
      return reject(d, p, t, d.protocol.name() + " does not provide for a time out");
    }
    if (d.status == DisputeStatus.PAUSED) {
      return reject(d, p, t, "the dispute is already in a time out");
    }
    if (rule.approver().isPresent() && !rule.approver().get().equals(p.approvedBy())) {
      String who =
          d.protocol.role(rule.approvedBy()).map(RoleDefinition::name).orElse(rule.approvedBy());
      return reject(
          d,
          p,
          t,
          "a time out needs the approval of the "
              + who
              + " ("
              + rule.approvedBy()
              + "); record it in the note");
    }
    d.status = DisputeStatus.PAUSED;
    d.pauses.add(new Pause(t, null, p.approvedBy(), 0));
    rule.longestIfAny()
        .ifPresent(
            longest ->
                d.timers.add(
                    new Timer(
                        TimerKind.TIME_OUT_LIMIT,
                        null,
                        longest.text(),
                        longest.dueFrom(t, d.raisedAt, d.calendar))));
    StageDefinition stage = d.currentDefinition();
    d.event(t, EventType.PAUSED, stage.id(), p.commandId(), details("approvedBy", p.approvedBy()));
    d.note(
        RecordKind.ACTION,
        CHAIR,
        stage,
        null,
        "Time out called on dispute "
            + d.reference
            + " at "
            + stage.name()
            + "; the clock is stopped.");
    d.alert(
        AlertKind.TIME_OUT,
        stage.to(),
        stage.cc(),
        stage,
        null,
        "A time out has been called: nothing is due until the chair resumes the dispute.");
    return applied(d);
  }

  private Decision resume(DisputeDraft d, String commandId, Instant t) {
    long minutes = endPause(d, t);
    d.status = DisputeStatus.OPEN;
    d.timers.replaceAll(tm -> tm.withDueAt(d.calendar.plusWorkingMinutes(tm.dueAt(), minutes)));
    StageRecord cur = d.currentRecord();
    Instant due = cur.dueAt() == null ? null : d.calendar.plusWorkingMinutes(cur.dueAt(), minutes);
    d.replaceCurrentRecord(cur.withDueAt(due));
    StageDefinition stage = d.currentDefinition();
    d.event(
        t,
        EventType.RESUMED,
        stage.id(),
        commandId,
        details(
            "workingMinutesPaused",
            String.valueOf(minutes),
            "dueAt",
            due == null ? null : due.toString()));
    d.alert(
        AlertKind.RESUMED,
        stage.to(),
        stage.cc(),
        stage,
        due,
        "The time out has ended: the dispute is live again and the due time has moved by the time paused.");
    return applied(d);
  }

  /** Ends the open time out and returns the working minutes it lasted; drops its limit timer. */
  private static long endPause(DisputeDraft d, Instant t) {
    Pause open = d.pauses.remove(d.pauses.size() - 1);
    long minutes = d.calendar.workingMinutesBetween(open.startedAt(), t);
    d.pauses.add(new Pause(open.startedAt(), t, open.approvedBy(), minutes));
    d.timers.removeIf(tm -> tm.kind() == TimerKind.TIME_OUT_LIMIT);
    return minutes;
  }

  private Decision extend(DisputeDraft d, Command.Extend x, Instant t) {
    StageDefinition stage = d.currentDefinition();
    StageRecord cur = d.currentRecord();
    if (x.reason() == null || x.reason().isBlank()) {
      return reject(d, x, t, "more time needs a reason recorded in the note");
    }
    if (cur.dueAt() == null) {
      return reject(d, x, t, stage.name() + " has no due time to extend");
    }
    if (x.by() == null && x.until() == null) {
      return reject(d, x, t, "say how much more time (for example '2 working days') or until when");
    }
    Instant newDue =
        x.until() != null ? x.until() : x.by().dueFrom(cur.dueAt(), d.raisedAt, d.calendar);
    if (!newDue.isAfter(cur.dueAt())) {
      return reject(
          d, x, t, "more time must move the due time later than " + DueTimes.inWords(cur.dueAt()));
    }
    Optional<Timer> limit =
        d.timers.stream()
            .filter(tm -> tm.kind() == TimerKind.STAGE_LIMIT && stage.id().equals(tm.stageId()))
            .findFirst();
    if (limit.isPresent() && newDue.isAfter(limit.get().dueAt())) {
      return reject(
          d,
          x,
          t,
          stage.name()
              + " may take no more than "
              + stage.limit().text()
              + ", until "
              + DueTimes.inWords(limit.get().dueAt()));
    }
    Optional<String> passesCap = CapPassing.whyRefused(d, newDue, x.approvedBy());
    if (passesCap.isPresent()) {
      return reject(d, x, t, passesCap.get());
    }
    String capsPassed =
        CapBounds.of(d).passedBy(newDue).stream()
            .map(b -> b.cap().id())
            .collect(Collectors.joining(","));
    d.replaceCurrentRecord(cur.withDueAt(newDue));
    d.timers.removeIf(
        tm ->
            stage.id().equals(tm.stageId())
                && (tm.kind() == TimerKind.STAGE_DUE || tm.kind() == TimerKind.REMINDER));
    d.timers.add(new Timer(TimerKind.STAGE_DUE, stage.id(), stage.id(), newDue));
    scheduleReminders(d, stage, t, newDue);
    d.extensions.add(new Extension(stage.id(), cur.dueAt(), newDue, x.reason(), t));
    d.event(
        t,
        EventType.EXTENDED,
        stage.id(),
        x.commandId(),
        details(
            "previousDueAt",
            cur.dueAt().toString(),
            "dueAt",
            newDue.toString(),
            "capsPassed",
            capsPassed.isEmpty() ? null : capsPassed,
            "approvedBy",
            x.approvedBy()));
    d.note(
        RecordKind.ACTION,
        CHAIR,
        stage,
        newDue,
        "More time given at "
            + stage.name()
            + " of dispute "
            + d.reference
            + ": now due by "
            + DueTimes.inWords(newDue)
            + ".");
    d.alert(
        AlertKind.EXTENDED,
        stage.to(),
        stage.cc(),
        stage,
        newDue,
        "The chair has given more time: respond by the new due time.");
    return applied(d);
  }

  private Decision refer(DisputeDraft d, Command.Refer r, Instant t) {
    if (d.referredAt != null) {
      return reject(
          d,
          r,
          t,
          "the dispute was already referred to "
              + d.protocol.referral().name()
              + " on "
              + DueTimes.inWords(d.referredAt));
    }
    StageDefinition stage = d.currentDefinition();
    d.referredAt = t;
    d.event(t, EventType.REFERRED_TO_CAFCASS, stage.id(), r.commandId(), details());
    d.note(
        RecordKind.ACTION,
        CHAIR,
        stage,
        null,
        "The chair is making a referral ("
            + d.protocol.referral().name()
            + ") on dispute "
            + d.reference
            + ".");
    List<String> notify =
        d.protocol.referral().notifyFirst().isEmpty()
            ? List.of(CHAIR)
            : d.protocol.referral().notifyFirst();
    d.alert(
        AlertKind.REFERRAL_NOTICE,
        notify,
        d.protocol.referral().consult(),
        stage,
        null,
        "For information before the referral is made: the chair is referring this case ("
            + d.protocol.referral().name()
            + ").");
    if (stage.kind() == StageKind.REFERRAL) {
      if (d.status == DisputeStatus.PAUSED) {
        endPause(d, t);
      }
      d.status = DisputeStatus.REFERRED;
      closeStage(
          d,
          StageClosure.REFERRED,
          t,
          "Dispute " + d.reference + " was referred: " + d.protocol.referral().name() + ".");
      d.timers.clear();
    }
    return applied(d);
  }

  private void recordCommendation(
      DisputeDraft d, StageDefinition stage, Instant t, String commandId) {
    d.stages.add(
        new StageRecord(stage.id(), t, null, null, t, StageClosure.RECORDED, false, List.of()));
    d.currentStageId = stage.id();
    d.status = DisputeStatus.RECORDED;
    d.event(t, EventType.COMMENDATION_RECORDED, stage.id(), commandId, details());
    d.note(
        RecordKind.OUTCOME,
        stage.recordedBy(),
        stage,
        null,
        "Excellent practice was recorded and shared (" + d.reference + ").");
    d.alert(
        AlertKind.COMMENDATION,
        stage.to(),
        stage.cc(),
        stage,
        null,
        "The chair has recorded excellent practice on this case. Nothing is asked.");
  }

  private void fire(DisputeDraft d, Timer timer) {
    Instant t = timer.dueAt();
    switch (timer.kind()) {
      case REMINDER -> {
        StageDefinition stage = d.currentDefinition();
        d.event(t, EventType.REMINDER_SENT, stage.id(), null, details("before", timer.ref()));
        d.alert(
            AlertKind.REMINDER,
            stage.to(),
            stage.cc(),
            stage,
            d.currentRecord().dueAt(),
            "A reminder: a response is due by "
                + DueTimes.inWords(d.currentRecord().dueAt())
                + ".");
      }
      case STEP -> {
        StageDefinition stage = d.currentDefinition();
        Step step =
            stage.steps().stream()
                .filter(s -> s.id().equals(timer.ref()))
                .findFirst()
                .orElseThrow();
        d.event(t, EventType.STEP_DUE, stage.id(), null, details("step", step.id()));
        d.alert(
            AlertKind.STEP_DUE,
            List.of(step.owner()),
            List.of(),
            stage,
            t,
            "Due now: " + step.name() + ".");
      }
      case STEP_REMINDER -> Tasks.remind(d, timer);
      case STAGE_DUE -> breach(d, t);
      case DECISION_DUE ->
          ChairDecision.timeUp(d, t, (target, at) -> escalate(d, target, at, null, true));
      case STAGE_LIMIT -> {
        StageDefinition stage = d.currentDefinition();
        d.event(t, EventType.STAGE_LIMIT_REACHED, stage.id(), null, details("limit", timer.ref()));
        d.alert(
            AlertKind.STAGE_LIMIT_REACHED,
            List.of(CHAIR),
            concat(stage.to(), stage.cc()),
            stage,
            null,
            stage.name()
                + " has reached its limit of "
                + timer.ref()
                + ". Decide now whether to start the formal process.");
      }
      case CAP -> {
        Cap cap =
            d.protocol.caps().stream()
                .filter(c -> c.id().equals(timer.ref()))
                .findFirst()
                .orElseThrow();
        StageDefinition stage = d.currentDefinition();
        d.event(t, EventType.CAP_REACHED, stage.id(), null, details("cap", cap.id()));
        d.alert(
            AlertKind.CAP_REACHED,
            concat(List.of(CHAIR), cap.alert()),
            List.of(),
            stage,
            null,
            "The dispute has reached the protocol's limit: "
                + cap.name()
                + " ("
                + cap.within().text()
                + ").");
      }
      case TIME_OUT_LIMIT -> {
        StageDefinition stage = d.currentDefinition();
        d.event(
            t, EventType.TIME_OUT_LIMIT_REACHED, stage.id(), null, details("longest", timer.ref()));
        List<String> cc = d.protocol.timeOut().approver().map(List::of).orElse(List.of());
        d.alert(
            AlertKind.TIME_OUT_TOO_LONG,
            List.of(CHAIR),
            cc,
            stage,
            null,
            "The time out has lasted "
                + timer.ref()
                + ": resume the dispute or record why it stays paused.");
      }
    }
  }

  private void breach(DisputeDraft d, Instant t) {
    StageDefinition stage = d.currentDefinition();
    StageRecord cur = d.currentRecord();
    d.replaceCurrentRecord(cur.asBreached());
    d.event(
        t,
        EventType.STAGE_BREACHED,
        stage.id(),
        null,
        details("responses", String.valueOf(cur.responses().size())));
    if (!cur.responses().isEmpty()) {
      d.alert(
          AlertKind.DECISION_NEEDED,
          List.of(CHAIR),
          List.of(),
          stage,
          null,
          "The due time at "
              + stage.name()
              + " has passed after a response. Record whether you are satisfied; if not, escalate.");
      return;
    }
    Optional<StageDefinition> next = d.track.after(stage.id());
    switch (stage.onBreach()) {
      case ESCALATE -> {
        if (next.isPresent()) {
          escalate(d, next.get(), t, null, true);
        } else {
          d.alert(
              AlertKind.BREACH,
              List.of(CHAIR),
              stage.to(),
              stage,
              null,
              stage.name()
                  + " is overdue with no response and is the last stage: consider "
                  + d.protocol.referral().name()
                  + ".");
        }
      }
      case ALERT_CHAIR ->
          d.alert(
              AlertKind.BREACH,
              List.of(CHAIR),
              stage.to(),
              stage,
              null,
              stage.name()
                  + " is overdue with no response. The chair decides: escalate, give more time or resolve.");
      case NONE -> {}
    }
  }

  private Decision reject(DisputeDraft d, Command c, Instant t, String reason) {
    d.event(
        t,
        EventType.COMMAND_REJECTED,
        d.currentStageId,
        c.commandId(),
        details("command", c.getClass().getSimpleName(), "reason", reason));
    d.alert(
        AlertKind.NOTE_REJECTED,
        List.of(CHAIR),
        List.of(),
        d.currentDefinition(),
        null,
        "Your note could not be applied: " + reason + ".");
    return new Decision(
        Optional.of(d.freeze()), d.events, d.effects, Decision.Outcome.REJECTED, reason);
  }

  private static Decision rejectRaise(Command.Raise c, String reason) {
    return rejectNote(c.commandId(), c.subject(), c.chairId(), reason);
  }

  /**
   * A dispute note that cannot be taken and opens or changes no dispute: no events, and an alert
   * telling its author (as the role {@code chair}) why.
   *
   * @param commandId the note's id and version
   * @param subject whose case the note is on
   * @param authorId who recorded the note
   * @param reason in plain words, with no note text and no personal data
   */
  public static Decision rejectNote(
      String commandId, Subject subject, String authorId, String reason) {
    Effect alert =
        new Effect.SendAlert(
            "note/" + commandId + "/rejected",
            null,
            subject,
            AlertKind.NOTE_REJECTED,
            List.of(CHAIR),
            List.of(),
            null,
            null,
            null,
            "Your dispute note could not be taken: " + reason + ".",
            authorId);
    return new Decision(
        Optional.empty(), List.of(), List.of(alert), Decision.Outcome.REJECTED, reason);
  }

  private static Decision applied(DisputeDraft d) {
    return new Decision(
        Optional.of(d.freeze()), d.events, d.effects, Decision.Outcome.APPLIED, null);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static String ids(List<String> ids) {
    return ids.stream().collect(Collectors.joining(", "));
  }
}

package uk.irodispute.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import uk.irodispute.core.calendar.WorkingCalendar;
import uk.irodispute.core.engine.Calendars;
import uk.irodispute.core.engine.DisputeEvent;
import uk.irodispute.core.engine.EventType;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.core.model.DisputeStatus;
import uk.irodispute.core.model.Pause;
import uk.irodispute.core.model.StageRecord;
import uk.irodispute.core.model.Subject;
import uk.irodispute.core.protocol.Category;
import uk.irodispute.core.protocol.Protocol;
import uk.irodispute.core.protocol.ProtocolRegistry;
import uk.irodispute.core.protocol.StageDefinition;
import uk.irodispute.core.protocol.StageKind;
import uk.irodispute.core.protocol.Track;

/**
 * Turns disputes and their events into register rows as at a given time: what had happened by then,
 * and nothing after. A dispute closed after that time is open in its row; a stage opened after it
 * is not reached. Stage order and names come from the protocol version the dispute runs under,
 * working days from that protocol's calendar.
 */
public final class DisputeRegister {

  private final ProtocolRegistry protocols;
  private final Calendars calendars;
  private final Function<Subject, String> caseLinks;

  /**
   * @param protocols every loaded protocol version
   * @param calendars the working calendar of each protocol's calendar settings
   * @param caseLinks the link to a child's record, as the system file configures it; null for none
   */
  public DisputeRegister(
      ProtocolRegistry protocols, Calendars calendars, Function<Subject, String> caseLinks) {
    this.protocols = protocols;
    this.calendars = calendars;
    this.caseLinks = caseLinks;
  }

  /** The rows of the disputes raised by {@code asOf}, in the order raised. */
  public List<RegisterRow> rows(List<DisputeHistory> histories, Instant asOf) {
    return histories.stream()
        .filter(h -> !h.dispute().raisedAt().isAfter(asOf))
        .sorted(
            Comparator.comparing((DisputeHistory h) -> h.dispute().raisedAt())
                .thenComparing(h -> h.dispute().reference().value()))
        .map(h -> row(h, asOf))
        .toList();
  }

  /** The dispute's row as at {@code asOf}. */
  public RegisterRow row(DisputeHistory history, Instant asOf) {
    Dispute d = history.dispute();
    Optional<Protocol> protocol =
        protocols
            .version(d.protocolId(), d.protocolVersion())
            .or(() -> protocols.latest(d.protocolId()));
    Optional<Track> track = protocol.flatMap(p -> p.track(d.trackId()));
    List<StageRecord> lived = d.stages().stream().filter(s -> !s.openedAt().isAfter(asOf)).toList();
    StageRecord highest =
        lived.stream()
            .max(Comparator.comparingInt(s -> track.map(t -> t.indexOf(s.stageId())).orElse(0)))
            .orElse(d.stages().get(0));
    StageRecord current = lived.isEmpty() ? d.stages().get(0) : lived.get(lived.size() - 1);
    Instant closedAt = closedAt(d, asOf);
    String status = status(d, closedAt, asOf);
    boolean open = closedAt == null;
    boolean paused = "paused".equals(status);
    Instant dueAt = open ? current.dueAt() : null;
    WorkingCalendar calendar = protocol.map(p -> calendars.forSettings(p.calendar())).orElse(null);
    Instant referredAt =
        d.referredAt() != null && !d.referredAt().isAfter(asOf) ? d.referredAt() : null;
    return new RegisterRow(
        d.reference().value(),
        d.subject().sourceSystem(),
        caseLinks.apply(d.subject()),
        d.protocolId(),
        d.protocolVersion(),
        d.trackId(),
        d.categoryId(),
        protocol
            .flatMap(p -> p.category(d.categoryId()))
            .map(Category::name)
            .orElse(d.categoryId()),
        d.raisedAt(),
        closedAt,
        status,
        highest.stageId(),
        stageName(track, highest.stageId()),
        isFormal(track, highest.stageId()),
        open ? current.stageId() : null,
        open ? stageName(track, current.stageId()) : null,
        dueAt,
        open && !paused && dueAt != null && dueAt.isBefore(asOf),
        calendar == null ? 0 : workingDays(calendar, d.raisedAt(), open ? asOf : closedAt),
        (int)
            events(history, EventType.STAGE_BREACHED, asOf)
                .map(DisputeEvent::stageId)
                .distinct()
                .count(),
        events(history, EventType.CAP_REACHED, asOf).findAny().isPresent(),
        (int) d.pauses().stream().filter(p -> !p.startedAt().isAfter(asOf)).count(),
        referredAt != null,
        referredAt);
  }

  /**
   * Working days from one instant to another on the calendar: the working days after the first's
   * date, up to and including the second's, in Europe/London. Zero on the same day.
   */
  static int workingDays(WorkingCalendar calendar, Instant from, Instant to) {
    LocalDate last = calendar.dateOf(to);
    int days = 0;
    for (LocalDate day = calendar.dateOf(from).plusDays(1);
        !day.isAfter(last);
        day = day.plusDays(1)) {
      if (calendar.isWorkingDay(day)) {
        days++;
      }
    }
    return days;
  }

  private static Instant closedAt(Dispute d, Instant asOf) {
    if (!d.status().isClosed()) {
      return null;
    }
    Instant closed = d.currentStage().closedAt();
    return closed != null && !closed.isAfter(asOf) ? closed : null;
  }

  private static String status(Dispute d, Instant closedAt, Instant asOf) {
    if (closedAt != null) {
      return d.status().name().toLowerCase(Locale.ROOT);
    }
    boolean paused =
        d.pauses().stream().anyMatch(p -> !p.startedAt().isAfter(asOf) && (endedAfter(p, asOf)));
    return (paused ? DisputeStatus.PAUSED : DisputeStatus.OPEN).name().toLowerCase(Locale.ROOT);
  }

  private static boolean endedAfter(Pause p, Instant asOf) {
    return p.endedAt() == null || p.endedAt().isAfter(asOf);
  }

  private static java.util.stream.Stream<DisputeEvent> events(
      DisputeHistory history, EventType type, Instant asOf) {
    return history.events().stream().filter(e -> e.type() == type && !e.at().isAfter(asOf));
  }

  private static String stageName(Optional<Track> track, String stageId) {
    return track.flatMap(t -> t.stage(stageId)).map(StageDefinition::name).orElse(stageId);
  }

  private static boolean isFormal(Optional<Track> track, String stageId) {
    return track
        .flatMap(t -> t.stage(stageId))
        .map(s -> s.kind() == StageKind.FORMAL || s.kind() == StageKind.REFERRAL)
        .orElse(false);
  }
}

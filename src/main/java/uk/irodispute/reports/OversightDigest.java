package uk.irodispute.reports;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.irodispute.core.calendar.WorkingCalendar;
import uk.irodispute.core.engine.DisputeEvent;
import uk.irodispute.core.engine.EventType;
import uk.irodispute.core.protocol.ProtocolRegistry;
import uk.irodispute.core.protocol.StageDefinition;
import uk.irodispute.core.protocol.Track;
import uk.irodispute.reports.DigestContent.Entry;
import uk.irodispute.reports.DigestContent.StageGroup;

/**
 * Composes the weekly oversight digest: what happened to disputes in the seven days up to now, and
 * where every open dispute stands.
 */
public final class OversightDigest {

  /** How far back a digest looks. */
  public static final Duration WEEK = Duration.ofDays(7);

  private final DisputeRegister register;
  private final ProtocolRegistry protocols;

  public OversightDigest(DisputeRegister register, ProtocolRegistry protocols) {
    this.register = register;
    this.protocols = protocols;
  }

  /** The ISO week an instant falls in, in London: {@code 2026-W45}. */
  public static String weekOf(Instant at) {
    LocalDate day = at.atZone(WorkingCalendar.ZONE).toLocalDate();
    return String.format(
        "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /**
   * The week is the seven days up to {@code now}: after its first moment, up to and including now,
   * so digests a week apart never count the same thing twice.
   *
   * @param histories at least every dispute open now or changed in the last week
   * @param now when the digest is composed
   */
  public DigestContent compose(List<DisputeHistory> histories, Instant now) {
    Instant from = now.minus(WEEK);
    Map<String, RegisterRow> rows = new LinkedHashMap<>();
    register.rows(histories, now).forEach(r -> rows.put(r.reference(), r));
    List<RegisterRow> disputes = rows.values().stream().filter(r -> !r.commendation()).toList();
    List<Entry> opened =
        disputes.stream()
            .filter(r -> within(r.raisedAt(), from, now))
            .map(
                r ->
                    entry(
                        r,
                        "opened.entry",
                        values("category", r.categoryName()),
                        Map.of("raisedAt", r.raisedAt()),
                        null))
            .toList();
    List<Entry> closed =
        disputes.stream()
            .filter(r -> r.closed() && within(r.closedAt(), from, now))
            .map(
                r ->
                    entry(
                        r,
                        "closed.entry",
                        values("status", r.status(), "stageName", r.stageReachedName()),
                        Map.of(),
                        r.workingDays()))
            .toList();
    List<Entry> overdue =
        disputes.stream()
            .filter(r -> !r.closed() && (r.overdue() || r.capBreached()))
            .map(OversightDigest::overdueEntry)
            .toList();
    return new DigestContent(
        weekOf(now),
        from,
        now,
        opened,
        escalated(histories, rows, from, now),
        closed,
        overdue,
        openByStage(disputes));
  }

  private List<Entry> escalated(
      List<DisputeHistory> histories, Map<String, RegisterRow> rows, Instant from, Instant now) {
    List<DisputeEvent> escalations = new ArrayList<>();
    for (DisputeHistory h : histories) {
      h.events().stream()
          .filter(e -> e.type() == EventType.ESCALATED && within(e.at(), from, now))
          .forEach(escalations::add);
    }
    escalations.sort(
        Comparator.comparing(DisputeEvent::at).thenComparing(e -> e.reference().value()));
    List<Entry> entries = new ArrayList<>();
    for (DisputeEvent e : escalations) {
      RegisterRow r = rows.get(e.reference().value());
      if (r == null) {
        continue;
      }
      Optional<Track> track = track(r);
      entries.add(
          entry(
              r,
              "true".equals(e.details().get("automatic"))
                  ? "escalated.byClock"
                  : "escalated.byChair",
              values(
                  "from",
                  stageName(track, e.details().get("from")),
                  "to",
                  stageName(track, e.stageId())),
              Map.of("at", e.at()),
              null));
    }
    return entries;
  }

  private List<StageGroup> openByStage(List<RegisterRow> disputes) {
    Map<String, List<RegisterRow>> byStage = new LinkedHashMap<>();
    disputes.stream()
        .filter(r -> !r.closed())
        .sorted(
            Comparator.comparing(RegisterRow::protocol)
                .thenComparingInt(this::currentStageIndex)
                .thenComparing(RegisterRow::raisedAt))
        .forEach(
            r ->
                byStage
                    .computeIfAbsent(r.protocol() + "/" + r.currentStage(), k -> new ArrayList<>())
                    .add(r));
    return byStage.values().stream()
        .map(
            group ->
                new StageGroup(
                    group.get(0).protocol(),
                    group.get(0).currentStageName(),
                    group.stream().map(OversightDigest::standing).toList()))
        .toList();
  }

  private static Entry standing(RegisterRow r) {
    String what =
        "paused".equals(r.status())
            ? "standing.paused"
            : r.overdue()
                ? "standing.overdue"
                : r.dueAt() == null ? "standing.noDueTime" : "standing.due";
    Map<String, Instant> times = r.dueAt() == null ? Map.of() : Map.of("dueAt", r.dueAt());
    return entry(r, what, Map.of(), times, r.workingDays());
  }

  private static Entry overdueEntry(RegisterRow r) {
    Map<String, String> values =
        values("stageName", r.currentStageName(), "capPassed", r.capBreached() ? "yes" : null);
    return r.overdue()
        ? entry(r, "overdue.late", values, Map.of("dueAt", r.dueAt()), null)
        : entry(r, "overdue.atStage", values, Map.of(), null);
  }

  private int currentStageIndex(RegisterRow r) {
    return track(r).map(t -> t.indexOf(r.currentStage())).orElse(Integer.MAX_VALUE);
  }

  private Optional<Track> track(RegisterRow r) {
    return protocols
        .version(r.protocol(), r.protocolVersion())
        .or(() -> protocols.latest(r.protocol()))
        .flatMap(p -> p.track(r.track()));
  }

  private static String stageName(Optional<Track> track, String stageId) {
    return track.flatMap(t -> t.stage(stageId)).map(StageDefinition::name).orElse(stageId);
  }

  private static Entry entry(
      RegisterRow r,
      String what,
      Map<String, String> values,
      Map<String, Instant> times,
      Integer workingDays) {
    return new Entry(r.reference(), what, values, times, workingDays, r.caseLink());
  }

  /** Names and values, given as name, value, name, value; a value may be null. */
  private static Map<String, String> values(String... namesAndValues) {
    Map<String, String> v = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      v.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return v;
  }

  private static boolean within(Instant t, Instant from, Instant to) {
    return t != null && t.isAfter(from) && !t.isAfter(to);
  }
}

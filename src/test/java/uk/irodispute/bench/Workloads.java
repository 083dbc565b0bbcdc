package uk.irodispute.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.irodispute.core.calendar.Region;
import uk.irodispute.core.calendar.Timescale;
import uk.irodispute.core.calendar.WorkingCalendar;
import uk.irodispute.core.calendar.WorkingHours;
import uk.irodispute.core.engine.Calendars;
import uk.irodispute.core.engine.Command;
import uk.irodispute.core.engine.Decision;
import uk.irodispute.core.engine.EscalationEngine;
import uk.irodispute.core.engine.Schedule;
import uk.irodispute.core.engine.ScheduleCalculator;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.core.protocol.Protocol;
import uk.irodispute.core.protocol.ProtocolRegistry;
import uk.irodispute.holidays.BankHolidaySources;
import uk.irodispute.mappings.ProtocolFileLoader;

/**
 * What the JMH benchmarks (src/bench/java, the {@code bench} profile) measure, kept here so that a
 * test checks each gives the right answer: due times on the calendar, whole schedules, and the
 * engine's decisions, over the shipped protocols and the England and Wales calendar, from starts
 * spread over two years of working and non-working days.
 */
public final class Workloads {

  /** The timescales the shipped protocols use. */
  static final List<String> TIMESCALES =
      List.of(
          "4 working days",
          "5 working days",
          "10 working days",
          "5 days",
          "24 hours",
          "72 hours",
          "days 1-2",
          "days 9-10");

  private static final int STARTS = 1024;

  private final WorkingCalendar calendar;
  private final List<Timescale> timescales;
  private final Instant[] starts = new Instant[STARTS];
  private final ScheduleCalculator schedules;
  private final Protocol dayRange;
  private final EscalationEngine engine;
  private final Dispute[] raised = new Dispute[STARTS];

  public Workloads() {
    List<Protocol> shipped = new ProtocolFileLoader().loadDirectory(Path.of("mappings/protocols"));
    ProtocolRegistry registry = new ProtocolRegistry(shipped);
    Calendars calendars =
        settings ->
            new WorkingCalendar(
                settings.region(),
                settings.hours(),
                settings.closureDays(),
                BankHolidaySources.standard());
    calendar =
        new WorkingCalendar(
            Region.ENGLAND_AND_WALES,
            WorkingHours.DEFAULT,
            List.of(),
            BankHolidaySources.standard());
    timescales = TIMESCALES.stream().map(Timescale::parse).toList();
    Instant first = Instant.parse("2026-01-01T08:17:00Z");
    for (int i = 0; i < STARTS; i++) {
      starts[i] = first.plus(Duration.ofMinutes(i * 1031L));
    }
    schedules = new ScheduleCalculator(calendars);
    dayRange =
        shipped.stream().filter(p -> p.id().equals("day-range-lac-cp")).findFirst().orElseThrow();
    engine = new EscalationEngine(registry, calendars);
    for (int i = 0; i < STARTS; i++) {
      raised[i] = raise(i).dispute().orElseThrow();
    }
  }

  /** The {@code i}-th due time: a timescale from a start, on the calendar. */
  public Instant dueTime(int i) {
    Instant start = starts[i & (STARTS - 1)];
    return timescales.get(i % timescales.size()).dueFrom(start, start, calendar);
  }

  /** The {@code i}-th whole schedule of the day-range protocol's LAC track. */
  public Schedule schedule(int i) {
    return schedules.schedule(
        dayRange, dayRange.tracks().get(i & 1), starts[i & (STARTS - 1)], Optional.empty());
  }

  /** The {@code i}-th raise: a new dispute on the day-range protocol. */
  public Decision raise(int i) {
    return engine.raise(
        TickBench.raiseCommand(i, starts[i & (STARTS - 1)]), starts[i & (STARTS - 1)]);
  }

  /** The {@code i}-th escalation by the chair, of a dispute raised the day before. */
  public Decision escalate(int i) {
    Dispute dispute = raised[i & (STARTS - 1)];
    Instant at = dispute.raisedAt().plus(Duration.ofDays(1));
    return engine.decide(
        dispute, new Command.Escalate("bench:escalate:" + i, at, dispute.reference(), null), at);
  }

  /** The {@code i}-th tick of a dispute raised a week before: its first stage has passed. */
  public Decision tick(int i) {
    Dispute dispute = raised[i & (STARTS - 1)];
    return engine.tick(dispute, dispute.raisedAt().plus(Duration.ofDays(7)));
  }
}

package uk.irodispute.reports;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.irodispute.core.calendar.WorkingCalendar;
import uk.irodispute.core.engine.Calendars;
import uk.irodispute.core.engine.Command;
import uk.irodispute.core.engine.Decision;
import uk.irodispute.core.engine.DisputeEvent;
import uk.irodispute.core.engine.EscalationEngine;
import uk.irodispute.core.model.Concerns;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.core.model.DisputeReference;
import uk.irodispute.core.model.Subject;
import uk.irodispute.core.protocol.ProtocolRegistry;
import uk.irodispute.holidays.BankHolidaySources;
import uk.irodispute.mappings.ProtocolFileLoader;

/**
 * One dispute driven through the real engine in memory, under a shipped protocol, with its events
 * kept as the store keeps them: for the reports' unit tests, which need no database.
 */
public final class InMemoryDispute {

  public static final ProtocolRegistry PROTOCOLS =
      new ProtocolRegistry(new ProtocolFileLoader().loadDirectory(Path.of("mappings/protocols")));

  public static final Calendars CALENDARS =
      settings ->
          new WorkingCalendar(
              settings.region(),
              settings.hours(),
              settings.closureDays(),
              BankHolidaySources.standard());

  static final EscalationEngine ENGINE = new EscalationEngine(PROTOCOLS, CALENDARS);

  /** Invented identifiers only. */
  static final Subject SUBJECT = new Subject("test-lcs", "PERSON-1001", "CASE-2001");

  private final DisputeReference reference;
  private final List<DisputeEvent> events = new ArrayList<>();
  private Dispute dispute;
  private int notes;

  private InMemoryDispute(DisputeReference reference) {
    this.reference = reference;
  }

  /** A dispute raised under the protocol's track, at the given stage (null for the first). */
  static InMemoryDispute raise(
      int number,
      String protocol,
      String track,
      String category,
      String startAt,
      String londonTime) {
    InMemoryDispute d = new InMemoryDispute(DisputeReference.of(2026, number));
    Instant at = london(londonTime);
    d.apply(
        ENGINE.raise(
            new Command.Raise(
                d.noteId(),
                at,
                d.reference,
                protocol,
                SUBJECT,
                "IRO-7",
                track,
                category,
                null,
                startAt,
                null,
                Set.of("issue", "outcome-sought", "response-by"),
                false,
                Concerns.CHILDRENS_SERVICES),
            at));
    return d;
  }

  InMemoryDispute escalate(String londonTime) {
    Instant at = tickTo(londonTime);
    return apply(ENGINE.decide(dispute, new Command.Escalate(noteId(), at, reference, null), at));
  }

  InMemoryDispute satisfied(String londonTime) {
    Instant at = tickTo(londonTime);
    return apply(ENGINE.decide(dispute, new Command.Satisfied(noteId(), at, reference), at));
  }

  InMemoryDispute pause(String londonTime, String approvedBy) {
    Instant at = tickTo(londonTime);
    return apply(
        ENGINE.decide(dispute, new Command.Pause(noteId(), at, reference, approvedBy), at));
  }

  InMemoryDispute resume(String londonTime) {
    Instant at = tickTo(londonTime);
    return apply(ENGINE.decide(dispute, new Command.Resume(noteId(), at, reference), at));
  }

  /** Fires whatever fell due by then, as the schedule would. */
  Instant tickTo(String londonTime) {
    Instant at = london(londonTime);
    apply(ENGINE.tick(dispute, at));
    return at;
  }

  DisputeHistory history() {
    return new DisputeHistory(dispute, events);
  }

  static Instant london(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.ZONE).toInstant();
  }

  private InMemoryDispute apply(Decision decision) {
    dispute = decision.dispute().orElseThrow();
    events.addAll(decision.events());
    return this;
  }

  private String noteId() {
    return "test-lcs:N-" + reference.value() + "-" + (++notes) + "@1";
  }
}

package uk.irodispute.core.protocol;

import java.util.List;
import java.util.Optional;
import uk.irodispute.core.calendar.Timescale;

/**
 * One stage of a track.
 *
 * @param id for example {@code level-1}
 * @param name for example {@code Level 1: Service Manager}
 * @param kind informal, decision, formal or referral
 * @param to roles the stage is addressed to
 * @param cc roles copied in
 * @param timescale how long the stage has; empty where the protocol sets none
 * @param chairSetsTimescale true where the chair sets the timescale when raising (seed 000's
 *     informal stage); {@code timescale} is then the default
 * @param limit the most the stage may take including extensions
 * @param onBreach what happens when the due time passes with no response
 * @param reminders how long before the due time each reminder goes
 * @param mayStartHere whether a dispute may start at this stage
 * @param recording which case notes the stage writes
 * @param recordedBy the role that authors the stage's notes
 * @param mustRecord what the raising note must state (for example the outcome sought)
 * @param steps timed tasks inside the stage
 * @param decisionMaker the role that decides at this stage, if the protocol names one
 * @param guidance what is asked of the recipients, in the protocol's words
 * @param next the stage escalation goes to; empty means the next stage in order
 * @param afterResponse how long the chair has to decide after a response; null where the stage's
 *     own due time is the only one
 * @param meeting the meeting the stage asks for; null when it asks for none
 */
public record StageDefinition(
    String id,
    String name,
    StageKind kind,
    List<String> to,
    List<String> cc,
    Timescale timescale,
    boolean chairSetsTimescale,
    Timescale limit,
    BreachAction onBreach,
    List<Timescale> reminders,
    boolean mayStartHere,
    List<RecordKind> recording,
    String recordedBy,
    List<String> mustRecord,
    List<Step> steps,
    String decisionMaker,
    String guidance,
    String next,
    AfterResponse afterResponse,
    Meeting meeting) {

  public StageDefinition {
    to = List.copyOf(to);
    cc = List.copyOf(cc);
    reminders = List.copyOf(reminders);
    recording = List.copyOf(recording);
    mustRecord = List.copyOf(mustRecord);
    steps = List.copyOf(steps);
  }

  public Optional<Timescale> timescaleIfAny() {
    return Optional.ofNullable(timescale);
  }

  public Optional<Timescale> limitIfAny() {
    return Optional.ofNullable(limit);
  }

  public Optional<String> nextStage() {
    return Optional.ofNullable(next);
  }

  public Optional<AfterResponse> afterResponseIfAny() {
    return Optional.ofNullable(afterResponse);
  }

  public Optional<Meeting> meetingIfAny() {
    return Optional.ofNullable(meeting);
  }

  public Optional<String> decisionMakerIfAny() {
    return Optional.ofNullable(decisionMaker);
  }
}

package uk.irodispute.reports;

import java.time.Instant;

/**
 * One dispute in the register, as at a given time. Identifiers, stage names, times and counts only:
 * no child's name and no person id; the case link is the one the council configured for its alerts.
 *
 * @param reference the dispute reference, for example {@code DRP-2026-000042}
 * @param system the case-system connection it came from
 * @param caseLink the link to the child's record, from the system file's {@code caseLink}; null
 *     where it gives none
 * @param protocol the protocol's id
 * @param protocolVersion the version the dispute runs under
 * @param track for example {@code LAC} or {@code CP}
 * @param category the category's id
 * @param categoryName the category in the protocol's words
 * @param raisedAt when it was raised
 * @param closedAt when it closed; null while open
 * @param status {@code open}, {@code paused}, {@code resolved}, {@code withdrawn}, {@code referred}
 *     (closed at the referral stage) or {@code recorded} (a commendation)
 * @param stageReached the highest stage it reached, in the order of the protocol's track
 * @param stageReachedName that stage's name
 * @param formal whether the highest stage reached is a formal or referral stage (not informal or a
 *     decision whether to go formal)
 * @param currentStage the stage it is at; null once closed
 * @param currentStageName that stage's name; null once closed
 * @param dueAt when the current stage is due; null once closed or where the stage has no due time
 * @param overdue whether it is open (not in a time out) and its current stage's due time has passed
 * @param workingDays working days from the raised date to the closing date, or to the report's date
 *     while open, on the protocol's calendar: the working days after the day it was raised, up to
 *     and including the day it closed (the count a timescale of N working days allows)
 * @param breachedStages how many stages passed their due time while current
 * @param capBreached whether the protocol's overall limit (for example 20 working days) was reached
 * @param timeOuts how many time outs were called
 * @param referredToCafcass whether the chair referred the case to CAFCASS
 * @param referredAt when; null if not referred
 */
public record RegisterRow(
    String reference,
    String system,
    String caseLink,
    String protocol,
    String protocolVersion,
    String track,
    String category,
    String categoryName,
    Instant raisedAt,
    Instant closedAt,
    String status,
    String stageReached,
    String stageReachedName,
    boolean formal,
    String currentStage,
    String currentStageName,
    Instant dueAt,
    boolean overdue,
    int workingDays,
    int breachedStages,
    boolean capBreached,
    int timeOuts,
    boolean referredToCafcass,
    Instant referredAt) {

  /** Whether it is closed (resolved, withdrawn, referred or recorded). */
  public boolean closed() {
    return closedAt != null;
  }

  /** Whether the chair was satisfied. */
  public boolean resolved() {
    return "resolved".equals(status);
  }

  /** Whether it records excellent practice rather than a dispute. */
  public boolean commendation() {
    return "recorded".equals(status);
  }
}

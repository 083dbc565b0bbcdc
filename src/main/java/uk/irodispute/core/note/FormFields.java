package uk.irodispute.core.note;

import java.util.List;

/**
 * The canonical form fields a dispute command reads, after a system file has renamed the case
 * system's questions to them. Besides these, a note's form may carry the system's command and draft
 * fields and what a protocol's stages must record (for example {@code outcome-sought}).
 */
public final class FormFields {

  /** The dispute a note is about, such as {@code DRP-2026-000042}. */
  public static final String REFERENCE = "reference";

  /** The protocol a raised dispute runs under, when not the system's own. */
  public static final String PROTOCOL = "protocol";

  /** The track (for example LAC or CP). */
  public static final String TRACK = "track";

  /** What the dispute is about. */
  public static final String CATEGORY = "category";

  /**
   * What the chair seeks from the dispute. Only an answer the system file lists under {@code
   * answerValues} is carried, so alerts never quote free text.
   */
  public static final String OUTCOME_SOUGHT = "outcome-sought";

  /** How serious it is. */
  public static final String SERIOUSNESS = "seriousness";

  /** The stage a raised dispute starts at, when the chair chooses it. */
  public static final String START_AT = "startAt";

  /** The due date the chair sets for a stage whose timescale the chair sets. */
  public static final String DUE_BY = "dueBy";

  /** Yes when the dispute repeats an earlier one. */
  public static final String REPEAT = "repeat";

  /**
   * Yes when the dispute concerns another part of the council; seed 001 then copies the Service
   * Director from stage 3.
   */
  public static final String OTHER_PART_OF_COUNCIL = "otherPartOfCouncil";

  /** The kind of written response. */
  public static final String RESPONSE_TYPE = "responseType";

  /** The role a response is from, when not found from the author. */
  public static final String FROM_ROLE = "fromRole";

  /** The stage to escalate to, when not the next. */
  public static final String ESCALATE_TO = "escalateTo";

  /** The role that approved a time out. */
  public static final String APPROVED_BY = "approvedBy";

  /** An extension as a timescale, such as {@code 5 working days}. */
  public static final String EXTEND_BY = "extendBy";

  /** An extension to a date or time. */
  public static final String EXTEND_UNTIL = "extendUntil";

  /** The task a task-done note marks done, such as {@code record-discussion}. */
  public static final String TASK = "task";

  /** Why, for an extension. */
  public static final String REASON = "reason";

  /** Every field a command reads. */
  public static final List<String> ALL =
      List.of(
          REFERENCE,
          PROTOCOL,
          TRACK,
          CATEGORY,
          OUTCOME_SOUGHT,
          SERIOUSNESS,
          START_AT,
          DUE_BY,
          REPEAT,
          OTHER_PART_OF_COUNCIL,
          RESPONSE_TYPE,
          FROM_ROLE,
          ESCALATE_TO,
          APPROVED_BY,
          EXTEND_BY,
          EXTEND_UNTIL,
          REASON,
          TASK);

  private FormFields() {}
}

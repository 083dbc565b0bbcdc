package uk.irodispute.core.engine;

/** Why an alert is sent; the message templates are chosen by it. */
public enum AlertKind {
  STAGE_OPENED,
  INFORMED,
  REMINDER,
  STEP_DUE,
  TASK_REMINDER,
  BREACH,
  DECISION_NEEDED,
  STAGE_LIMIT_REACHED,
  CAP_REACHED,
  TIME_OUT,
  TIME_OUT_TOO_LONG,
  RESUMED,
  EXTENDED,
  REFERRAL_NOTICE,
  RESOLVED,
  WITHDRAWN,
  COMMENDATION,
  RECORDING_INCOMPLETE,
  NOTE_REJECTED
}

package uk.irodispute.core.protocol;

/** What part of the process a stage is. */
public enum StageKind {
  /** Resolution with the social worker and team manager before the formal process. */
  INFORMAL,
  /** A manager decides whether the formal process starts (seed 002's Head of Service). */
  DECISION,
  /** A level of the formal process; the formal caps count from the first of these. */
  FORMAL,
  /** Referral outside the council, to CAFCASS. */
  REFERRAL
}

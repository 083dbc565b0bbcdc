package uk.irodispute.core.model;

/** Where a dispute is in its life. */
public enum DisputeStatus {
  /** The clock runs. */
  OPEN,
  /** A time out: the clock is stopped. */
  PAUSED,
  /** The chair is satisfied. */
  RESOLVED,
  /** The chair withdrew it. */
  WITHDRAWN,
  /** Referred to CAFCASS at the final step. */
  REFERRED,
  /** A commendation: recipients were told and nothing more is due. */
  RECORDED;

  public boolean isClosed() {
    return this != OPEN && this != PAUSED;
  }
}

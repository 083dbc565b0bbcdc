package uk.irodispute.core.engine;

/** Who moved a dispute on to a later stage. */
enum Escalation {
  /** The clock did: a due time or the chair's time to decide passed. */
  AUTOMATIC,
  /** The chair did, by a note. */
  BY_CHAIR;

  boolean automatic() {
    return this == AUTOMATIC;
  }
}

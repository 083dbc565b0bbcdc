package uk.irodispute.polling;

/** How one lookup of a note went. */
public enum LookupOutcome {
  /** Asked of the case system (a request, or a query) and read. */
  FETCHED,
  /** Answered by an earlier request of the same run. */
  CACHED,
  /** The case system answered 404: the note is kept as a dead letter. */
  NOT_FOUND,
  /**
   * Not answered, not a success, or a query that failed: the run stops and the page is read again
   * next run.
   */
  FAILED
}

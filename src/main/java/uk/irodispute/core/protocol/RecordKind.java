package uk.irodispute.core.protocol;

/** The three case notes a stage records, as seed 003 asks: query, action, outcome. */
public enum RecordKind {
  QUERY,
  ACTION,
  OUTCOME
}

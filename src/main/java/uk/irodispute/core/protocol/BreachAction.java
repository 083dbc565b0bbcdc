package uk.irodispute.core.protocol;

/**
 * What happens when a stage's due time passes with no response. After a response the chair always
 * decides, so a breach then only alerts the chair.
 */
public enum BreachAction {
  /** Open the next stage at once and alert its recipients. */
  ESCALATE,
  /** Alert the chair to decide: escalate, extend or resolve. */
  ALERT_CHAIR,
  /** Nothing beyond recording the breach. */
  NONE
}

package uk.irodispute.delivery;

import java.util.List;
import java.util.Optional;
import uk.irodispute.core.engine.Effect;
import uk.irodispute.core.model.Dispute;

/**
 * Turns an engine effect into the deliveries that carry it out: a case note into the system's
 * write-back form, an alert into one mail per message with roles resolved to addresses. A role with
 * nobody behind it becomes an extra alert to the chair and to operations, never a silent skip.
 */
public interface DeliveryPlanner {

  /**
   * @param effect what the engine decided
   * @param dispute the dispute after the decision; empty for a rejected raise
   * @param contacts the people known for the dispute's case
   * @param trigger when it was decided and on which note, for the write-back's values
   */
  List<Delivery> plan(
      Effect effect, Optional<Dispute> dispute, CaseContacts contacts, Trigger trigger);

  /** As {@link #plan(Effect, Optional, CaseContacts, Trigger)}, with no time or note known. */
  default List<Delivery> plan(Effect effect, Optional<Dispute> dispute, CaseContacts contacts) {
    return plan(effect, dispute, contacts, Trigger.unknown());
  }
}

package uk.irodispute.store;

import uk.irodispute.core.model.Dispute;

/**
 * A dispute as read from its row, with the row's version for the optimistic check on update.
 *
 * @param dispute the state
 * @param rowVersion the version it was read at
 */
public record StoredDispute(Dispute dispute, long rowVersion) {}

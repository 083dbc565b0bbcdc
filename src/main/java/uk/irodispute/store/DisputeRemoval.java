package uk.irodispute.store;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Removes disputes and everything the adapter holds about them: their events, the case contacts
 * (the staff named for them), their deliveries whatever their state, and the dead letters of those
 * deliveries or disputes with their actions. The records of the notes taken stay, without the
 * dispute's reference or a reason, so that a note read again is still known and not taken twice.
 * The caller holds the transaction.
 */
final class DisputeRemoval {

  /**
   * What went.
   *
   * @param disputes disputes
   * @param events their events
   * @param contacts their case contacts
   * @param deliveries their outbox items
   * @param deadLetters their dead letters
   */
  record Removed(int disputes, int events, int contacts, int deliveries, int deadLetters) {

    static final Removed NONE = new Removed(0, 0, 0, 0, 0);

    Removed plus(Removed other) {
      return new Removed(
          disputes + other.disputes,
          events + other.events,
          contacts + other.contacts,
          deliveries + other.deliveries,
          deadLetters + other.deadLetters);
    }
  }

  /** At most this many references in one statement's list. */
  private static final int CHUNK = 500;

  private final NamedParameterJdbcTemplate jdbc;

  DisputeRemoval(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Removed remove(List<String> references) {
    Removed removed = Removed.NONE;
    for (int from = 0; from < references.size(); from += CHUNK) {
      removed =
          removed.plus(chunk(references.subList(from, Math.min(references.size(), from + CHUNK))));
    }
    return removed;
  }

  private Removed chunk(List<String> references) {
    if (references.isEmpty()) {
      return Removed.NONE;
    }
    MapSqlParameterSource refs = new MapSqlParameterSource("refs", references);
    String letters =
        "SELECT id FROM dead_letters WHERE reference IN (:refs)"
            + " OR outbox_id IN (SELECT id FROM outbox WHERE reference IN (:refs))";
    jdbc.update("DELETE FROM dead_letter_actions WHERE dead_letter_id IN (" + letters + ")", refs);
    List<Long> letterIds = jdbc.queryForList(letters, refs, Long.class);
    int deadLetters =
        letterIds.isEmpty()
            ? 0
            : jdbc.update("DELETE FROM dead_letters WHERE id IN (:ids)", Map.of("ids", letterIds));
    int deliveries = jdbc.update("DELETE FROM outbox WHERE reference IN (:refs)", refs);
    int contacts = jdbc.update("DELETE FROM case_contacts WHERE reference IN (:refs)", refs);
    int events = jdbc.update("DELETE FROM dispute_events WHERE reference IN (:refs)", refs);
    jdbc.update(
        "UPDATE processed_notes SET reference = NULL, reason = NULL WHERE reference IN (:refs)",
        refs);
    int disputes = jdbc.update("DELETE FROM disputes WHERE reference IN (:refs)", refs);
    return new Removed(disputes, events, contacts, deliveries, deadLetters);
  }
}

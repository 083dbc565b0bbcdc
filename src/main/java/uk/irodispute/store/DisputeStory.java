package uk.irodispute.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.irodispute.core.engine.DisputeEvent;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.core.model.DisputeReference;

/**
 * Everything the adapter holds about one dispute, to answer "why did this mail go?": its state, its
 * events, the notes taken about it, its deliveries and the staff its notes named. Identifiers,
 * roles, addresses and times only: never the child's name or a note's text.
 */
@Component
public class DisputeStory {

  private final Disputes disputes;
  private final DisputeEvents events;
  private final OutboxListing outbox;
  private final NamedParameterJdbcTemplate jdbc;

  public DisputeStory(
      Disputes disputes,
      DisputeEvents events,
      OutboxListing outbox,
      NamedParameterJdbcTemplate jdbc) {
    this.disputes = disputes;
    this.events = events;
    this.outbox = outbox;
    this.jdbc = jdbc;
  }

  /** The dispute's story; empty when there is no dispute with the reference. */
  public Optional<Story> of(DisputeReference reference) {
    return disputes
        .find(reference)
        .map(
            dispute ->
                new Story(
                    dispute,
                    events.of(reference),
                    notesTaken(reference),
                    outbox.ofDispute(reference.value()),
                    recipients(reference)));
  }

  private List<TakenNote> notesTaken(DisputeReference reference) {
    return jdbc.query(
        "SELECT system_id, note_id, note_version, processed_at, outcome FROM processed_notes"
            + " WHERE reference = :reference ORDER BY processed_at, note_id, note_version",
        Map.of("reference", reference.value()),
        (rs, n) ->
            new TakenNote(
                rs.getString("system_id"),
                rs.getString("note_id"),
                rs.getString("note_version"),
                Times.read(rs, "processed_at"),
                rs.getString("outcome")));
  }

  private List<Recipient> recipients(DisputeReference reference) {
    return jdbc.query(
        "SELECT role, email FROM case_contacts WHERE reference = :reference"
            + " ORDER BY CASE WHEN role = 'chair' THEN 0 ELSE 1 END, role, worker_id",
        Map.of("reference", reference.value()),
        (rs, n) -> new Recipient(rs.getString("role"), rs.getString("email")));
  }

  /**
   * One dispute's story.
   *
   * @param dispute its state: protocol, track, stages lived, pauses, extensions
   * @param events its history, in order
   * @param notesTaken the case notes that acted on it or were recorded against it
   * @param deliveries its outbox items, oldest first
   * @param recipients the staff its notes named, by role, with their address
   */
  public record Story(
      Dispute dispute,
      List<DisputeEvent> events,
      List<TakenNote> notesTaken,
      List<OutboxListing.Entry> deliveries,
      List<Recipient> recipients) {}

  /** A case note version taken about the dispute: which, when, and how it went. */
  public record TakenNote(
      String systemId, String noteId, String version, Instant takenAt, String outcome) {}

  /** A member of staff a note named, by role; the address is null when the note gave none. */
  public record Recipient(String role, String address) {}
}

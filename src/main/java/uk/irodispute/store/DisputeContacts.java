package uk.irodispute.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.irodispute.core.model.DisputeReference;
import uk.irodispute.core.note.CaseNote;
import uk.irodispute.core.note.CaseWorker;
import uk.irodispute.core.protocol.RoleDefinition;
import uk.irodispute.delivery.CaseContacts;

/**
 * The staff a dispute's notes named, by role: the chair is the author of the note that raised it
 * and stays; every later note replaces, role by role, the workers allocated to the case, so alerts
 * reach whoever is allocated now.
 */
@Component
public class DisputeContacts {

  private static final String CHAIR = RoleDefinition.CHAIR;

  private final NamedParameterJdbcTemplate jdbc;

  public DisputeContacts(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The people known for the dispute, the chair first. */
  public CaseContacts of(DisputeReference reference) {
    return of(List.of(reference)).get(reference);
  }

  /**
   * The people known for each of the disputes, the chair first, with one query; a dispute with no
   * one known has empty contacts.
   */
  public Map<DisputeReference, CaseContacts> of(Collection<DisputeReference> references) {
    Map<DisputeReference, List<CaseWorker>> byDispute = new HashMap<>();
    for (DisputeReference reference : references) {
      byDispute.put(reference, new ArrayList<>());
    }
    if (!references.isEmpty()) {
      jdbc.query(
          "SELECT reference, role, worker_id, name, email, team FROM case_contacts"
              + " WHERE reference IN (:references)"
              + " ORDER BY reference, CASE WHEN role = 'chair' THEN 0 ELSE 1 END, role, worker_id",
          Map.of("references", references.stream().map(DisputeReference::value).toList()),
          rs -> {
            byDispute.get(new DisputeReference(rs.getString("reference"))).add(worker(rs));
          });
    }
    Map<DisputeReference, CaseContacts> contacts = new HashMap<>();
    byDispute.forEach((reference, people) -> contacts.put(reference, new CaseContacts(people)));
    return contacts;
  }

  private static CaseWorker worker(ResultSet rs) throws SQLException {
    return new CaseWorker(
        rs.getString("role"),
        rs.getString("worker_id"),
        rs.getString("name"),
        rs.getString("email"),
        rs.getString("team"));
  }

  /**
   * The people a note names, for a note that opens or changes no dispute: its author as the chair
   * (the one to tell), then the allocated workers.
   */
  public static CaseContacts named(CaseNote note) {
    List<CaseWorker> people = new ArrayList<>();
    if (note.author() != null) {
      people.add(note.author().as(CHAIR));
    }
    people.addAll(allocated(note).values().stream().flatMap(List::stream).toList());
    return new CaseContacts(people);
  }

  /**
   * Takes in what a note says about the case's staff.
   *
   * @param raised whether the note raised the dispute: its author becomes the chair
   */
  public void refresh(DisputeReference reference, CaseNote note, boolean raised) {
    Map<String, List<CaseWorker>> byRole = allocated(note);
    if (raised && note.author() != null) {
      byRole.put(CHAIR, List.of(note.author().as(CHAIR)));
    }
    for (Map.Entry<String, List<CaseWorker>> role : byRole.entrySet()) {
      jdbc.update(
          "DELETE FROM case_contacts WHERE reference = :reference AND role = :role",
          Map.of("reference", reference.value(), "role", role.getKey()));
      for (CaseWorker w : role.getValue()) {
        jdbc.update(
            "INSERT INTO case_contacts (reference, role, worker_id, name, email, team)"
                + " VALUES (:reference, :role, :worker, :name, :email, :team)",
            new MapSqlParameterSource("reference", reference.value())
                .addValue("role", role.getKey())
                .addValue("worker", w.id())
                .addValue("name", w.name())
                .addValue("email", w.email())
                .addValue("team", w.team()));
      }
    }
  }

  /**
   * The allocated workers by role, each worker once a role. Workers with no role, and the role
   * {@code chair}, which only a raise sets, are left out.
   */
  private static Map<String, List<CaseWorker>> allocated(CaseNote note) {
    Map<String, Map<String, CaseWorker>> byRole = new LinkedHashMap<>();
    for (CaseWorker w : note.allocated()) {
      if (w.role() != null && w.id() != null && !CHAIR.equals(w.role())) {
        byRole.computeIfAbsent(w.role(), r -> new LinkedHashMap<>()).putIfAbsent(w.id(), w);
      }
    }
    Map<String, List<CaseWorker>> lists = new LinkedHashMap<>();
    byRole.forEach((role, workers) -> lists.put(role, List.copyOf(workers.values())));
    return lists;
  }
}

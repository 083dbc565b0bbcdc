package uk.irodispute.delivery;

import java.util.List;
import java.util.Optional;
import uk.irodispute.core.note.CaseWorker;

/**
 * The people a dispute's case notes have named: the chair who raised it (role {@code chair}) and
 * the workers allocated to the child's case, each with their protocol role. Kept with the dispute
 * and refreshed from every note, so alerts reach whoever is allocated now.
 *
 * @param people every known person with their role
 */
public record CaseContacts(List<CaseWorker> people) {

  public CaseContacts {
    people = List.copyOf(people);
  }

  /** The first person holding the role, if any. */
  public Optional<CaseWorker> holding(String role) {
    return people.stream().filter(p -> role.equals(p.role())).findFirst();
  }
}

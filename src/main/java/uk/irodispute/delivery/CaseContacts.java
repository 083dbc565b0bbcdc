package uk.irodispute.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.irodispute.core.note.CaseWorker;

/**
 * What a dispute's case notes have told beside its state: the people they named (the chair who
 * raised it, role {@code chair}, and the workers allocated to the child's case, each with their
 * protocol role) and the outcome the raising note sought. Kept with the dispute and refreshed from
 * every note, so alerts reach whoever is allocated now.
 *
 * @param people every known person with their role
 * @param outcomeSought what the chair seeks, as the system file words it; null when not stated
 */
public record CaseContacts(List<CaseWorker> people, String outcomeSought) {

  public CaseContacts {
    people = List.copyOf(people);
  }

  /** The people, with no outcome sought known. */
  public CaseContacts(List<CaseWorker> people) {
    this(people, null);
  }

  /** The same people, with the outcome sought. */
  public CaseContacts withOutcomeSought(String sought) {
    return new CaseContacts(people, sought);
  }

  /** The same people and one more, in the role the worker holds. */
  public CaseContacts with(CaseWorker worker) {
    List<CaseWorker> all = new ArrayList<>(people);
    all.add(worker);
    return new CaseContacts(all, outcomeSought);
  }

  /** The first person holding the role, if any. */
  public Optional<CaseWorker> holding(String role) {
    return people.stream().filter(p -> role.equals(p.role())).findFirst();
  }
}

package uk.irodispute.delivery;

import java.util.List;
import uk.irodispute.core.protocol.RoleDefinition.RoleSource;

/**
 * A protocol role with the people behind it for one dispute.
 *
 * @param roleId for example {@code service-manager}
 * @param roleName for example {@code Service Manager}
 * @param source where the people were looked for; null for a role the protocol does not declare
 * @param people who holds it, each with an address; empty when nobody does
 */
record ResolvedRole(String roleId, String roleName, RoleSource source, List<Recipient> people) {

  ResolvedRole {
    people = List.copyOf(people);
  }

  boolean hasNobody() {
    return people.isEmpty();
  }

  /** How a message lists the role: each person with the role, or the role with nobody. */
  String describe() {
    if (people.isEmpty()) {
      return roleName + ": nobody recorded";
    }
    return String.join(", ", people.stream().map(p -> p.name() + " (" + roleName + ")").toList());
  }
}

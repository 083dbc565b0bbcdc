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

  /** The same role under another name, for example the chair by a title in Welsh. */
  ResolvedRole named(String name) {
    return new ResolvedRole(roleId, name, source, people);
  }

  boolean hasNobody() {
    return people.isEmpty();
  }

  /**
   * How a message lists the role, in the wording's words: each person with the role ({@code
   * role.person}), or the role with nobody ({@code role.nobody}).
   */
  String describe(AlertMessages words) {
    if (people.isEmpty()) {
      return words.part("role.nobody", "role", roleName);
    }
    return String.join(
        ", ",
        people.stream()
            .map(p -> words.part("role.person", "name", p.name(), "role", roleName))
            .toList());
  }
}

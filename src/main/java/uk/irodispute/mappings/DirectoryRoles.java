package uk.irodispute.mappings;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import uk.irodispute.core.protocol.Protocol;
import uk.irodispute.core.protocol.ProtocolRegistry;
import uk.irodispute.core.protocol.RoleDefinition;
import uk.irodispute.core.protocol.RoleDefinition.RoleSource;
import uk.irodispute.directory.Directory;
import uk.irodispute.directory.ServiceArea;

/**
 * How the staff directory's roles meet the roles the protocols declare: what start-up warns of, and
 * what the validate command reports.
 */
public final class DirectoryRoles {

  private DirectoryRoles() {}

  /** Every role id the protocols declare, in their latest versions. */
  public static Set<String> declared(ProtocolRegistry protocols) {
    return protocols.latest().stream()
        .flatMap(p -> p.roles().stream())
        .map(RoleDefinition::id)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * The directory and external roles of the protocols that the default area does not name, and not
   * every area names: such a role reaches someone only for cases in an area that names it.
   *
   * @return each such role with the ids of the protocols declaring it, both in name order
   */
  public static Map<String, Set<String>> withNobodyByDefault(
      Directory directory, ProtocolRegistry protocols) {
    Map<String, Set<String>> protocolsByRole = new TreeMap<>();
    for (Protocol protocol : protocols.latest()) {
      protocol.roles().stream()
          .filter(r -> r.source() == RoleSource.DIRECTORY || r.source() == RoleSource.EXTERNAL)
          .map(RoleDefinition::id)
          .filter(role -> directory.holding(role, List.of()).isEmpty())
          .filter(role -> !namedInEveryArea(directory, role))
          .forEach(
              role ->
                  protocolsByRole.computeIfAbsent(role, k -> new TreeSet<>()).add(protocol.id()));
    }
    return protocolsByRole;
  }

  private static boolean namedInEveryArea(Directory directory, String role) {
    List<ServiceArea> areas = directory.areas();
    return !areas.isEmpty() && areas.stream().allMatch(a -> a.holders(role).isPresent());
  }
}

package uk.irodispute.mappings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.irodispute.core.protocol.RoleDefinition;

/**
 * Checks the names a protocol file uses against what it declares: every role named must be declared
 * (or be the built-in chair), and every stage named outside a track must exist in at least one
 * track.
 */
final class ProtocolReferences {

  private final Set<String> declaredRoles = new LinkedHashSet<>();
  private final Map<String, Set<String>> stagesByTrack = new LinkedHashMap<>();

  /** Declares a role; the caller has already checked it is not declared twice. */
  void declareRole(String roleId) {
    declaredRoles.add(roleId);
  }

  /** Declares the stages of a track, for protocol-level stage references. */
  void declareTrack(String trackId, List<String> stageIds) {
    stagesByTrack.put(trackId, new LinkedHashSet<>(stageIds));
  }

  /** Reports the role written at {@code value} if it is neither declared nor the chair. */
  /** Reads an optional role field, checking the role is declared. */
  String role(YamlField f, String key) {
    String role = f.optionalString(key);
    f.value(key).ifPresent(v -> checkRole(v, role));
    return role;
  }

  /** Reads a list of roles, checking each is declared. */
  List<String> roles(YamlField f, String key) {
    List<String> roles = new ArrayList<>();
    for (YamlField item : f.scalarItems(key)) {
      checkRole(item, item.text());
      roles.add(item.text());
    }
    return roles;
  }

  void checkRole(YamlField value, String roleId) {
    if (roleId == null || roleId.equals(RoleDefinition.CHAIR) || declaredRoles.contains(roleId)) {
      return;
    }
    List<String> known = new ArrayList<>(declaredRoles);
    known.add(RoleDefinition.CHAIR);
    value.problem(
        "unknown role '"
            + roleId
            + "'"
            + Suggestions.didYouMean(roleId, known)
            + "; "
            + (declaredRoles.isEmpty()
                ? "no roles are declared under 'roles' ('chair' is built in)"
                : "declared roles are: "
                    + String.join(", ", declaredRoles)
                    + " ('chair' is built in)"));
  }

  /**
   * Reports the stage written at {@code value} if no track has it.
   *
   * @param what the field naming it, for the message, for example {@code startsAt}
   */
  void checkStageInAnyTrack(YamlField value, String what, String stageId) {
    if (stageId == null || stagesByTrack.values().stream().anyMatch(s -> s.contains(stageId))) {
      return;
    }
    Set<String> all = new LinkedHashSet<>();
    stagesByTrack.values().forEach(all::addAll);
    value.problem(
        what
            + " '"
            + stageId
            + "' is not a stage of any track"
            + Suggestions.didYouMean(stageId, all)
            + "; searched tracks: "
            + (stagesByTrack.isEmpty() ? "(none)" : String.join(", ", stagesByTrack.keySet())));
  }
}

package uk.irodispute.systems;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every case-system connection loaded from {@code mappings/systems/}, by id. */
public final class SystemRegistry {

  private final Map<String, SystemDefinition> byId = new LinkedHashMap<>();

  /**
   * @throws IllegalArgumentException when two systems share an id
   */
  public SystemRegistry(Collection<SystemDefinition> systems) {
    for (SystemDefinition s : systems) {
      if (byId.putIfAbsent(s.id(), s) != null) {
        throw new IllegalArgumentException("system " + s.id() + " is declared twice");
      }
    }
  }

  /** Every system, in the order loaded (file-name order). */
  public List<SystemDefinition> all() {
    return List.copyOf(byId.values());
  }

  /** The systems to poll: those not switched off with {@code enabled: false}. */
  public List<SystemDefinition> enabled() {
    return byId.values().stream().filter(SystemDefinition::enabled).toList();
  }

  public Optional<SystemDefinition> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The system with this id.
   *
   * @throws IllegalArgumentException when there is none
   */
  public SystemDefinition require(String id) {
    return byId(id)
        .orElseThrow(
            () -> new IllegalArgumentException("no system '" + id + "' under mappings/systems"));
  }
}

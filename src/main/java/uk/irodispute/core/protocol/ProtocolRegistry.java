package uk.irodispute.core.protocol;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every loaded protocol, by id and version. New disputes take the newest version of a protocol; a
 * dispute keeps the version it started under, so older versions stay available while their files
 * remain.
 */
public final class ProtocolRegistry {

  private static final Comparator<String> VERSION_ORDER = ProtocolRegistry::compareVersions;

  private final Map<String, Map<String, Protocol>> byIdThenVersion = new LinkedHashMap<>();

  public ProtocolRegistry(Collection<Protocol> protocols) {
    for (Protocol p : protocols) {
      Protocol clash =
          byIdThenVersion.computeIfAbsent(p.id(), k -> new LinkedHashMap<>()).put(p.version(), p);
      if (clash != null) {
        throw new IllegalArgumentException(
            "protocol " + p.id() + " version " + p.version() + " is declared twice");
      }
    }
  }

  /** The newest version of each protocol, in the order first loaded. */
  public List<Protocol> latest() {
    return byIdThenVersion.keySet().stream().map(id -> latest(id).orElseThrow()).toList();
  }

  public Optional<Protocol> latest(String id) {
    return Optional.ofNullable(byIdThenVersion.get(id))
        .flatMap(
            versions ->
                versions.values().stream()
                    .max(Comparator.comparing(Protocol::version, VERSION_ORDER)));
  }

  public Optional<Protocol> version(String id, String version) {
    return Optional.ofNullable(byIdThenVersion.get(id)).map(versions -> versions.get(version));
  }

  /**
   * Compares versions such as {@code 2026-1} and {@code 2026-10} part by part, numbers as numbers.
   */
  static int compareVersions(String a, String b) {
    String[] pa = a.split("[.\\-]");
    String[] pb = b.split("[.\\-]");
    for (int i = 0; i < Math.max(pa.length, pb.length); i++) {
      String x = i < pa.length ? pa[i] : "";
      String y = i < pb.length ? pb[i] : "";
      int c =
          x.matches("\\d+") && y.matches("\\d+")
              ? Long.compare(Long.parseLong(x), Long.parseLong(y))
              : x.compareTo(y);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}

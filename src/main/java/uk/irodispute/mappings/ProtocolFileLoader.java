package uk.irodispute.mappings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.irodispute.core.protocol.Protocol;

/**
 * Reads protocol files (the format in docs/PROTOCOLS.md) into {@link Protocol}s. A file with any
 * mistake is refused with every problem in it, each with the file, line and field.
 */
public final class ProtocolFileLoader {

  /**
   * Reads one protocol file.
   *
   * @throws InvalidConfigurationException listing every problem in the file
   */
  public Protocol load(Path file) {
    Problems problems = new Problems(file.toString());
    Protocol protocol = read(file, problems).orElse(null);
    problems.throwIfAny();
    return protocol;
  }

  /**
   * Reads every {@code *.yaml} and {@code *.yml} file directly in {@code dir}, in name order.
   *
   * @return the protocols, in file-name order; empty when the directory has no such files
   * @throws InvalidConfigurationException listing every problem in every file, including two files
   *     declaring the same protocol id and version
   */
  public List<Protocol> loadDirectory(Path dir) {
    List<Path> files = YamlFiles.in(dir, "protocol directory");
    List<ConfigurationProblem> all = new ArrayList<>();
    List<Protocol> protocols = new ArrayList<>();
    Map<String, String> declaredAt = new LinkedHashMap<>();
    for (Path file : files) {
      Problems problems = new Problems(file.toString());
      Optional<YamlField> root = YamlDocument.read(file, problems);
      root.ifPresent(r -> checkNotDeclaredBefore(r, declaredAt));
      root.map(r -> new ProtocolReader().read(r)).ifPresent(protocols::add);
      all.addAll(problems.list());
    }
    if (!all.isEmpty()) {
      throw new InvalidConfigurationException(all);
    }
    return protocols;
  }

  private static Optional<Protocol> read(Path file, Problems problems) {
    return YamlDocument.read(file, problems).map(root -> new ProtocolReader().read(root));
  }

  /** Reports a file declaring an id and version an earlier file already declared. */
  private static void checkNotDeclaredBefore(YamlField root, Map<String, String> declaredAt) {
    Optional<YamlField> id = root.value("id").filter(YamlField::isScalar);
    Optional<YamlField> version = root.value("version").filter(YamlField::isScalar);
    if (id.isEmpty() || version.isEmpty()) {
      return;
    }
    String key = id.get().text() + "\n" + version.get().text();
    String here = root.problems().file() + ":" + id.get().line();
    String first = declaredAt.putIfAbsent(key, here);
    if (first != null) {
      id.get()
          .problem(
              "protocol '"
                  + id.get().text()
                  + "' version '"
                  + version.get().text()
                  + "' is already declared in "
                  + first
                  + "; raise the version or change the id");
    }
  }
}

package uk.irodispute.mappings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.irodispute.core.protocol.ProtocolRegistry;
import uk.irodispute.systems.SystemDefinition;

/**
 * Reads system files (the format in docs/SYSTEMS.md) into {@link SystemDefinition}s. Placeholders
 * ({@code ${NAME}}, {@code ${NAME:default}}) are filled from the environment as each file is read.
 * A file with any mistake is refused with every problem in it, each with the file, line and field.
 */
public final class SystemFileLoader {

  private final ProtocolRegistry protocols;
  private final PlaceholderResolver placeholders;

  /**
   * @param protocols the loaded protocols, which a system file's {@code protocol}, roles and answer
   *     values must name
   * @param placeholders fills {@code ${...}} placeholders; in the application, Spring's {@code
   *     Environment::resolveRequiredPlaceholders}
   */
  public SystemFileLoader(ProtocolRegistry protocols, PlaceholderResolver placeholders) {
    this.protocols = protocols;
    this.placeholders = placeholders;
  }

  /**
   * Reads one system file.
   *
   * @throws InvalidConfigurationException listing every problem in the file
   */
  public SystemDefinition load(Path file) {
    Problems problems = new Problems(file.toString());
    SystemDefinition system =
        YamlDocument.read(file, problems)
            .map(root -> new SystemReader(protocols, placeholders).read(root, file))
            .orElse(null);
    problems.throwIfAny();
    return system;
  }

  /**
   * Reads every {@code *.yaml} and {@code *.yml} file directly in {@code dir}, in name order.
   *
   * @return the systems, in file-name order; empty when the directory is missing or has no such
   *     files
   * @throws InvalidConfigurationException listing every problem in every file, including two files
   *     declaring the same system id
   */
  public List<SystemDefinition> loadDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Path> files = YamlFiles.in(dir, "systems directory");
    List<ConfigurationProblem> all = new ArrayList<>();
    List<SystemDefinition> systems = new ArrayList<>();
    Map<String, String> declaredAt = new HashMap<>();
    for (Path file : files) {
      Problems problems = new Problems(file.toString());
      Optional<YamlField> root = YamlDocument.read(file, problems);
      root.ifPresent(r -> checkNotDeclaredBefore(r, declaredAt));
      root.map(r -> new SystemReader(protocols, placeholders).read(r, file))
          .ifPresent(systems::add);
      all.addAll(problems.list());
    }
    if (!all.isEmpty()) {
      throw new InvalidConfigurationException(all);
    }
    return systems;
  }

  /** Reports a file declaring a system id an earlier file already declared. */
  private static void checkNotDeclaredBefore(YamlField root, Map<String, String> declaredAt) {
    Optional<YamlField> id = root.value("id").filter(YamlField::isScalar);
    if (id.isEmpty()) {
      return;
    }
    String here = root.problems().file() + ":" + id.get().line();
    String first = declaredAt.putIfAbsent(id.get().text(), here);
    if (first != null) {
      id.get()
          .problem(
              "system '"
                  + id.get().text()
                  + "' is already declared in "
                  + first
                  + "; each connection needs its own id");
    }
  }
}

package uk.irodispute.mappings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The YAML files of a folder under {@code mappings/}, as every loader, the {@code validate} command
 * and the scenarios read them: {@code *.yaml} and {@code *.yml}, not hidden, in name order.
 */
public final class YamlFiles {

  private static final Comparator<Path> BY_NAME =
      Comparator.comparing(file -> file.getFileName().toString());

  private YamlFiles() {}

  /**
   * The YAML files directly in {@code dir}, in name order.
   *
   * @param folder the folder in the IT team's words, for the problem when it cannot be listed
   * @throws InvalidConfigurationException when the folder cannot be listed
   */
  public static List<Path> in(Path dir, String folder) {
    try (Stream<Path> listing = Files.list(dir)) {
      return listing.filter(YamlFiles::isYaml).sorted(BY_NAME).toList();
    } catch (IOException e) {
      Problems problems = new Problems(dir.toString());
      problems.add(1, "", "cannot list the " + folder + ": " + e);
      throw new InvalidConfigurationException(problems.list());
    }
  }

  /** Whether the path is a file named {@code *.yaml} or {@code *.yml}, in any case, not hidden. */
  public static boolean isYaml(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return Files.isRegularFile(file)
        && !name.startsWith(".")
        && (name.endsWith(".yaml") || name.endsWith(".yml"));
  }
}

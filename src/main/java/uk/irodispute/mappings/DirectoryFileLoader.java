package uk.irodispute.mappings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import uk.irodispute.directory.Directory;

/**
 * Reads the staff directory (the format in docs/DIRECTORY.md) from the files under {@code
 * mappings/directory/}. A directory with any mistake is refused with every problem, each with the
 * file, line and field.
 */
public final class DirectoryFileLoader {

  /**
   * Reads one directory file on its own.
   *
   * @throws InvalidConfigurationException listing every problem in the file
   */
  public Directory load(Path file) {
    return loadFiles(List.of(file));
  }

  /**
   * Reads every {@code *.yaml} and {@code *.yml} file directly in {@code dir}, in name order, as
   * one directory: a role in one file may name a person in another.
   *
   * @return the directory; empty when the folder is missing or has no such files
   * @throws InvalidConfigurationException listing every problem in every file
   */
  public Directory loadDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      return Directory.empty();
    }
    List<Path> files = YamlFiles.in(dir, "directory folder");
    return files.isEmpty() ? Directory.empty() : loadFiles(files);
  }

  private static Directory loadFiles(List<Path> files) {
    DirectoryReader reader = new DirectoryReader();
    List<Problems> all = new ArrayList<>();
    for (Path file : files) {
      Problems problems = new Problems(file.toString());
      all.add(problems);
      YamlDocument.read(file, problems).ifPresent(reader::read);
    }
    Directory directory = reader.finish();
    List<ConfigurationProblem> found = all.stream().flatMap(p -> p.list().stream()).toList();
    if (!found.isEmpty()) {
      throw new InvalidConfigurationException(found);
    }
    return directory;
  }
}

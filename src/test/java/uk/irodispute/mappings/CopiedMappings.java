package uk.irodispute.mappings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** A copy of the shipped {@code mappings/} in a test's folder, edited as a council's team would. */
public final class CopiedMappings {

  private final Path root;

  private CopiedMappings(Path root) {
    this.root = root;
  }

  /** Copies the shipped mappings into {@code folder}/mappings. */
  public static CopiedMappings of(Path folder) {
    Path root = folder.resolve("mappings");
    Path shipped = Path.of("mappings");
    try (Stream<Path> files = Files.walk(shipped)) {
      for (Path file : files.toList()) {
        Path target = root.resolve(shipped.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CopiedMappings(root);
  }

  public Path root() {
    return root;
  }

  /** The file's path as the check names it. */
  public String file(String relative) {
    return root.resolve(relative).toString();
  }

  /** Replaces the one occurrence of {@code from} in the file. */
  public CopiedMappings edit(String relative, String from, String to) {
    String text = read(relative);
    assertThat(text.indexOf(from)).as(from + " in " + relative).isNotNegative();
    assertThat(text.indexOf(from, text.indexOf(from) + 1)).as("once in " + relative).isNegative();
    return write(relative, text.replace(from, to));
  }

  public CopiedMappings write(String relative, String text) {
    try {
      Path file = root.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** The 1-based line of the file holding {@code text}, which must be on one line only. */
  public int lineOf(String relative, String text) {
    return lineIn(read(relative), text);
  }

  /** The 1-based line of {@code contents} holding {@code text}, which must be on one line only. */
  public static int lineIn(String contents, String text) {
    List<String> lines = contents.lines().toList();
    List<Integer> found =
        IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains(text)).boxed().toList();
    assertThat(found).as(text + " on one line").hasSize(1);
    return found.get(0) + 1;
  }

  private String read(String relative) {
    try {
      return Files.readString(root.resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

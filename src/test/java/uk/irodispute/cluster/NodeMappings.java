package uk.irodispute.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A copy of the shipped {@code mappings/} for adapters in their own JVMs: every protocol and the
 * directory as shipped, and only the named system files (the HTTP ones: the reporting database is
 * an in-memory H2 of the test JVM), polled every second rather than every 30, and paged as asked.
 */
final class NodeMappings {

  private NodeMappings() {}

  /**
   * @param into the folder to fill; made afresh
   * @param pageSize notes a page
   * @param systems the system files' ids
   * @return the folder, for {@code IRO_MAPPINGS}
   */
  static Path copy(Path into, int pageSize, List<String> systems) {
    Path shipped = Path.of("mappings");
    try {
      copyFolder(shipped.resolve("protocols"), into.resolve("protocols"));
      copyFolder(shipped.resolve("directory"), into.resolve("directory"));
      Files.createDirectories(into.resolve("systems"));
      for (String id : systems) {
        String file =
            Files.readString(
                shipped.resolve("systems").resolve(id + ".yaml"), StandardCharsets.UTF_8);
        String faster =
            file.replaceFirst("(?m)^  every: .*$", "  every: 1s")
                .replaceFirst("(?m)^  pageSize: .*$", "  pageSize: " + pageSize);
        Files.writeString(into.resolve("systems").resolve(id + ".yaml"), faster);
      }
      return into;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copyFolder(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, to.resolve(file.getFileName()));
      }
    }
  }
}

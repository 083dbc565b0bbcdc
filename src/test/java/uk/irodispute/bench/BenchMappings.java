package uk.irodispute.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A copy of the shipped {@code mappings/} for a benchmark, with {@code lcs-api.yaml} changed in
 * three places only: its poll interval ({@code every}), its page size, and, for a back-fill, no
 * {@code type} filter, so that every note of the system crosses the wire and the adapter's intake
 * sorts the dispute notes from the rest (as for a system whose API cannot filter by type).
 */
final class BenchMappings {

  private BenchMappings() {}

  /**
   * @param into the folder to fill; made afresh
   * @param every the lcs-api poll interval, as the file writes it ({@code 30s}, {@code 1s})
   * @param pageSize notes a page
   * @param everyType whether to ask for every note type rather than dispute notes only
   */
  static Path copy(Path into, String every, int pageSize, boolean everyType) {
    Path shipped = Path.of("mappings");
    BenchDatabase.deleteFolder(into);
    try {
      for (String folder : List.of("protocols", "directory", "systems", "calendar")) {
        copyFolder(shipped.resolve(folder), into.resolve(folder));
      }
      Path api = into.resolve("systems/lcs-api.yaml");
      String text = Files.readString(api);
      String changed =
          replace(
              replace(text, "  every: 30s\n", "  every: " + every + "\n"),
              "  pageSize: 50\n",
              "  pageSize: " + pageSize + "\n");
      if (everyType) {
        changed = replace(changed, "    type: IRO_DRP\n", "");
      }
      Files.writeString(api, changed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return into;
  }

  private static String replace(String text, String line, String by) {
    if (!text.contains(line)) {
      throw new IllegalStateException("lcs-api.yaml no longer has the line '" + line.strip() + "'");
    }
    return text.replace(line, by);
  }

  private static void copyFolder(Path from, Path to) throws IOException {
    if (!Files.isDirectory(from)) {
      return;
    }
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
  }
}

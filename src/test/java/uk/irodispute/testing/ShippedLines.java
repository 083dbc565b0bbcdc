package uk.irodispute.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Line numbers in the shipped files, so a test names a line without hard-coding where it is. */
public final class ShippedLines {

  private ShippedLines() {}

  /** The 1-based number of the only line of {@code file} that contains {@code text}. */
  public static int lineOf(String file, String text) {
    try {
      List<String> lines = Files.readAllLines(Path.of(file));
      int found = -1;
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains(text)) {
          if (found != -1) {
            throw new IllegalArgumentException(file + " has '" + text + "' on more than one line");
          }
          found = i + 1;
        }
      }
      if (found == -1) {
        throw new IllegalArgumentException(file + " has no line with '" + text + "'");
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package uk.irodispute.mappings;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What checking the files under {@code mappings/} found: each problem (start-up would refuse it),
 * each warning (the adapter runs, but probably not as meant), notes on how to read them, and how
 * many files of each kind were read.
 *
 * @param mappings the folder checked, as it was given
 * @param problems every problem, file by file in the order read
 * @param warnings every warning; line 0 when it is about a file or folder as a whole
 * @param notes sentences on how far the problems reach, printed after them
 * @param files how many files of each kind were read
 */
public record MappingsReport(
    Path mappings,
    List<ConfigurationProblem> problems,
    List<ConfigurationProblem> warnings,
    List<String> notes,
    FilesRead files) {

  public MappingsReport {
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
    notes = List.copyOf(notes);
  }

  /**
   * How many files of each kind were read.
   *
   * @param protocols protocol files
   * @param systems system files
   * @param directory staff directory files
   * @param bankHolidays 1 when the GOV.UK bank-holidays file is there, else 0
   */
  public record FilesRead(int protocols, int systems, int directory, int bankHolidays) {

    @Override
    public String toString() {
      return count(protocols, "protocol file")
          + ", "
          + count(systems, "system file")
          + ", "
          + count(directory, "directory file")
          + ", "
          + (bankHolidays == 0 ? "no bank-holidays file" : "the bank-holidays file");
    }
  }

  /** This report with more problems after its own: those of the adapter's settings. */
  public MappingsReport withProblems(List<ConfigurationProblem> more) {
    List<ConfigurationProblem> all = new ArrayList<>(problems);
    all.addAll(more);
    return new MappingsReport(mappings, all, warnings, notes, files);
  }

  /** Whether start-up would take these files: no problems, whatever the warnings. */
  public boolean valid() {
    return problems.isEmpty();
  }

  /** The validate command's exit code: 0 when valid, 1 when there is any problem. */
  public int exitCode() {
    return valid() ? 0 : 1;
  }

  /**
   * Prints each problem as {@code file:line: field: message}, each warning the same way after
   * {@code warning: }, the notes, and a last line summing up.
   */
  public void print(PrintStream out) {
    problems.forEach(p -> out.println(located(p)));
    warnings.forEach(w -> out.println("warning: " + located(w)));
    notes.forEach(n -> out.println("note: " + n));
    out.println(summary());
  }

  /** The last line: valid or not, how many problems in how many files, and what was read. */
  public String summary() {
    String read = " (read " + files + "); " + count(warnings.size(), "warning");
    if (valid()) {
      return mappings + ": no problems" + read;
    }
    long failing = problems.stream().map(ConfigurationProblem::file).distinct().count();
    return mappings
        + ": "
        + count(problems.size(), "problem")
        + " in "
        + count(failing, "file")
        + read;
  }

  /** {@code file:line: field: message}, leaving out a line of 0 and an empty field. */
  static String located(ConfigurationProblem p) {
    StringBuilder text = new StringBuilder(p.file());
    if (p.line() > 0) {
      text.append(':').append(p.line());
    }
    if (!p.field().isEmpty()) {
      text.append(": ").append(p.field());
    }
    return text.append(": ").append(p.message()).toString();
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}

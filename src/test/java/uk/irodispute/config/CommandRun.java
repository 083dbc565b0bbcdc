package uk.irodispute.config;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A command of the jar run in the test, its output caught line by line.
 *
 * @param exitCode what the command returned
 * @param out the lines it printed to standard output
 * @param err the lines it printed to standard error
 */
record CommandRun(int exitCode, List<String> out, List<String> err) {

  /** A command as {@code main} runs it, printing to the streams given. */
  @FunctionalInterface
  interface Command {
    int run(String[] args, PrintStream out, PrintStream err);
  }

  static CommandRun of(Command command, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exitCode =
        command.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new CommandRun(
        exitCode,
        out.toString(StandardCharsets.UTF_8).lines().toList(),
        err.toString(StandardCharsets.UTF_8).lines().toList());
  }
}

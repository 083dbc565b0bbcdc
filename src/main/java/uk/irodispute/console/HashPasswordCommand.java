package uk.irodispute.console;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The {@code hash-password} command: reads a console user's password and prints its bcrypt hash,
 * the value of {@code iro.console.users[N].password-hash}. At a terminal the password is asked for
 * twice and not shown; otherwise it is the first line of standard input. The password is never
 * printed, nor an argument (a command line is seen by every user of the machine). It starts
 * nothing.
 *
 * <pre>
 * java -jar iro-dispute-adapter.jar hash-password
 * </pre>
 */
public final class HashPasswordCommand {

  /** The first argument that runs this command instead of the adapter. */
  public static final String NAME = "hash-password";

  /** Fewer characters than this are refused. */
  static final int SHORTEST = 10;

  private HashPasswordCommand() {}

  /**
   * Runs the command for {@code main}.
   *
   * @return the exit code: 0 a hash printed, 1 a password refused, 2 arguments given
   */
  public static int fromCommandLine(String[] args) {
    if (args.length > 0) {
      System.err.println("usage: hash-password   (then type the password; it is not shown)");
      return 2;
    }
    Console console = System.console();
    if (console == null) {
      try {
        String line =
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return run(line == null ? null : line.toCharArray(), System.out, System.err);
      } catch (IOException e) {
        System.err.println("Could not read the password: " + e.getMessage());
        return 1;
      }
    }
    char[] first = console.readPassword("Password: ");
    char[] again = console.readPassword("Again: ");
    if (first == null || !Arrays.equals(first, again)) {
      System.err.println("The two passwords differ: nothing was made");
      return 1;
    }
    return run(first, System.out, System.err);
  }

  /**
   * Prints the hash of a password, or why it is refused.
   *
   * @return 0 a hash printed, 1 the password refused
   */
  static int run(char[] password, PrintStream out, PrintStream err) {
    if (password == null || password.length < SHORTEST) {
      err.println("A console password must be at least " + SHORTEST + " characters");
      return 1;
    }
    String typed = new String(password);
    Arrays.fill(password, ' ');
    if (RefusedPasswords.shipped().contains(typed)) {
      err.println(
          "That password is a sandbox or common one, which production refuses: choose another");
      return 1;
    }
    out.println(new BCryptPasswordEncoder().encode(typed));
    return 0;
  }
}

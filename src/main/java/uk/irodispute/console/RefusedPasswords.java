package uk.irodispute.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The passwords no console user may have outside the sandbox: the sandbox's own, published in the
 * repository, and a few of the commonest ({@code console/refused-passwords.txt}). A bcrypt hash is
 * tested against each; the list is short so that start-up stays quick.
 */
public final class RefusedPasswords {

  private static final String LIST = "/console/refused-passwords.txt";

  private final List<String> passwords;

  RefusedPasswords(List<String> passwords) {
    this.passwords = List.copyOf(passwords);
  }

  /** The shipped list. */
  public static RefusedPasswords shipped() {
    try (InputStream in = RefusedPasswords.class.getResourceAsStream(LIST)) {
      if (in == null) {
        throw new IllegalStateException(LIST + " is missing from the adapter");
      }
      List<String> lines = new ArrayList<>();
      new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .forEach(lines::add);
      return new RefusedPasswords(lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether a typed password is on the list. */
  boolean contains(String password) {
    return passwords.contains(password);
  }

  /**
   * Each user whose hash is that of a refused password, as the property to change; never the
   * password. The users are tested at once, one a core.
   */
  public List<String> problems(ConsoleUsers users) {
    BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
    return IntStream.range(0, users.users().size())
        .parallel()
        .filter(
            i -> {
              String hash = users.users().get(i).bcrypt();
              return passwords.stream().anyMatch(p -> bcrypt.matches(p, hash));
            })
        .mapToObj(
            i ->
                "iro.console.users["
                    + i
                    + "].password-hash is the hash of a sandbox or common password, which"
                    + " anyone may guess: give the user a password of their own")
        .toList();
  }
}

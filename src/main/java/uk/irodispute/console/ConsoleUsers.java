package uk.irodispute.console;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The people who may sign in to the console and the API, from {@code iro.console.users}: none is
 * shipped but the sandbox's. Each password is a bcrypt hash (from the environment or a mounted
 * file), never the password itself; start-up stops on a user without a name, a role or a bcrypt
 * hash, naming the property, never the value.
 *
 * @param users the users; empty: nobody can sign in, and the console and API refuse everyone
 */
@ConfigurationProperties("iro.console")
public record ConsoleUsers(List<User> users) {

  /**
   * A bcrypt hash ({@code $2a$}, {@code $2b$} or {@code $2y$}), with or without {@code {bcrypt}}.
   */
  static final Pattern BCRYPT =
      Pattern.compile("(\\{bcrypt})?\\$2[aby]\\$\\d\\d\\$[./A-Za-z0-9]{53}");

  /** Names recorded as the operator of an action: plain, short, no spaces or markup. */
  static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@+-]{1,100}");

  public ConsoleUsers {
    users = users == null ? List.of() : List.copyOf(users);
    Set<String> names = new HashSet<>();
    for (int i = 0; i < users.size(); i++) {
      String property = "iro.console.users[" + i + "]";
      User user = users.get(i);
      if (user.name() == null || !NAME.matcher(user.name()).matches()) {
        throw new IllegalArgumentException(
            property
                + ".name must be 1 to 100 letters, digits or . _ @ + -, as it is recorded beside"
                + " every action the user takes");
      }
      if (!names.add(user.name())) {
        throw new IllegalArgumentException(
            property + ".name '" + user.name() + "' is given to two users");
      }
      if (user.role() == null) {
        throw new IllegalArgumentException(
            property + ".role is not set: VIEWER (sees) or OPERATOR (also replays and discards)");
      }
      if (user.passwordHash() == null || !BCRYPT.matcher(user.passwordHash()).matches()) {
        throw new IllegalArgumentException(
            property
                + ".password-hash is not a bcrypt hash ($2a$, $2b$ or $2y$ and 53 characters):"
                + " give the hash of the password, never the password (README, \"The operations"
                + " console\", says how to make one)");
      }
    }
  }

  /**
   * One user.
   *
   * @param name the name they sign in with, recorded as the operator of what they do
   * @param passwordHash the bcrypt hash of their password
   * @param role what they may do
   */
  public record User(String name, String passwordHash, ConsoleRole role) {

    /** The hash without its {@code {bcrypt}} prefix, as the bcrypt encoder reads it. */
    String bcrypt() {
      return passwordHash.startsWith("{bcrypt}")
          ? passwordHash.substring("{bcrypt}".length())
          : passwordHash;
    }

    @Override
    public String toString() {
      return "User[" + name + ", " + role + "]";
    }
  }
}

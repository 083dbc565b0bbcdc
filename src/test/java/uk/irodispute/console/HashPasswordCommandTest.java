package uk.irodispute.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hash-password command makes a hash a console user can be given, and never shows the password.
 */
class HashPasswordCommandTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void itPrintsABcryptHashTheConsoleUsersTakeAndThatChecksThePassword() {
    int exit = run("a long password of hers");

    String hash = out.toString(StandardCharsets.UTF_8).strip();
    assertThat(exit).isZero();
    assertThat(hash).matches(ConsoleUsers.BCRYPT).doesNotContain("a long password of hers");
    ConsoleUsers users =
        new ConsoleUsers(List.of(new ConsoleUsers.User("a.jones", hash, ConsoleRole.VIEWER)));
    assertThat(new RefusedPasswords(List.of("a long password of hers")).problems(users))
        .as("the hash is of the password typed")
        .hasSize(1);
    assertThat(RefusedPasswords.shipped().problems(users)).isEmpty();
  }

  @Test
  void aShortOrCommonPasswordIsRefusedWithoutBeingRepeated() {
    assertThat(run("short")).isEqualTo(1);
    assertThat(run("sandbox-operator")).isEqualTo(1);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("at least 10 characters", "sandbox or common")
        .doesNotContain("sandbox-operator");
  }

  private int run(String password) {
    return HashPasswordCommand.run(
        password.toCharArray(),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }
}

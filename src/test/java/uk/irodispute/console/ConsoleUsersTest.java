package uk.irodispute.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Console users as a council gives them: from environment variables, with bcrypt hashes made by the
 * tools the README names; anything else stops start-up naming the property, never the value.
 */
class ConsoleUsersTest {

  /** {@code htpasswd -nbBC 10 "" 'sandbox-viewer' | tr -d ':\n'}, as the README says. */
  private static final String HTPASSWD_HASH =
      "$2y$10$TKq3IIAo5zw8V1TZghnPPuybfPt.J3SnzcDKFlsWQTm6nA5j7aBzu";

  @Test
  void usersComeFromEnvironmentVariablesWithTheirHashes() {
    ConsoleUsers users =
        bind(
            Map.of(
                "IRO_CONSOLE_USERS_0_NAME", "a.jones",
                "IRO_CONSOLE_USERS_0_PASSWORDHASH", HTPASSWD_HASH,
                "IRO_CONSOLE_USERS_0_ROLE", "operator",
                "IRO_CONSOLE_USERS_1_NAME", "b.smith",
                "IRO_CONSOLE_USERS_1_PASSWORDHASH", "{bcrypt}" + HTPASSWD_HASH,
                "IRO_CONSOLE_USERS_1_ROLE", "VIEWER"));

    assertThat(users.users())
        .extracting(ConsoleUsers.User::name, ConsoleUsers.User::role)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a.jones", ConsoleRole.OPERATOR),
            org.assertj.core.groups.Tuple.tuple("b.smith", ConsoleRole.VIEWER));
    BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
    assertThat(users.users())
        .as("htpasswd's $2y$ hashes, with or without {bcrypt}, check the password")
        .allMatch(u -> bcrypt.matches("sandbox-viewer", u.bcrypt()))
        .noneMatch(u -> bcrypt.matches("sandbox-operator", u.bcrypt()));
  }

  @Test
  void noUsersIsAllowedAndLetsNobodyIn() {
    assertThat(bind(Map.of()).users()).isEmpty();
  }

  @Test
  void aPasswordWhereTheHashBelongsStopsStartUpWithoutRepeatingIt() {
    assertThatThrownBy(
            () ->
                new ConsoleUsers(
                    List.of(
                        new ConsoleUsers.User("a.jones", HTPASSWD_HASH, ConsoleRole.OPERATOR),
                        new ConsoleUsers.User("b.smith", "Summer2026!", ConsoleRole.VIEWER))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("iro.console.users[1].password-hash is not a bcrypt hash")
        .hasMessageNotContaining("Summer2026!");
  }

  @Test
  void aUserWithoutARoleOrWithAnUnfitNameOrTwiceIsRefused() {
    assertThatThrownBy(
            () -> new ConsoleUsers(List.of(new ConsoleUsers.User("a.jones", HTPASSWD_HASH, null))))
        .hasMessageContaining("iro.console.users[0].role is not set");
    assertThatThrownBy(
            () ->
                new ConsoleUsers(
                    List.of(
                        new ConsoleUsers.User(
                            "<b>a jones</b>", HTPASSWD_HASH, ConsoleRole.VIEWER))))
        .hasMessageContaining("iro.console.users[0].name must be");
    assertThatThrownBy(
            () ->
                new ConsoleUsers(
                    List.of(
                        new ConsoleUsers.User("a.jones", HTPASSWD_HASH, ConsoleRole.VIEWER),
                        new ConsoleUsers.User("a.jones", HTPASSWD_HASH, ConsoleRole.OPERATOR))))
        .hasMessageContaining("iro.console.users[1].name 'a.jones' is given to two users");
  }

  @Test
  void anUnknownRoleIsRefusedByTheBinding() {
    assertThatThrownBy(
            () ->
                bind(
                    Map.of(
                        "IRO_CONSOLE_USERS_0_NAME", "a.jones",
                        "IRO_CONSOLE_USERS_0_PASSWORDHASH", HTPASSWD_HASH,
                        "IRO_CONSOLE_USERS_0_ROLE", "admin")))
        .isInstanceOf(BindException.class)
        .hasMessageContaining("iro.console.users[0].role");
  }

  private static ConsoleUsers bind(Map<String, Object> variables) {
    StandardEnvironment environment = new StandardEnvironment();
    environment
        .getPropertySources()
        .remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
    environment
        .getPropertySources()
        .addFirst(
            new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
    ConfigurationPropertySources.attach(environment);
    return Binder.get(environment).bindOrCreate("iro.console", ConsoleUsers.class);
  }
}

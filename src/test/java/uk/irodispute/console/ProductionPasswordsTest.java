package uk.irodispute.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.yaml.snakeyaml.Yaml;

/**
 * Issue 18, finding 5: "The production profile accepts the bcrypt hash of the sandbox password
 * published in the repository." Outside the sandbox, start-up refuses it and common passwords.
 */
class ProductionPasswordsTest {

  private final ApplicationContextRunner adapter =
      new ApplicationContextRunner().withUserConfiguration(ProductionPasswords.class);

  @Test
  void productionRefusesTheSandboxUsersPublishedHashes() throws IOException {
    List<String> shipped = sandboxHashes();
    assertThat(shipped).hasSize(2);

    inProfile("production", "a.jones", shipped.get(0))
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("iro.console.users[0].password-hash")
                    .hasMessageContaining("sandbox or common password")
                    .hasMessageNotContaining("sandbox-viewer"));
    inProfile("production", "b.smith", shipped.get(1))
        .run(context -> assertThat(context).hasFailed());
  }

  @Test
  void productionRefusesACommonPasswordHashedAnew() {
    inProfile("production", "a.jones", new BCryptPasswordEncoder(4).encode("Password1"))
        .run(context -> assertThat(context).hasFailed());
  }

  @Test
  void productionTakesAPasswordOfTheUsersOwnAndTheSandboxItsOwnUsers() throws IOException {
    inProfile("production", "a.jones", new BCryptPasswordEncoder(4).encode("a long one of mine"))
        .run(context -> assertThat(context).hasNotFailed());
    inProfile("sandbox", "viewer", sandboxHashes().get(0))
        .run(context -> assertThat(context).hasNotFailed());
  }

  private ApplicationContextRunner inProfile(String profile, String name, String hash) {
    return adapter
        .withInitializer(c -> c.getEnvironment().setActiveProfiles(profile))
        .withPropertyValues(
            "iro.console.users[0].name=" + name,
            "iro.console.users[0].password-hash=" + hash,
            "iro.console.users[0].role=VIEWER");
  }

  /** The hashes application-sandbox.yaml publishes, read from the file itself. */
  @SuppressWarnings("unchecked")
  private static List<String> sandboxHashes() throws IOException {
    try (InputStream in =
        ProductionPasswordsTest.class.getResourceAsStream("/application-sandbox.yaml")) {
      Map<String, Object> file = new Yaml().load(in);
      Map<String, Object> console =
          (Map<String, Object>) ((Map<String, Object>) file.get("iro")).get("console");
      List<String> hashes = new ArrayList<>();
      for (Map<String, Object> user : (List<Map<String, Object>>) console.get("users")) {
        hashes.add((String) user.get("password-hash"));
      }
      return hashes;
    }
  }
}

package uk.irodispute.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.irodispute.IroDisputeAdapter;
import uk.irodispute.mappings.InvalidConfigurationException;
import uk.irodispute.privacy.Redaction;
import uk.irodispute.systems.Auth;
import uk.irodispute.systems.SystemRegistry;

/**
 * Secrets come from the environment or from mounted files, never from the repository. Files (as
 * Docker and Kubernetes mount them under {@code /run/secrets/}): each file in {@code
 * IRO_SECRETS_DIR} fills the placeholder of its name, without the trailing newline such files
 * usually end with, and the redaction knows the value. A secret written into a system file stops
 * start-up.
 */
class SecretSourcesTest {

  @TempDir Path secrets;

  @Test
  void filesInTheSecretsFolderFillTheSystemFilesPlaceholders() throws IOException {
    Files.writeString(secrets.resolve("LCS_CLIENT_SECRET"), "client-secret-from-a-file\n");
    Files.writeString(secrets.resolve("FWI_PASSWORD"), "fwi-password-from-a-file\n");

    try (ConfigurableApplicationContext context = start(secrets.toString())) {
      SystemRegistry systems = context.getBean(SystemRegistry.class);
      var lcs = (Auth.OAuth2ClientCredentials) systems.byId("lcs-api").orElseThrow().auth();
      var fwi = (Auth.Basic) systems.byId("fwi-api").orElseThrow().auth();

      assertThat(lcs.clientSecret().value()).isEqualTo("client-secret-from-a-file");
      assertThat(fwi.password().value()).isEqualTo("fwi-password-from-a-file");
      assertThat(context.getBean(Redaction.class).redact("sent fwi-password-from-a-file"))
          .isEqualTo("sent " + Redaction.MASK);
    }
  }

  @Test
  void theFolderMayBeGivenWithATrailingSlash() throws IOException {
    Files.writeString(secrets.resolve("LCS_CLIENT_SECRET"), "client-secret-from-a-file");
    Files.writeString(secrets.resolve("FWI_PASSWORD"), "fwi-password-from-a-file");

    try (ConfigurableApplicationContext context = start(secrets + "/")) {
      var fwi =
          (Auth.Basic) context.getBean(SystemRegistry.class).byId("fwi-api").orElseThrow().auth();
      assertThat(fwi.password().value()).isEqualTo("fwi-password-from-a-file");
    }
  }

  @Test
  void aSecretWrittenIntoASystemFileStopsStartUpWithoutRepeatingIt() throws IOException {
    Path mappings = secrets.resolve("mappings");
    Path protocols = Files.createDirectories(mappings.resolve("protocols"));
    Files.copy(
        Path.of("mappings/protocols/harrow-framework-i.yaml"),
        protocols.resolve("harrow-framework-i.yaml"));
    Path systems = Files.createDirectories(mappings.resolve("systems"));
    String literal = "Invented-Password-Written-In-The-File";
    Files.writeString(
        systems.resolve("fwi-api.yaml"),
        Files.readString(Path.of("mappings/systems/fwi-api.yaml"))
            .replace("\"${FWI_PASSWORD}\"", literal));

    Throwable failure =
        catchThrowable(
            () ->
                new SpringApplicationBuilder(IroDisputeAdapter.class)
                    .run(
                        "--iro.mappings.directory=" + mappings,
                        "--spring.profiles.active=sandbox",
                        "--server.port=0",
                        "--spring.main.banner-mode=off")
                    .close());

    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    assertThat(root).isInstanceOf(InvalidConfigurationException.class);
    assertThat(root.getMessage())
        .contains("fwi-api.yaml", "auth.password", "a secret must come from the environment")
        .doesNotContain(literal);
    assertThat(new InvalidConfigurationFailureAnalyzer().analyze(failure).getDescription())
        .doesNotContain(literal);
  }

  /** The adapter outside the sandbox profile, whose file would otherwise give the secrets. */
  private static ConfigurableApplicationContext start(String secretsFolder) {
    return new SpringApplicationBuilder(IroDisputeAdapter.class)
        .run(
            "--IRO_SECRETS_DIR=" + secretsFolder,
            "--spring.profiles.active=secrets-from-files",
            "--server.port=0",
            "--spring.main.banner-mode=off");
  }
}

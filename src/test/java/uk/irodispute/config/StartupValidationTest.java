package uk.irodispute.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import uk.irodispute.IroDisputeAdapter;
import uk.irodispute.core.protocol.Protocol;
import uk.irodispute.core.protocol.ProtocolRegistry;
import uk.irodispute.mappings.ConfigurationProblem;
import uk.irodispute.mappings.CopiedMappings;
import uk.irodispute.mappings.InvalidConfigurationException;
import uk.irodispute.systems.SystemDefinition;
import uk.irodispute.systems.SystemRegistry;
import uk.irodispute.systems.mapping.RuleClassifiers;

/**
 * A mistake in a protocol or system file stops start-up with the file, line and field; the shipped
 * files start.
 */
class StartupValidationTest {

  /** An invented protocol whose only stage sends to a role that is not declared, on line 15. */
  private static final String UNKNOWN_ROLE =
      """
      id: invented-protocol
      version: "1"
      name: Invented protocol
      referral:
        name: Referral to CAFCASS
      roles:
        - {id: team-manager, name: Team Manager, from: case}
      tracks:
        - id: LAC
          name: Looked after children
          stages:
            - id: informal
              name: Informal
              kind: informal
              to: [team-mangaer]
      """;

  @TempDir Path mappings;

  @Test
  void anUnknownRoleStopsStartUpNamingFileLineAndField() throws IOException {
    Path protocols = Files.createDirectories(mappings.resolve("protocols"));
    Path bad = Files.writeString(protocols.resolve("bad.yaml"), UNKNOWN_ROLE);

    Throwable failure = catchThrowable(() -> start(mappings).close());

    assertThat(failure).isNotNull();
    Throwable root = rootCause(failure);
    assertThat(root).isInstanceOf(InvalidConfigurationException.class);
    InvalidConfigurationException invalid = (InvalidConfigurationException) root;
    assertThat(invalid.problems()).hasSize(1);
    ConfigurationProblem problem = invalid.problems().get(0);
    assertThat(problem.file()).endsWith("bad.yaml");
    assertThat(problem.line()).isEqualTo(15);
    assertThat(problem.field()).isEqualTo("tracks[0].stages[0].to[0]");
    assertThat(problem.message()).contains("unknown role 'team-mangaer'", "team-manager");
    assertThat(invalid.getMessage()).contains(bad.getFileName().toString());

    FailureAnalysis analysis = new InvalidConfigurationFailureAnalyzer().analyze(failure);
    assertThat(analysis).isNotNull();
    assertThat(analysis.getDescription())
        .contains(problem.toString())
        .contains("bad.yaml:15: tracks[0].stages[0].to[0]: unknown role 'team-mangaer'");
    assertThat(analysis.getAction()).contains("docs/PROTOCOLS.md");
    assertThat(analysis.getCause()).isSameAs(invalid);
  }

  @Test
  void aSystemFileWithASecretTheEnvironmentLacksStopsStartUpNamingIt() throws IOException {
    Path protocols = Files.createDirectories(mappings.resolve("protocols"));
    Files.copy(
        Path.of("mappings/protocols/day-range-lac-cp.yaml"),
        protocols.resolve("day-range-lac-cp.yaml"));
    Path systems = Files.createDirectories(mappings.resolve("systems"));
    String file =
        Files.readString(Path.of("mappings/systems/lcs-api.yaml"))
            .replace("${LCS_CLIENT_SECRET}", "${INVENTED_UNSET_SECRET}");
    Files.writeString(systems.resolve("lcs-api.yaml"), file);

    Throwable root = rootCause(catchThrowable(() -> start(mappings).close()));

    assertThat(root).isInstanceOf(InvalidConfigurationException.class);
    ConfigurationProblem problem = ((InvalidConfigurationException) root).problems().get(0);
    assertThat(problem.file()).endsWith("lcs-api.yaml");
    assertThat(problem.line()).isEqualTo(CopiedMappings.lineIn(file, "clientSecret:"));
    assertThat(problem.field()).isEqualTo("auth.clientSecret");
    assertThat(problem.message()).contains("'${INVENTED_UNSET_SECRET}' has no value");
    assertThat(new InvalidConfigurationFailureAnalyzer().analyze(root).getAction())
        .contains("docs/SYSTEMS.md");
  }

  @Test
  void theAnalyzerIgnoresOtherFailures() {
    assertThat(new InvalidConfigurationFailureAnalyzer().analyze(new IllegalStateException("x")))
        .isNull();
  }

  @Test
  void theShippedMappingsStartTheApplication() {
    try (ConfigurableApplicationContext context = start(Path.of("mappings"))) {
      ProtocolRegistry registry = context.getBean(ProtocolRegistry.class);
      assertThat(registry.latest())
          .extracting(Protocol::id)
          .containsExactlyInAnyOrder(
              "day-range-lac-cp",
              "harrow-drp",
              "ir-stages-flowchart",
              "iro-qa-flowchart-2015",
              "restorative-iro-cp");
      assertThat(context.getBean(SystemRegistry.class).all())
          .extracting(SystemDefinition::id)
          .containsExactly("fwi-api", "lcs-api", "lcs-reporting");
      assertThat(context.getBean(RuleClassifiers.class).forSystem("lcs-api")).isNotNull();
    }
  }

  private static ConfigurableApplicationContext start(Path mappingsDirectory) {
    // As command-line arguments: SpringApplicationBuilder.properties(...) are only defaults, which
    // application.yaml would override.
    return new SpringApplicationBuilder(IroDisputeAdapter.class)
        .run(
            "--iro.mappings.directory=" + mappingsDirectory.toAbsolutePath(),
            "--server.port=0",
            "--spring.profiles.active=sandbox",
            // The shipped system files take these from the environment and have no default.
            "--LCS_CLIENT_SECRET=invented-client-secret",
            "--FWI_PASSWORD=invented-fwi-password",
            "--spring.main.banner-mode=off");
  }

  private static Throwable rootCause(Throwable t) {
    Throwable cause = t;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }
}

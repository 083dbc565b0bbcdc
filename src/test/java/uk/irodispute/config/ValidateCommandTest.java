package uk.irodispute.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.irodispute.mappings.CopiedMappings;

/**
 * The {@code validate} command as a council's team runs it: the settings read as start-up reads
 * them, without starting the adapter, and the exit code its scripts test.
 */
class ValidateCommandTest {

  @TempDir Path folder;

  @Test
  void theShippedMappingsValidateUnderTheSandboxProfile() {
    Run run = validate("--spring.profiles.active=sandbox");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().get(0))
        .isEqualTo("Checking mappings with the settings of profile sandbox");
    assertThat(run.out())
        .noneMatch(l -> l.startsWith("mappings/"))
        .last()
        .asString()
        .startsWith("mappings: no problems (read 5 protocol files, 3 system files,");
  }

  @Test
  void outsideTheSandboxASecretTheEnvironmentDoesNotGiveIsAProblem() {
    assumeTrue(
        System.getenv("LCS_CLIENT_SECRET") == null,
        "the environment running the tests sets LCS_CLIENT_SECRET");

    Run run = validate("--spring.profiles.active=production");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "mappings/systems/lcs-api.yaml:32: auth.clientSecret: placeholder"
                + " '${LCS_CLIENT_SECRET}' has no value: set LCS_CLIENT_SECRET in the environment");
  }

  @Test
  void withNoProfileTheFilesAreCheckedAndTheFirstLineSaysSo() {
    Run run = validate("--warn-unset");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().get(0))
        .isEqualTo("Checking mappings with no profile chosen; unset placeholders are warnings");
  }

  @Test
  void warnUnsetLetsFilesBeCheckedOnAMachineWithoutTheSecrets() {
    Run run = validate("--spring.profiles.active=production", "--warn-unset");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().get(0)).endsWith("; unset placeholders are warnings");
  }

  @Test
  void aCouncilsOwnFolderIsCheckedWithMappings() {
    CopiedMappings council =
        CopiedMappings.of(folder)
            .edit("systems/lcs-api.yaml", "protocol: day-range-lac-cp", "protocol: day-range");

    Run run = validate("--mappings", council.root().toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .anyMatch(
            l ->
                l.startsWith(
                    council.file("systems/lcs-api.yaml")
                        + ":9: protocol: unknown protocol 'day-range'"));
  }

  @Test
  void theFolderMayComeFromTheAdaptersOwnSetting() {
    Run run = validate("--iro.mappings.directory=" + folder.resolve("absent"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .anyMatch(l -> l.startsWith(folder.resolve("absent") + ": no such folder"));
  }

  @Test
  void aCommandLineNotUnderstoodExitsWithTwoAndTheUsage() {
    Run run = validate("--mapings", "elsewhere");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).first().isEqualTo("not understood: --mapings");
    assertThat(run.err()).anyMatch(l -> l.startsWith("usage: validate"));
  }

  private static Run validate(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exitCode =
        ValidateCommand.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        exitCode,
        out.toString(StandardCharsets.UTF_8).lines().toList(),
        err.toString(StandardCharsets.UTF_8).lines().toList());
  }

  private record Run(int exitCode, List<String> out, List<String> err) {}
}

package uk.irodispute.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
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
    CommandRun run = validate("--spring.profiles.active=sandbox");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().get(0))
        .isEqualTo("Checking mappings with the settings of profile sandbox");
    assertThat(run.out())
        .noneMatch(l -> l.startsWith("mappings/"))
        .anyMatch(
            l -> l.startsWith("mappings: no problems (read 5 protocol files, 3 system files,"))
        .contains("Running the scenarios in mappings/scenarios")
        .noneMatch(l -> l.startsWith("FAILED"))
        .last()
        .asString()
        .endsWith(" passed, 0 failed");
  }

  @Test
  void aScenarioThatFailsMakesTheFilesInvalid() {
    CopiedMappings council =
        CopiedMappings.of(folder)
            .edit(
                "scenarios/harrow-framework-i.yaml",
                "expect:\n          overallDue: 2026-11-17T17:00",
                "expect:\n          overallDue: 2026-11-18T17:00");

    CommandRun run = validate("--mappings", council.root().toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .anyMatch(
            l ->
                l.startsWith("FAILED: " + council.file("scenarios/harrow-framework-i.yaml"))
                    && l.endsWith(
                        "the overall due time is Tue 17 Nov 2026 17:00, expected Wed 18 Nov 2026"
                            + " 17:00"))
        .last()
        .asString()
        .matches("\\d+ passed, [1-9]\\d* failed");
  }

  @Test
  void outsideTheSandboxASecretTheEnvironmentDoesNotGiveIsAProblem() {
    assumeTrue(
        System.getenv("LCS_CLIENT_SECRET") == null,
        "the environment running the tests sets LCS_CLIENT_SECRET");

    CommandRun run = validate("--spring.profiles.active=production");
    int line = CopiedMappings.of(folder).lineOf("systems/lcs-api.yaml", "clientSecret:");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "mappings/systems/lcs-api.yaml:"
                + line
                + ": auth.clientSecret: placeholder"
                + " '${LCS_CLIENT_SECRET}' has no value: set LCS_CLIENT_SECRET in the environment");
  }

  @Test
  void withNoProfileTheFilesAreCheckedAndTheFirstLineSaysSo() {
    CommandRun run = validate("--warn-unset");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().get(0))
        .isEqualTo("Checking mappings with no profile chosen; unset placeholders are warnings");
  }

  @Test
  void warnUnsetLetsFilesBeCheckedOnAMachineWithoutTheSecrets() {
    CommandRun run = validate("--spring.profiles.active=production", "--warn-unset");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().get(0)).endsWith("; unset placeholders are warnings");
  }

  @Test
  void aCouncilsOwnFolderIsCheckedWithMappings() {
    CopiedMappings council =
        CopiedMappings.of(folder)
            .edit("systems/lcs-api.yaml", "protocol: day-range-lac-cp", "protocol: day-range");

    CommandRun run = validate("--mappings", council.root().toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .anyMatch(
            l ->
                l.startsWith(
                    council.file("systems/lcs-api.yaml")
                        + ":"
                        + council.lineOf("systems/lcs-api.yaml", "protocol: day-range")
                        + ": protocol: unknown protocol 'day-range'"));
  }

  @Test
  void theFolderMayComeFromTheAdaptersOwnSetting() {
    CommandRun run = validate("--iro.mappings.directory=" + folder.resolve("absent"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .anyMatch(l -> l.startsWith(folder.resolve("absent") + ": no such folder"));
  }

  @Test
  void aCommandLineNotUnderstoodExitsWithTwoAndTheUsage() {
    CommandRun run = validate("--mapings", "elsewhere");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).first().isEqualTo("not understood: --mapings");
    assertThat(run.err()).anyMatch(l -> l.startsWith("usage: validate"));
  }

  @Test
  void aDigestRoleNoProtocolDeclaresIsAProblemAtItsSettingsLine() throws Exception {
    Path settings =
        java.nio.file.Files.writeString(
            folder.resolve("council.yaml"),
            "# the council's own settings\niro:\n  digest:\n    role: hos-sar\n");

    CommandRun run =
        validate(
            "--spring.profiles.active=sandbox",
            "--spring.config.additional-location=file:" + settings);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .anyMatch(
            l ->
                l.startsWith(settings + ":4: iro.digest.role: role 'hos-sar' is declared by no")
                    && l.contains("did you mean 'hos-sars'?")
                    && l.contains("IRO_DIGEST_ROLE"));
  }

  @Test
  void aDigestRoleOnTheCommandLineIsCheckedToo() {
    CommandRun run = validate("--spring.profiles.active=sandbox", "--iro.digest.role=head-of-sars");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .anyMatch(
            l ->
                l.startsWith("the command line: iro.digest.role: role 'head-of-sars'")
                    && l.contains("did you mean"));
  }

  @Test
  void anAnswersMailboxReadInClearIsAProblemAtItsSettingsLine() throws Exception {
    Path settings =
        java.nio.file.Files.writeString(
            folder.resolve("council.yaml"),
            """
            # the council's own settings
            iro:
              answers:
                enabled: true
                address: answers@council.example
                url: imap://mail.council.example:143
                username: answers
            """);

    CommandRun run = validate("--spring.config.additional-location=file:" + settings);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .anyMatch(
            l ->
                l.startsWith(settings + ":6: iro.answers.url: ")
                    && l.contains("in clear")
                    && l.contains("IRO_ANSWERS_URL"));
  }

  @Test
  void answersOnWithoutAUserOrWithABadScheduleAreProblemsAsAtStartUp() {
    CommandRun noUser =
        validate(
            "--spring.profiles.active=sandbox",
            "--iro.answers.username=",
            "--iro.answers.password=p");
    CommandRun badCron =
        validate("--spring.profiles.active=sandbox", "--iro.answers.cron=every minute");

    assertThat(noUser.exitCode()).isEqualTo(1);
    assertThat(noUser.out())
        .anyMatch(l -> l.startsWith("the command line: iro.answers.username: "));
    assertThat(badCron.exitCode()).isEqualTo(1);
    assertThat(badCron.out())
        .anyMatch(
            l ->
                l.startsWith("the command line: iro.answers.cron: ")
                    && l.contains("'every minute'"));
  }

  @Test
  void answersOffNeedNoMailboxSettings() {
    CommandRun run = validate("--iro.answers.url=pop3://anywhere:110");

    assertThat(run.out()).noneMatch(l -> l.contains("iro.answers"));
  }

  private static CommandRun validate(String... args) {
    return CommandRun.of(ValidateCommand::run, args);
  }
}

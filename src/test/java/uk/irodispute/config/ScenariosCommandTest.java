package uk.irodispute.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code scenarios} command run on scenarios a council's team writes itself, in the format of
 * docs/PROTOCOLS.md, against the shipped protocol files: what it prints and its exit codes.
 */
class ScenariosCommandTest {

  // Written as a council's team would, from the documentation. 2 November 2026 is a Monday.
  private static final String LEVEL_ONE =
      """
      name: Level 1 is due in 5 working days
      quote: "Up to 5 working days. If no response, escalate immediately to Stage 2"
      protocol: restorative-iro-cp
      track: CP
      start: 2026-11-02 10:00
      steps:
        - note: raise
          stage: level-1
          expect:
            stage: level-1
            due: %s
            alerts:
              - {kind: stage-opened, to: [service-manager], cc: [head-of-service, hos-sars]}
        - at: 2026-11-09 17:00
          expect:
            stage: level-2
      """;

  @TempDir Path folder;

  @Test
  void aScenarioThatHoldsPassesAndExitsZero() throws IOException {
    Path file = write("level-one.yaml", LEVEL_ONE.formatted("2026-11-09 17:00"));

    CommandRun run = scenarios(file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .containsExactly(
            "passed: " + file + ":1: Level 1 is due in 5 working days", "1 passed, 0 failed");
  }

  @Test
  void aScenarioThatDoesNotHoldFailsWithItsFirstDifferenceAndExitsOne() throws IOException {
    write("level-one.yaml", LEVEL_ONE.formatted("2026-11-09 17:00"));
    Path wrong = write("wrong.yaml", LEVEL_ONE.formatted("2026-11-10 17:00"));

    CommandRun run = scenarios(folder.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "FAILED: "
                + wrong
                + ":1: Level 1 is due in 5 working days: step 1 (line 7, Mon 2 Nov 2026 10:00):"
                + " stage level-1 is due Mon 9 Nov 2026 17:00, expected Tue 10 Nov 2026 17:00")
        .last()
        .isEqualTo("1 passed, 1 failed");
  }

  @Test
  void anAlertExpectedButNotSentIsNamedWithTheAlertsThatWere() throws IOException {
    Path file =
        write(
            "copy.yaml",
            LEVEL_ONE
                .formatted("2026-11-09 17:00")
                .replace("cc: [head-of-service, hos-sars]", "cc: [head-of-service]"));

    CommandRun run = scenarios(file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().get(0))
        .endsWith(
            "step 1 (line 7, Mon 2 Nov 2026 10:00): no alert stage-opened to [service-manager] cc"
                + " [head-of-service]; the alerts were: stage-opened to [service-manager] cc"
                + " [head-of-service, hos-sars]");
  }

  @Test
  void aFileWithMistakesIsReportedByLineAndFieldAndExitsTwo() throws IOException {
    Path file =
        write(
            "mistakes.yaml",
            """
            scenarios:
              - name: Mistakes
                quote: none
                protocol: restorative-iro-cp
                track: LAC
                start: 2026-11-02 10:00
                steps:
                  - note: raise
                    stage: level-one
                  - at: 2026-11-01 10:00
                    note: respond
                    from: service-manager
                    expect:
                      alerts:
                        - {kind: stage-opened, to: [service-manger]}
                      colour: blue
                  - at: 2026-11-03 10:00
                    expect:
                      outcome: applied
            """);

    CommandRun run = scenarios(file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out())
        .contains(
            file
                + ":9: scenarios[0].steps[0].stage: unknown stage 'level-one'; stages of track"
                + " LAC: informal, formal-decision, level-1, level-2, level-3, level-4, cafcass",
            file
                + ":10: scenarios[0].steps[1].at: a step cannot be earlier than the one before it"
                + " (or the start)")
        .anyMatch(
            l ->
                l.startsWith(
                    file
                        + ":15: scenarios[0].steps[1].expect.alerts[0].to[0]: unknown role"
                        + " 'service-manger' (did you mean 'service-manager'?); roles of"
                        + " restorative-iro-cp: chair, social-worker,"))
        .anyMatch(l -> l.startsWith(file + ":16: scenarios[0].steps[1].expect.colour: "))
        .contains(
            file
                + ":19: scenarios[0].steps[2].expect.outcome: a step without a note has no outcome"
                + " to check")
        .noneMatch(l -> l.startsWith("FAILED"))
        .last()
        .isEqualTo("0 passed, 0 failed; 5 problem(s) in the files");
  }

  @Test
  void aMissingFileOrACommandLineNotUnderstoodExitsTwo() {
    CommandRun missing = scenarios(folder.resolve("absent.yaml").toString());
    CommandRun option = scenarios("--mapings", "elsewhere");

    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.out())
        .first()
        .isEqualTo(folder.resolve("absent.yaml") + ": no such file or folder");
    assertThat(option.exitCode()).isEqualTo(2);
    assertThat(option.err()).anyMatch(l -> l.startsWith("usage: scenarios"));
  }

  @Test
  void withNoPathItRunsTheScenariosOfTheMappingsFolder() {
    CommandRun run = scenarios();

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).last().asString().endsWith(" passed, 0 failed");
    assertThat(run.out())
        .anyMatch(l -> l.startsWith("passed: mappings/scenarios/harrow-framework-i.yaml:"));
  }

  @Test
  void theWorkedExampleInTheGuidePasses() throws IOException {
    String guide = Files.readString(Path.of("docs/PROTOCOLS.md"));
    int example =
        guide.indexOf("```yaml", guide.indexOf("### A worked example")) + "```yaml".length();
    Path file = write("worked.yaml", guide.substring(example, guide.indexOf("```", example)));

    CommandRun run = scenarios(file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).last().isEqualTo("1 passed, 0 failed");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(folder.resolve(name), text);
  }

  private static CommandRun scenarios(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--mappings";
    all[1] = "mappings";
    System.arraycopy(args, 0, all, 2, args.length);
    return CommandRun.of(ScenariosCommand::run, all);
  }
}

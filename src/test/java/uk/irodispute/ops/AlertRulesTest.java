package uk.irodispute.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.irodispute.testing.Prerequisites;

/**
 * The shipped Prometheus alert rules ({@code ops/prometheus/iro-alerts.yaml}) pass {@code promtool
 * check rules}, and their unit tests ({@code iro-alerts-test.yaml}: series in, alerts expected)
 * pass {@code promtool test rules}. Without promtool (Debian's {@code prometheus} package) the test
 * is skipped, except under {@code CI=true}, where it fails.
 */
class AlertRulesTest {

  static final Path RULES = Path.of("ops/prometheus");

  @BeforeAll
  static void promtoolIsThere() {
    if (promtool() != null) {
      return;
    }
    Prerequisites.skipOrFail("promtool is not installed (apt-get install prometheus)");
  }

  @Test
  void theRulesAreValid() throws Exception {
    Result result = run("check", "rules", "iro-alerts.yaml");
    assertThat(result.exit()).as(result.output()).isZero();
    assertThat(result.output()).contains("SUCCESS: 5 rules found");
  }

  @Test
  void eachAlertFiresOnItsTestSeriesAndOnlyThen() throws Exception {
    Result result = run("test", "rules", "iro-alerts-test.yaml");
    assertThat(result.exit()).as(result.output()).isZero();
    assertThat(result.output()).contains("SUCCESS");
  }

  private record Result(int exit, String output) {}

  private static Result run(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(promtool().toString()));
    command.addAll(List.of(arguments));
    Process process =
        new ProcessBuilder(command).directory(RULES.toFile()).redirectErrorStream(true).start();
    boolean ended = process.waitFor(60, TimeUnit.SECONDS);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!ended) {
      process.destroyForcibly();
      fail("promtool did not end within a minute: " + output);
    }
    return new Result(process.exitValue(), output);
  }

  private static Path promtool() {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
      Path candidate = Path.of(dir, "promtool");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}

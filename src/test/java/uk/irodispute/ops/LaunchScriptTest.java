package uk.irodispute.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launch script {@code bin/iro-dispute-adapter}, as an installation runs it. */
class LaunchScriptTest {

  @Test
  void twoJarsBesideTheScriptAreNamedNotTakenForNone(@TempDir Path install) throws Exception {
    Path bin = Files.createDirectories(install.resolve("bin"));
    Files.copy(Path.of("bin", "iro-dispute-adapter"), bin.resolve("iro-dispute-adapter"));
    Files.createFile(install.resolve("iro-dispute-adapter-1.0.0.jar"));
    Files.createFile(install.resolve("iro-dispute-adapter-1.1.0.jar"));

    ProcessBuilder launch =
        new ProcessBuilder("bash", bin.resolve("iro-dispute-adapter").toString(), "validate")
            .directory(install.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    launch.environment().remove("IRO_JAR");
    Process script = launch.start();
    String said = errorOutput(script);

    assertThat(script.exitValue()).isEqualTo(1);
    assertThat(said)
        .contains("more than one jar")
        .contains("iro-dispute-adapter-1.0.0.jar")
        .contains("iro-dispute-adapter-1.1.0.jar")
        .doesNotContain("no jar found");
  }

  private static String errorOutput(Process script) throws IOException, InterruptedException {
    String said = new String(script.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(script.waitFor(60, TimeUnit.SECONDS)).as("the script ended").isTrue();
    return said;
  }
}

package uk.irodispute.mappings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading a directory reports the problems of every file at once. */
class ProtocolDirectoryTest {

  private static final Path BROKEN = Path.of("src/test/resources/protocols/broken");

  private final ProtocolFileLoader loader = new ProtocolFileLoader();

  @Test
  void reportsProblemsFromEveryFileAndDuplicateIdAndVersion() {
    List<ConfigurationProblem> problems = problemsOf(BROKEN);

    String a = BROKEN.resolve("a-unknown-role.yaml").toString();
    String b = BROKEN.resolve("b-syntax-error.yaml").toString();
    String c = BROKEN.resolve("c-same-id-and-version.yaml").toString();
    assertThat(problems)
        .extracting(p -> p.file() + ":" + p.line() + ": " + p.field())
        .containsExactly(a + ":11: tracks[0].stages[0].to[0]", b + ":5: ", c + ":1: id");
    assertThat(problems.get(0).message())
        .isEqualTo(
            "unknown role 'team-manager'; no roles are declared under 'roles' ('chair' is"
                + " built in)");
    assertThat(problems.get(1).message())
        .isEqualTo(
            "not valid YAML: while scanning a quoted scalar (started on line 3): found unexpected"
                + " end of stream");
    assertThat(problems.get(2).message())
        .isEqualTo(
            "protocol 'broken-example' version '1' is already declared in "
                + a
                + ":1; raise the version or change the id");
  }

  @Test
  void theExceptionMessageCountsProblemsAcrossFiles() {
    assertThatThrownBy(() -> loader.loadDirectory(BROKEN))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageStartingWith(
            "3 problems in 3 files:\n  " + BROKEN.resolve("a-unknown-role.yaml"));
  }

  @Test
  void anEmptyDirectoryHasNoProtocols(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("readme.txt"), "no protocols here");
    assertThat(loader.loadDirectory(dir)).isEmpty();
  }

  @Test
  void aMissingDirectoryIsReported(@TempDir Path dir) {
    List<ConfigurationProblem> problems = problemsOf(dir.resolve("absent"));
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).message()).startsWith("cannot list the protocol directory");
  }

  private List<ConfigurationProblem> problemsOf(Path dir) {
    try {
      loader.loadDirectory(dir);
    } catch (InvalidConfigurationException e) {
      return e.problems();
    }
    throw new AssertionError("expected problems in " + dir);
  }
}

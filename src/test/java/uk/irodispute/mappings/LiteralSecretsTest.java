package uk.irodispute.mappings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every field of a system file that holds a secret must be a placeholder: a password or client
 * secret written into the file itself (where it would end up in the repository) is refused at its
 * line, and the message never repeats it.
 */
class LiteralSecretsTest {

  private static final String LITERAL = "Invented-Literal-Secret-42";

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "lcs-api.yaml | \"${LCS_CLIENT_SECRET}\" | auth.clientSecret",
        "fwi-api.yaml | \"${FWI_PASSWORD}\" | auth.password",
        "lcs-reporting.yaml | \"${LCS_REPORTING_PASSWORD:}\" | source.password",
      })
  void aSecretWrittenIntoAShippedFileIsRefusedAtItsLine(
      String file, String placeholder, String field) throws IOException {
    String text = Files.readString(Path.of("mappings/systems", file));
    assertThat(text).contains(placeholder);
    Path edited = Files.writeString(dir.resolve(file), text.replace(placeholder, LITERAL));

    var invalid =
        catchThrowableOfType(
            () -> ShippedSystems.loader().load(edited), InvalidConfigurationException.class);

    assertThat(invalid.problems()).hasSize(1);
    ConfigurationProblem problem = invalid.problems().get(0);
    assertThat(problem.field()).isEqualTo(field);
    assertThat(problem.line()).isPositive();
    assertThat(problem.message())
        .contains("a secret must come from the environment, never from the file");
    assertThat(invalid.getMessage()).doesNotContain(LITERAL);
  }
}

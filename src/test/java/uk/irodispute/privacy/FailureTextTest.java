package uk.irodispute.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Map;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

class FailureTextTest {

  private final Redaction redaction = new Redaction();
  private final FailureText failures = new FailureText(redaction);

  @Test
  void aFailureIsItsTypeAndMessageWithSecretsRedacted() {
    redaction.register("token-1234567");

    assertThat(failures.describe(new IllegalStateException("server said Bearer token-1234567")))
        .isEqualTo("IllegalStateException: server said Bearer [redacted]");
  }

  @Test
  void aDatabaseDriversMessageIsReplacedByWhatItsSqlStateMeans() {
    SQLException driver =
        new SQLException(
            "Value too long for column \"BODY\": 'Concerned that Amara Testfield is unsafe'",
            "22001");
    var failure = new DataIntegrityViolationException("INSERT INTO notes failed", driver);

    String text = failures.describe(failure);

    assertThat(text)
        .isEqualTo(
            "DataIntegrityViolationException: a value does not fit its column (SQL state 22001)")
        .doesNotContain("Amara");
  }

  @Test
  void aFailedHttpCallIsItsStatusAndHostNotItsPathOrRedirect() {
    var failure =
        new HttpOperationFailedException(
            "https://lcs.council.example/api/people/P-100234/notes",
            302,
            "Found",
            "https://elsewhere.example/?echo=anything",
            Map.of(),
            "body naming a child");

    assertThat(failures.describe(failure))
        .isEqualTo("HttpOperationFailedException: HTTP 302 from https://lcs.council.example");
  }

  @Test
  void aLongDescriptionIsCutAndNoFailureIsUnknown() {
    assertThat(failures.describe(new RuntimeException("x".repeat(2000))))
        .hasSize(FailureText.MOST_CHARACTERS);
    assertThat(failures.describe(null)).isEqualTo("unknown failure");
  }
}

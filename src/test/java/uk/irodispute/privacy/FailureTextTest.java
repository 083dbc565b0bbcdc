package uk.irodispute.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.util.Map;
import javax.net.ssl.SSLHandshakeException;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * A failure as an operator reads it in the outbox, the log and the console: words first, the
 * exception's class only after " — detail: ".
 */
class FailureTextTest {

  private final Redaction redaction = new Redaction();
  private final FailureText failures = new FailureText(redaction);

  @Test
  void anyOtherFailureIsItsMessageInWordsWithSecretsRedactedAndItsClassAsDetail() {
    redaction.register("token-1234567");

    assertThat(failures.describe(new IllegalStateException("server said Bearer token-1234567")))
        .isEqualTo(
            "an unexpected failure: server said Bearer [redacted]"
                + " — detail: IllegalStateException");
  }

  @Test
  void aFailureIsStoredOnOneLineCutBeforeItsDetail() {
    String message = "first line\nsecond line\r\n" + "x".repeat(600);

    String described = failures.describe(new IllegalStateException(message));

    assertThat(described)
        .hasSize(FailureText.MOST_CHARACTERS)
        .startsWith("an unexpected failure: first line second line  x")
        .endsWith("xxx — detail: IllegalStateException")
        .doesNotContain("\n")
        .doesNotContain("\r");
  }

  @Test
  void aDatabasesDriversMessageIsReplacedByWhatItsSqlStateMeans() {
    SQLException driver =
        new SQLException(
            "Value too long for column \"BODY\": 'Concerned that Amara Testfield is unsafe'",
            "22001");
    var failure = new DataIntegrityViolationException("INSERT INTO notes failed", driver);

    String text = failures.describe(failure);

    assertThat(text)
        .isEqualTo(
            "a value does not fit its column (SQL state 22001)"
                + " — detail: DataIntegrityViolationException caused by SQLException")
        .doesNotContain("Amara");
  }

  @Test
  void aFailedHttpCallIsItsStatusInWordsAndItsHostNotItsPathOrRedirect() {
    var failure =
        new HttpOperationFailedException(
            "https://lcs.council.example/api/people/P-100234/notes",
            500,
            "Internal Server Error",
            "https://elsewhere.example/?echo=anything",
            Map.of(),
            "body naming a child");

    assertThat(failures.describe(failure))
        .isEqualTo(
            "the case system answered HTTP 500 (server error) at https://lcs.council.example"
                + " — detail: HttpOperationFailedException");
  }

  @Test
  void aRefusedConnectionIsSaidSo() {
    var failure = new RuntimeException("wrapped", new ConnectException("Connection refused"));

    assertThat(failures.describe(failure))
        .isEqualTo(
            "the target refused the connection"
                + " — detail: RuntimeException caused by ConnectException");
  }

  @Test
  void aTimeOutIsSaidSo() {
    assertThat(failures.describe(new SocketTimeoutException("Read timed out")))
        .isEqualTo("the request timed out — detail: SocketTimeoutException");
  }

  @Test
  void aRefusedCertificateIsSaidSo() {
    var failure = new SSLHandshakeException("PKIX path building failed: lcs.council.example");

    assertThat(failures.describe(failure))
        .isEqualTo(
            "the secure connection (TLS) failed: the certificate or the handshake was refused"
                + " — detail: SSLHandshakeException");
  }

  @Test
  void aMailServerThatRefusesTheConnectionIsSaidSo() {
    var failure =
        new MailConnectException(
            new org.eclipse.angus.mail.util.SocketConnectException(
                "Connection refused", new ConnectException("Connection refused"), "smtp", 25, 0));

    assertThat(failures.describe(failure))
        .isEqualTo(
            "the mail server refused the connection"
                + " — detail: MailConnectException caused by ConnectException");
  }

  @Test
  void aMailServerThatRefusesTheMessageGivesItsSmtpCode() throws Exception {
    var failure =
        new MessagingException(
            "could not send",
            new SMTPSendFailedException(
                "DATA",
                554,
                "554 rejected for chair@council.example",
                null,
                new InternetAddress[0],
                new InternetAddress[0],
                new InternetAddress[] {new InternetAddress("chair@council.example")}));

    assertThat(failures.describe(failure))
        .isEqualTo(
            "the mail server refused the message (SMTP 554)"
                + " — detail: MessagingException caused by SMTPSendFailedException")
        .doesNotContain("chair@");
  }

  @Test
  void aLongDescriptionIsCutKeepingItsDetailAndNoFailureIsUnknown() {
    assertThat(failures.describe(new RuntimeException("x".repeat(2000))))
        .hasSize(FailureText.MOST_CHARACTERS)
        .endsWith(" — detail: RuntimeException");
    assertThat(failures.describe(null)).isEqualTo("unknown failure");
  }
}

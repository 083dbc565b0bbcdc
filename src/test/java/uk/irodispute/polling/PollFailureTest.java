package uk.irodispute.polling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import uk.irodispute.connections.SourceUnavailableException;
import uk.irodispute.systems.mapping.MalformedPageException;

/**
 * Why a poll run stopped, as operations read it in the log and the source's health: the adapter's
 * own reasons in full, any other failure in words with its class only as a detail, and nothing a
 * database or a library may have quoted from a note.
 */
class PollFailureTest {

  @Test
  void theAdaptersOwnReasonsAreGivenInFullOnOneLine() {
    assertThat(PollCycle.describe(new MalformedPageException("the page is not JSON")))
        .isEqualTo("the page is not JSON");
    assertThat(
            PollCycle.describe(
                new SourceUnavailableException("the case system answered HTTP 500", null)))
        .isEqualTo("the case system answered HTTP 500");
    assertThat(PollCycle.describe(new SourceBusyException(Duration.ofSeconds(30))))
        .doesNotContain("\n");
  }

  @Test
  void aTimeOutIsSaidInWordsWithItsClassAsDetail() {
    var timedOut =
        new UncheckedIOException(
            "the page could not be read to its end", new SocketTimeoutException("Read timed out"));

    assertThat(PollCycle.describe(timedOut))
        .isEqualTo(
            "the request timed out"
                + " — detail: UncheckedIOException caused by SocketTimeoutException");
  }

  @Test
  void anyOtherConnectionsFailureIsGivenInWordsWithItsMessage() {
    var cut = new UncheckedIOException("read failed", new SocketException("Connection reset"));

    assertThat(PollCycle.describe(cut))
        .isEqualTo(
            "the connection to the case system failed: Connection reset"
                + " — detail: UncheckedIOException caused by SocketException");
  }

  @Test
  void aDatabasesExceptionGivesItsKindAndStateButNotTheValuesItQuotes() {
    var refused =
        new DataIntegrityViolationException(
            "PreparedStatementCallback; Value too long for column \"NAME\": \"'Robin Invented'\"",
            new SQLException("Value too long: 'Robin Invented'", "22001"));

    assertThat(PollCycle.describe(refused))
        .isEqualTo(
            "a value does not fit its column (SQL state 22001)"
                + " — detail: DataIntegrityViolationException caused by SQLException")
        .doesNotContain("Robin");
  }

  @Test
  void anyOtherExceptionGivesOnlyItsKind() {
    var other = new IllegalStateException("could not convert 'Robin Invented'");

    assertThat(PollCycle.describe(other))
        .isEqualTo(
            "an unexpected failure (its details are not logged: they may quote a case note)"
                + " — detail: IllegalStateException");
  }
}

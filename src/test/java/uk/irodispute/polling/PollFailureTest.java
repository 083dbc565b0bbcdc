package uk.irodispute.polling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import uk.irodispute.systems.mapping.MalformedPageException;

/**
 * Why a poll run stopped, as operations read it in the log and the source's health: the adapter's
 * own reasons in full, a connection's failure as it is, and nothing a database or a library may
 * have quoted from a note.
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
  void aConnectionsFailureIsGivenAsItIs() {
    var timedOut =
        new UncheckedIOException(
            "the page could not be read to its end", new SocketTimeoutException("Read timed out"));

    assertThat(PollCycle.describe(timedOut)).isEqualTo("SocketTimeoutException: Read timed out");
  }

  @Test
  void aDatabasesExceptionGivesItsKindAndStateButNotTheValuesItQuotes() {
    var refused =
        new DataIntegrityViolationException(
            "PreparedStatementCallback; Value too long for column \"NAME\": \"'Robin Invented'\"",
            new SQLException("Value too long: 'Robin Invented'", "22001"));

    assertThat(PollCycle.describe(refused))
        .isEqualTo("DataIntegrityViolationException caused by SQLException (SQL state 22001)")
        .doesNotContain("Robin");
  }

  @Test
  void anyOtherExceptionGivesOnlyItsKind() {
    var other = new IllegalStateException("could not convert 'Robin Invented'");

    assertThat(PollCycle.describe(other))
        .isEqualTo(
            "IllegalStateException (its details are not logged: they may quote a case note)");
  }
}

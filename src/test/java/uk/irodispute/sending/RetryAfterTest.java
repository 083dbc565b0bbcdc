package uk.irodispute.sending;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import uk.irodispute.connections.RetryAfter;

/**
 * How a failed write-back's answer is read: the Retry-After of a 429 or 503, in seconds or as an
 * HTTP date, and an integration table's unique-key refusal.
 */
class RetryAfterTest {

  static final Instant NOW = Instant.parse("2026-11-04T10:00:00Z");

  @Test
  void secondsAndHttpDatesAreRead() {
    assertThat(RetryAfter.parse("120", NOW)).contains(NOW.plusSeconds(120));
    assertThat(RetryAfter.parse(" 0 ", NOW)).contains(NOW);
    assertThat(RetryAfter.parse("Wed, 04 Nov 2026 10:30:00 GMT", NOW))
        .contains(Instant.parse("2026-11-04T10:30:00Z"));
    assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
    assertThat(RetryAfter.parse("-5", NOW)).isEmpty();
  }

  @Test
  void onlyA429OrA503AsksToWait() {
    assertThat(RetryAfter.of(failure(429, Map.of("Retry-After", "30")), NOW))
        .contains(NOW.plusSeconds(30));
    assertThat(RetryAfter.of(failure(503, Map.of("retry-after", "60")), NOW))
        .as("header names are not case sensitive")
        .contains(NOW.plusSeconds(60));
    assertThat(
            RetryAfter.of(
                new CamelExecutionException(
                    "wrapped", null, failure(429, Map.of("Retry-After", "5"))),
                NOW))
        .contains(NOW.plusSeconds(5));
    assertThat(RetryAfter.of(failure(500, Map.of("Retry-After", "30")), NOW)).isEmpty();
    assertThat(RetryAfter.of(failure(429, Map.of()), NOW)).isEmpty();
    assertThat(RetryAfter.of(new IllegalStateException("connection refused"), NOW)).isEmpty();
    assertThat(RetryAfter.of(null, NOW)).isEmpty();
  }

  @Test
  void aUniqueKeyRefusalIsRecognisedAndOtherRefusalsAreNot() {
    assertThat(OutboxSending.uniqueKeyRefused(new DuplicateKeyException("IMPORT_KEY"))).isTrue();
    assertThat(
            OutboxSending.uniqueKeyRefused(
                new IllegalStateException(new SQLException("duplicate", "23505"))))
        .isTrue();
    assertThat(
            OutboxSending.uniqueKeyRefused(
                new DataIntegrityViolationException("null", new SQLException("not null", "23502"))))
        .isFalse();
    assertThat(OutboxSending.uniqueKeyRefused(null)).isFalse();
  }

  private static HttpOperationFailedException failure(int status, Map<String, String> headers) {
    return new HttpOperationFailedException(
        "http://lcs.example/casenotes", status, "status " + status, null, headers, "");
  }
}

package uk.irodispute.connections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.junit.jupiter.api.Test;

/**
 * How a case system's Retry-After is read, for the poll and the write-back alike: seconds, the
 * three forms of an HTTP date, and nothing from garbage.
 */
class RetryAfterTest {

  static final Instant NOW = Instant.parse("2026-11-04T10:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final Instant HALF_PAST = Instant.parse("2026-11-04T10:30:00Z");

  @Test
  void secondsCountFromTheClock() {
    assertThat(RetryAfter.until("120", CLOCK)).contains(NOW.plusSeconds(120));
    assertThat(RetryAfter.until(" 0 ", CLOCK)).contains(NOW);
  }

  @Test
  void anHttpDateIsReadInEachOfItsThreeForms() {
    assertThat(RetryAfter.until("Wed, 04 Nov 2026 10:30:00 GMT", CLOCK)).contains(HALF_PAST);
    assertThat(RetryAfter.until("Wednesday, 04-Nov-26 10:30:00 GMT", CLOCK)).contains(HALF_PAST);
    assertThat(RetryAfter.until("Wed Nov  4 10:30:00 2026", CLOCK)).contains(HALF_PAST);
  }

  @Test
  void garbageIsNotRead() {
    assertThat(RetryAfter.until("soon", CLOCK)).isEmpty();
    assertThat(RetryAfter.until("-5", CLOCK)).isEmpty();
    assertThat(RetryAfter.until("12345678901", CLOCK)).isEmpty();
    assertThat(RetryAfter.until("Wed, 31 Nov 2026 10:30:00 GMT", CLOCK)).isEmpty();
    assertThat(RetryAfter.until("Thu, 04 Nov 2026 10:30:00 GMT", CLOCK))
        .as("a weekday that is not the date's")
        .isEmpty();
    assertThat(RetryAfter.until("", CLOCK)).isEmpty();
    assertThat(RetryAfter.until(null, CLOCK)).isEmpty();
  }

  @Test
  void onlyA429OrA503AsksToWait() {
    assertThat(RetryAfter.of(failure(429, Map.of("Retry-After", "30")), CLOCK))
        .contains(NOW.plusSeconds(30));
    assertThat(RetryAfter.of(failure(503, Map.of("retry-after", "60")), CLOCK))
        .as("header names are not case sensitive")
        .contains(NOW.plusSeconds(60));
    assertThat(
            RetryAfter.of(
                new CamelExecutionException(
                    "wrapped", null, failure(429, Map.of("Retry-After", "5"))),
                CLOCK))
        .contains(NOW.plusSeconds(5));
    assertThat(RetryAfter.of(failure(500, Map.of("Retry-After", "30")), CLOCK)).isEmpty();
    assertThat(RetryAfter.of(failure(429, Map.of()), CLOCK)).isEmpty();
    assertThat(RetryAfter.of(new IllegalStateException("connection refused"), CLOCK)).isEmpty();
    assertThat(RetryAfter.of(null, CLOCK)).isEmpty();
  }

  private static HttpOperationFailedException failure(int status, Map<String, String> headers) {
    return new HttpOperationFailedException(
        "http://lcs.example/casenotes", status, "status " + status, null, headers, "");
  }
}

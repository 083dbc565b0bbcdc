package uk.irodispute.connections;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.http.base.HttpOperationFailedException;

/**
 * When a write-back target asked to be tried again: the {@code Retry-After} of a 429 (too many
 * requests) or 503 (unavailable) answer, in seconds or as an HTTP date.
 */
public final class RetryAfter {

  private RetryAfter() {}

  /** The time the failure's answer asked us to wait until; empty when it asked nothing. */
  public static Optional<Instant> of(Throwable failure, Instant now) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof HttpOperationFailedException http
          && (http.getStatusCode() == 429 || http.getStatusCode() == 503)) {
        return header(http.getResponseHeaders()).flatMap(value -> parse(value, now));
      }
    }
    return Optional.empty();
  }

  /**
   * A {@code Retry-After} value: a number of seconds, or an HTTP date ({@code Wed, 21 Oct 2026
   * 07:28:00 GMT}).
   */
  public static Optional<Instant> parse(String value, Instant now) {
    String text = value.strip();
    if (text.matches("\\d{1,10}")) {
      return Optional.of(now.plus(Duration.ofSeconds(Long.parseLong(text))));
    }
    try {
      return Optional.of(
          ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> header(Map<String, String> headers) {
    if (headers == null) {
      return Optional.empty();
    }
    return headers.entrySet().stream()
        .filter(e -> "Retry-After".equalsIgnoreCase(e.getKey()) && e.getValue() != null)
        .map(Map.Entry::getValue)
        .findFirst();
  }
}

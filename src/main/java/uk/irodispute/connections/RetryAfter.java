package uk.irodispute.connections;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.http.base.HttpOperationFailedException;

/**
 * When a case system asked to be tried again: the {@code Retry-After} of a 429 (too many requests)
 * or 503 (unavailable) answer, in seconds or as an HTTP date. The poll and the write-back read it
 * here alike.
 */
public final class RetryAfter {

  /**
   * The older forms of an HTTP date. RFC 7231, 7.1.1.1: "A recipient that parses a timestamp value
   * in an HTTP header field MUST accept all three HTTP-date formats."
   */
  private static final List<DateTimeFormatter> OBSOLETE_DATES =
      List.of(
          DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss 'GMT'", Locale.US),
          DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US));

  private RetryAfter() {}

  /**
   * A {@code Retry-After} value read against the clock: a number of seconds, or an HTTP date
   * ({@code Wed, 21 Oct 2026 07:28:00 GMT}, or the older {@code Wednesday, 21-Oct-26 07:28:00 GMT}
   * and {@code Wed Oct 21 07:28:00 2026}); empty when it is neither.
   */
  public static Optional<Instant> until(String value, Clock clock) {
    if (value == null) {
      return Optional.empty();
    }
    String text = value.strip();
    if (text.matches("\\d{1,10}")) {
      return Optional.of(clock.instant().plus(Duration.ofSeconds(Long.parseLong(text))));
    }
    try {
      return Optional.of(
          ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeException e) {
      return obsoleteDate(text);
    }
  }

  /**
   * The time a failed HTTP request's answer asked us to wait until: a 429's or 503's {@code
   * Retry-After} anywhere in the chain of causes; empty when it asked nothing.
   */
  public static Optional<Instant> of(Throwable failure, Clock clock) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof HttpOperationFailedException http
          && (http.getStatusCode() == 429 || http.getStatusCode() == 503)) {
        return header(http.getResponseHeaders()).flatMap(value -> until(value, clock));
      }
    }
    return Optional.empty();
  }

  private static Optional<Instant> obsoleteDate(String text) {
    for (DateTimeFormatter form : OBSOLETE_DATES) {
      try {
        return Optional.of(LocalDateTime.parse(text, form).toInstant(ZoneOffset.UTC));
      } catch (DateTimeException e) {
        // not this form: the next may read it
      }
    }
    return Optional.empty();
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

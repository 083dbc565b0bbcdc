package uk.irodispute.sandbox;

import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Plays a fault out on an HTTP answer. */
final class FaultAnswers {

  /** How long a slow answer waits when the fault gives no delay. */
  static final Duration SLOW = Duration.ofSeconds(2);

  /** The {@code Retry-After} of a rate limit that gives none. */
  static final Duration RETRY_AFTER = Duration.ofSeconds(2);

  private final SandboxDelays delays;
  private final Duration timeOut;

  /**
   * @param delays holds answers back
   * @param timeOut how long a timed-out answer waits when the fault gives no delay
   */
  FaultAnswers(SandboxDelays delays, Duration timeOut) {
    this.delays = delays;
    this.timeOut = timeOut;
  }

  /**
   * Plays the part of a fault that comes before the answer: an error answer instead of it, or a
   * wait.
   *
   * @return the answer to give instead of the real one, if the fault replaces it
   */
  Optional<ResponseEntity<String>> before(Optional<Fault> fault, ApiFormat format) {
    if (fault.isEmpty()) {
      return Optional.empty();
    }
    Fault f = fault.get();
    switch (f.kind()) {
      case SERVER_ERROR -> {
        return Optional.of(
            format.error(
                HttpStatus.INTERNAL_SERVER_ERROR, "server_error", "sandbox fault: server error"));
      }
      case RATE_LIMITED -> {
        long seconds = Math.max(1, ceilSeconds(orDefault(f.delay(), RETRY_AFTER)));
        ResponseEntity<String> limited =
            format.error(HttpStatus.TOO_MANY_REQUESTS, "rate_limited", "sandbox fault: slow down");
        return Optional.of(
            ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .headers(limited.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(limited.getBody()));
      }
      case SLOW -> delays.hold(orDefault(f.delay(), SLOW));
      case TIME_OUT -> delays.hold(orDefault(f.delay(), timeOut));
      default -> {}
    }
    return Optional.empty();
  }

  /** Plays the part of a fault that spoils the answer: a body cut in half. */
  ResponseEntity<String> after(Optional<Fault> fault, ResponseEntity<String> answer) {
    if (fault.isEmpty() || fault.get().kind() != FaultKind.MALFORMED_BODY) {
      return answer;
    }
    String body = answer.getBody() == null ? "" : answer.getBody();
    return ResponseEntity.status(answer.getStatusCode())
        .headers(answer.getHeaders())
        .body(body.substring(0, body.length() / 2));
  }

  private static Duration orDefault(Duration given, Duration otherwise) {
    return given == null ? otherwise : given;
  }

  private static long ceilSeconds(Duration d) {
    return d.getSeconds() + (d.getNano() > 0 ? 1 : 0);
  }
}

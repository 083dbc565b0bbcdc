package uk.irodispute.sandbox;

import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Plays a fault out on an HTTP answer. */
final class FaultAnswers {

  /** How long a slow answer waits when the fault gives no delay. */
  static final Duration SLOW = Duration.ofSeconds(2);

  /** The size of a huge body: more than the adapter takes by default (10 MB). */
  static final int HUGE_BODY_BYTES = 16 * 1024 * 1024;

  /** How deep a deep note nests: far deeper than the adapter reads. */
  static final int DEEP_NOTE_LEVELS = 100_000;

  /** The size of a huge note's text: larger than the adapter's whole page (10 MB by default). */
  static final int HUGE_NOTE_BYTES = 50 * 1024 * 1024;

  /** What a single sign-on proxy answers an API client that has no session. */
  private static final String SIGN_IN_PAGE =
      "<!DOCTYPE html><html><head><title>Sign in</title></head><body><form method=\"post\">"
          + "<input name=\"username\"><input name=\"password\" type=\"password\">"
          + "<button>Sign in</button></form></body></html>";

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

  /**
   * Plays the part of a fault that spoils the answer: a body cut in half, a sign-in page, the other
   * format, no body, a huge body, the wrong content type, or a poison note among the notes.
   */
  ResponseEntity<String> after(Optional<Fault> fault, ResponseEntity<String> answer) {
    if (fault.isEmpty()) {
      return answer;
    }
    String body = answer.getBody() == null ? "" : answer.getBody();
    return switch (fault.get().kind()) {
      case MALFORMED_BODY -> same(answer, body.substring(0, body.length() / 2));
      case HTML_PAGE -> retyped(answer, MediaType.TEXT_HTML, SIGN_IN_PAGE);
      case WRONG_FORMAT ->
          MediaType.APPLICATION_JSON.isCompatibleWith(answer.getHeaders().getContentType())
              ? retyped(answer, MediaType.APPLICATION_XML, "<items><item id=\"1\"/></items>")
              : retyped(answer, MediaType.APPLICATION_JSON, "{\"items\":[{\"id\":\"1\"}]}");
      case EMPTY_BODY -> same(answer, "");
      case HUGE_BODY ->
          same(answer, body + " ".repeat(Math.max(0, HUGE_BODY_BYTES - body.length())));
      case WRONG_CONTENT_TYPE -> retyped(answer, MediaType.TEXT_PLAIN, body);
      case DEEP_NOTE, HUGE_NOTE, DEEP_NOTE_ID_AFTER ->
          same(answer, withPoisonNote(body, fault.get().kind(), json(answer)));
      default -> answer;
    };
  }

  private static boolean json(ResponseEntity<String> answer) {
    return MediaType.APPLICATION_JSON.isCompatibleWith(answer.getHeaders().getContentType());
  }

  /**
   * The page with a poison note first in its list of notes: the JSON API's {@code items}, the XML
   * API's {@code observationPage}. The note has an id, and what makes it poison comes after; but
   * {@code deep-note-id-after} gives its id after (JSON) or none (XML).
   */
  private static String withPoisonNote(String body, FaultKind kind, boolean json) {
    String note;
    if (json) {
      String deep = "[".repeat(DEEP_NOTE_LEVELS) + "]".repeat(DEEP_NOTE_LEVELS);
      note =
          switch (kind) {
            case DEEP_NOTE -> "{\"id\":\"POISON-DEEP\",\"body\":" + deep + "}";
            case DEEP_NOTE_ID_AFTER -> "{\"body\":" + deep + ",\"id\":\"POISON-LATE\"}";
            default -> "{\"id\":\"POISON-HUGE\",\"body\":\"" + "x".repeat(HUGE_NOTE_BYTES) + "\"}";
          };
      int list = body.indexOf("\"items\":[") + "\"items\":[".length();
      boolean empty = body.charAt(list) == ']';
      return body.substring(0, list) + note + (empty ? "" : ",") + body.substring(list);
    }
    String deepXml = "<n>".repeat(DEEP_NOTE_LEVELS) + "</n>".repeat(DEEP_NOTE_LEVELS);
    note =
        switch (kind) {
          case DEEP_NOTE -> "<observation id=\"POISON-DEEP\">" + deepXml + "</observation>";
          case DEEP_NOTE_ID_AFTER -> "<observation>" + deepXml + "</observation>";
          default ->
              "<observation id=\"POISON-HUGE\"><text>"
                  + "x".repeat(HUGE_NOTE_BYTES)
                  + "</text></observation>";
        };
    int page = body.indexOf('>', body.indexOf("<observationPage")) + 1;
    if (body.charAt(page - 2) == '/') {
      return body.substring(0, page - 2) + ">" + note + "</observationPage>" + body.substring(page);
    }
    return body.substring(0, page) + note + body.substring(page);
  }

  private static ResponseEntity<String> same(ResponseEntity<String> answer, String body) {
    return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders()).body(body);
  }

  private static ResponseEntity<String> retyped(
      ResponseEntity<String> answer, MediaType type, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.putAll(answer.getHeaders());
    headers.setContentType(type);
    return ResponseEntity.status(answer.getStatusCode()).headers(headers).body(body);
  }

  private static Duration orDefault(Duration given, Duration otherwise) {
    return given == null ? otherwise : given;
  }

  private static long ceilSeconds(Duration d) {
    return d.getSeconds() + (d.getNano() > 0 ? 1 : 0);
  }
}

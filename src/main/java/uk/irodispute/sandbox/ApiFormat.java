package uk.irodispute.sandbox;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The body format of a sandbox API, and how it words an error. */
enum ApiFormat {
  JSON(MediaType.APPLICATION_JSON),
  XML(MediaType.APPLICATION_XML);

  private final MediaType type;

  ApiFormat(MediaType type) {
    this.type = type;
  }

  MediaType type() {
    return type;
  }

  /** An answer with a body in this format. */
  ResponseEntity<String> answer(HttpStatus status, String body) {
    return ResponseEntity.status(status).contentType(type).body(body);
  }

  /** An error answer: {@code {"error", "message"}} or {@code <error code="..">message</error>}. */
  ResponseEntity<String> error(HttpStatus status, String code, String message) {
    String body =
        switch (this) {
          case JSON -> "{\"error\":\"" + json(code) + "\",\"message\":\"" + json(message) + "\"}";
          case XML ->
              "<error status=\""
                  + status.value()
                  + "\" code=\""
                  + Xml.escape(code)
                  + "\">"
                  + Xml.escape(message)
                  + "</error>";
        };
    return answer(status, body);
  }

  private static String json(String s) {
    return new String(JsonStringEncoder.getInstance().quoteAsString(s));
  }
}

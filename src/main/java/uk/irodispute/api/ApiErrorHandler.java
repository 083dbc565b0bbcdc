package uk.irodispute.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers a refused request with {@code {"status", "parameter", "error"}}. */
@RestControllerAdvice(basePackageClasses = ApiErrorHandler.class)
class ApiErrorHandler {

  @ExceptionHandler(ApiError.ApiException.class)
  ResponseEntity<Map<String, Object>> refused(ApiError.ApiException e) {
    ApiError error = e.error();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", error.status().value());
    body.put("parameter", error.parameter());
    body.put("error", error.message());
    return ResponseEntity.status(error.status()).body(body);
  }
}

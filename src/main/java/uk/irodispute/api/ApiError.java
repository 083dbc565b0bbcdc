package uk.irodispute.api;

import org.springframework.http.HttpStatus;

/**
 * A request the API refuses, naming the parameter at fault.
 *
 * @param status 400 for a bad value, 404 for something that does not exist
 * @param parameter the query or path parameter at fault
 * @param message what is wrong, in plain words
 */
record ApiError(HttpStatus status, String parameter, String message) {

  ApiException toException() {
    return new ApiException(this);
  }

  /** Thrown to answer with an {@link ApiError}. */
  static final class ApiException extends RuntimeException {
    private final ApiError error;

    ApiException(ApiError error) {
      super(error.message());
      this.error = error;
    }

    ApiError error() {
      return error;
    }
  }
}

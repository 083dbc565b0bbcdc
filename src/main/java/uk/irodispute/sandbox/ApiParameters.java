package uk.irodispute.sandbox;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reads the query parameters of the sandbox APIs; a wrong one is an error naming it. */
final class ApiParameters {

  private ApiParameters() {}

  /**
   * An ISO-8601 time with an offset ({@code 2026-01-01T00:00:00Z}); null or blank for none.
   *
   * @param parameter the parameter's name, for the error
   */
  static Instant since(String parameter, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          parameter + " must be an ISO-8601 time with an offset, for example 2026-01-01T00:00:00Z");
    }
  }

  /** A whole number in a range, or the default when absent or blank. */
  static int number(String parameter, String value, int otherwise, int min, int max) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    int n;
    try {
      n = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      n = min - 1;
    }
    if (n >= min && n <= max) {
      return n;
    }
    throw new IllegalArgumentException(
        parameter + " must be a whole number from " + min + " to " + max);
  }
}

package uk.irodispute.core.model;

import java.util.regex.Pattern;

/**
 * A dispute's reference, as IROs quote it: {@code DRP-2026-000042}.
 *
 * @param value the reference text
 */
public record DisputeReference(String value) {

  private static final Pattern FORM = Pattern.compile("DRP-\\d{4}-\\d{6,}");

  public DisputeReference {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "a dispute reference looks like DRP-2026-000042, got '" + value + "'");
    }
  }

  /** The reference for the given year and sequence number within it. */
  public static DisputeReference of(int year, long sequence) {
    return new DisputeReference(String.format("DRP-%04d-%06d", year, sequence));
  }

  @Override
  public String toString() {
    return value;
  }
}

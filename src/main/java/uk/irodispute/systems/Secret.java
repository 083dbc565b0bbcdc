package uk.irodispute.systems;

/**
 * A value taken from the environment that must never be printed: {@code toString} hides it, so a
 * definition can be logged safely.
 *
 * @param value the secret
 */
public record Secret(String value) {

  @Override
  public String toString() {
    return value == null || value.isEmpty() ? "(empty)" : "******";
  }
}

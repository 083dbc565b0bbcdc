package uk.irodispute.mappings;

/** Reads whole numbers within bounds. */
final class Numbers {

  private Numbers() {}

  /**
   * The value as a whole number from {@code min} to {@code max}; else reported, giving otherwise.
   */
  static int between(YamlField value, int min, int max, int otherwise) {
    String text = value.text();
    if (text == null) {
      return otherwise;
    }
    try {
      int n = Integer.parseInt(text.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    value.problem(
        "expected a whole number from "
            + min
            + " to "
            + max
            + value.onceFilled()
            + ", found "
            + value.quoted());
    return otherwise;
  }
}

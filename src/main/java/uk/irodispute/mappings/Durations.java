package uk.irodispute.mappings;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations such as {@code 30s}, {@code 5m}, {@code 2h}, {@code 500ms} or {@code PT30S}. */
final class Durations {

  private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

  private Durations() {}

  /** The duration under {@code key}, or {@code otherwise} when absent or not understood. */
  static Duration optional(YamlField owner, String key, Duration otherwise) {
    return owner.value(key).map(v -> parse(v, otherwise)).orElse(otherwise);
  }

  private static Duration parse(YamlField value, Duration otherwise) {
    String text = value.text();
    if (text == null) {
      return otherwise;
    }
    String t = text.strip().toLowerCase(Locale.ROOT);
    Matcher m = SHORT.matcher(t);
    Duration d = null;
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      d =
          switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
          };
    } else {
      try {
        d = Duration.parse(text.strip());
      } catch (DateTimeParseException e) {
        value.problem(
            value.quoted()
                + " is not a duration"
                + value.onceFilled()
                + "; write for example 500ms, 30s, 5m, 2h or PT30S");
        return otherwise;
      }
    }
    if (d.isZero() || d.isNegative()) {
      value.problem(value.quoted() + " must be longer than zero" + value.onceFilled());
      return otherwise;
    }
    return d;
  }
}

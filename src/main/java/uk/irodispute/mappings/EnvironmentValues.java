package uk.irodispute.mappings;

import java.util.Optional;
import uk.irodispute.mappings.PlaceholderResolver.UnresolvedPlaceholderException;
import uk.irodispute.systems.Secret;

/**
 * Reads text values of a system file with their {@code ${NAME}} placeholders filled. A placeholder
 * with no value is reported at its line naming the variable; no filled-in value is ever put in a
 * message, so a secret cannot leak through one.
 */
final class EnvironmentValues {

  private final PlaceholderResolver resolver;

  EnvironmentValues(PlaceholderResolver resolver) {
    this.resolver = resolver;
  }

  /** The text under {@code key} with placeholders filled, or null when absent or unresolvable. */
  String optional(YamlField owner, String key) {
    return owner.value(key).map(this::text).orElse(null);
  }

  /** As {@link #optional}, or {@code otherwise} when the key is absent. */
  String optional(YamlField owner, String key, String otherwise) {
    return owner.has(key) ? optional(owner, key) : otherwise;
  }

  /** The text under {@code key} with placeholders filled; a missing or empty one is reported. */
  String required(YamlField owner, String key) {
    if (!owner.has(key)) {
      owner.missing(key);
      return null;
    }
    YamlField value = owner.value(key).orElseThrow();
    String text = text(value);
    if (text != null && text.isBlank()) {
      value.problem(
          PlaceholderText.hasPlaceholder(value.text())
              ? "'" + key + "' is empty once its placeholders are filled"
              : "'" + key + "' must not be blank");
      return null;
    }
    return text;
  }

  /**
   * A secret under {@code key}: it must be a placeholder, so that the value comes from the
   * environment and never from the file.
   */
  Secret secret(YamlField owner, String key, boolean required) {
    Optional<YamlField> value = owner.value(key);
    if (value.isEmpty()) {
      if (required) {
        owner.missing(key);
      }
      return null;
    }
    String raw = value.get().rawText();
    if (raw == null) {
      return null;
    }
    if (!PlaceholderText.hasPlaceholder(raw)) {
      value
          .get()
          .problem(
              "a secret must come from the environment, never from the file: write \"${NAME}\""
                  + " here and set NAME in the environment");
      return null;
    }
    String text = text(value.get());
    if (text == null) {
      return null;
    }
    if (required && text.isEmpty()) {
      value.get().problem("'" + key + "' is empty once its placeholders are filled");
      return null;
    }
    return new Secret(text);
  }

  /** This value's text with placeholders filled; an unresolvable one is reported, giving null. */
  String text(YamlField value) {
    String raw = value.rawText();
    if (!PlaceholderText.hasPlaceholder(raw)) {
      return raw;
    }
    try {
      return resolver.resolve(raw);
    } catch (IllegalArgumentException e) {
      value.problem(unresolved(raw, e));
      return null;
    }
  }

  /** Names the variable without a value; never the exception's text, which may quote values. */
  private String unresolved(String raw, IllegalArgumentException e) {
    String name = e instanceof UnresolvedPlaceholderException u ? u.name() : firstUnresolvable(raw);
    if (name == null) {
      return "a placeholder in this value has no value in the environment";
    }
    return unset(name);
  }

  /** The message for a placeholder the environment does not set. */
  static String unset(String name) {
    return "placeholder '${" + name + "}' has no value: set " + name + " in the environment";
  }

  /**
   * Whether the problem is a placeholder the environment does not set (and nothing else wrong with
   * the value), as {@link #unset} words it.
   */
  static boolean isUnset(ConfigurationProblem problem) {
    String message = problem.message();
    int open = message.indexOf("'${");
    int close = message.indexOf("}'", open);
    return open >= 0 && close > open && message.equals(unset(message.substring(open + 3, close)));
  }

  private String firstUnresolvable(String raw) {
    for (PlaceholderText.Placeholder p : PlaceholderText.all(raw)) {
      if (p.fallback() != null) {
        continue;
      }
      try {
        resolver.resolve("${" + p.name() + "}");
      } catch (IllegalArgumentException e) {
        return p.name();
      }
    }
    return null;
  }
}

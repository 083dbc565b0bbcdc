package uk.irodispute.mappings;

import java.util.function.Function;

/**
 * Fills {@code ${NAME}} and {@code ${NAME:default}} placeholders in a configuration value from the
 * environment. In the application this is Spring's {@code Environment.resolveRequiredPlaceholders}
 * (environment variables, system properties, application properties); {@link #from} gives the same
 * behaviour over any lookup, for checks and tests run without Spring.
 */
@FunctionalInterface
public interface PlaceholderResolver {

  /**
   * The value with every placeholder filled.
   *
   * @throws IllegalArgumentException when a placeholder has no value and no default
   */
  String resolve(String text);

  /**
   * A resolver over {@code lookup}, which gives a name's value or null. Defaults may hold
   * placeholders themselves ({@code ${A:http://localhost:${PORT}}}); an unknown name without a
   * default throws {@link UnresolvedPlaceholderException} naming it.
   */
  static PlaceholderResolver from(Function<String, String> lookup) {
    return text -> PlaceholderText.fill(text, lookup);
  }

  /** A placeholder with no value and no default; the message names it and nothing else. */
  class UnresolvedPlaceholderException extends IllegalArgumentException {

    private final String name;

    public UnresolvedPlaceholderException(String name) {
      super("no value for placeholder '" + name + "'");
      this.name = name;
    }

    /** The placeholder's name, for example {@code LCS_CLIENT_SECRET}. */
    public String name() {
      return name;
    }
  }
}

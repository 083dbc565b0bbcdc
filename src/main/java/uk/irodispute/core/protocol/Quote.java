package uk.irodispute.core.protocol;

/**
 * A value someone typed, quoted in a reason or an alert. A note's form answer may be as long as the
 * screen lets through (64KB); a reason quotes its start only, and says how long it was.
 */
public final class Quote {

  /** The longest part of a typed value a reason quotes. */
  public static final int LONGEST = 40;

  private Quote() {}

  /**
   * The value in single quotes: whole when short, else its first {@link #LONGEST} characters, an
   * ellipsis and its length.
   */
  public static String typed(String value) {
    if (value == null) {
      return "''";
    }
    if (value.length() <= LONGEST) {
      return "'" + value + "'";
    }
    int end = Character.isHighSurrogate(value.charAt(LONGEST - 1)) ? LONGEST - 1 : LONGEST;
    return "'" + value.substring(0, end) + "...' (" + value.length() + " characters)";
  }
}

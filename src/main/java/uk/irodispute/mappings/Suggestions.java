package uk.irodispute.mappings;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known word a mistyped one was probably meant to be. */
public final class Suggestions {

  private Suggestions() {}

  /**
   * The known word closest to {@code typed}, if one is close enough to be a typing mistake: the
   * same but for letter case, or within two edits (one for words of up to four letters), counting a
   * swap of neighbouring letters as one edit.
   */
  public static Optional<String> closest(String typed, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lower = typed.toLowerCase(Locale.ROOT);
    for (String candidate : known) {
      int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    int allowed = typed.length() <= 4 ? 1 : 2;
    return best != null && bestDistance <= allowed && !best.equals(typed)
        ? Optional.of(best)
        : Optional.empty();
  }

  /** {@code " (did you mean 'x'?)"} when a close known word exists, else empty text. */
  public static String didYouMean(String typed, Collection<String> known) {
    return closest(typed, known).map(s -> " (did you mean '" + s + "'?)").orElse("");
  }

  /** Edit distance with adjacent transpositions (optimal string alignment). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}

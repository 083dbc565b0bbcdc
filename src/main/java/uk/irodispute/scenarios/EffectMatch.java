package uk.irodispute.scenarios;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import uk.irodispute.core.engine.Effect;
import uk.irodispute.mappings.YamlField;

/**
 * Compares the alerts and case notes a step produced with those it expects, in any order: each
 * expected one takes a produced one that matches it, and any produced one left over is a difference
 * too.
 */
final class EffectMatch {

  private EffectMatch() {}

  static Optional<String> alerts(List<Expectations.ExpectedAlert> expected, List<Effect> effects) {
    List<Effect.SendAlert> produced =
        effects.stream()
            .filter(Effect.SendAlert.class::isInstance)
            .map(Effect.SendAlert.class::cast)
            .toList();
    return match(
        "alert",
        expected,
        produced,
        EffectMatch::matches,
        EffectMatch::describe,
        EffectMatch::describe);
  }

  static Optional<String> notes(List<Expectations.ExpectedNote> expected, List<Effect> effects) {
    List<Effect.WriteCaseNote> produced =
        effects.stream()
            .filter(Effect.WriteCaseNote.class::isInstance)
            .map(Effect.WriteCaseNote.class::cast)
            .toList();
    return match(
        "case note",
        expected,
        produced,
        (e, p) -> e.kind() == p.kind() && (e.by() == null || e.by().equals(p.authorRole())),
        e -> YamlField.fileName(e.kind()) + (e.by() == null ? "" : " by " + e.by()),
        p -> YamlField.fileName(p.kind()) + " by " + p.authorRole());
  }

  private static <E, P> Optional<String> match(
      String what,
      List<E> expected,
      List<P> produced,
      BiPredicate<E, P> matches,
      Function<E, String> expectedWords,
      Function<P, String> producedWords) {
    List<P> left = new ArrayList<>(produced);
    for (E e : expected) {
      Optional<P> found = left.stream().filter(p -> matches.test(e, p)).findFirst();
      if (found.isEmpty()) {
        return Optional.of(
            "no "
                + what
                + " "
                + expectedWords.apply(e)
                + "; "
                + listed(what, produced, producedWords));
      }
      left.remove(found.get());
    }
    if (!left.isEmpty()) {
      return Optional.of(
          "an "
              + what
              + " not expected: "
              + producedWords.apply(left.get(0)).trim()
              + "; "
              + listed(what, produced, producedWords));
    }
    return Optional.empty();
  }

  private static <P> String listed(String what, List<P> produced, Function<P, String> words) {
    if (produced.isEmpty()) {
      return "there was none";
    }
    return "the " + what + "s were: " + String.join(", ", produced.stream().map(words).toList());
  }

  private static boolean matches(Expectations.ExpectedAlert e, Effect.SendAlert p) {
    return e.kind() == p.kind()
        && new HashSet<>(e.to()).equals(new HashSet<>(p.to()))
        && (e.cc() == null || new HashSet<>(e.cc()).equals(new HashSet<>(p.cc())));
  }

  private static String describe(Expectations.ExpectedAlert e) {
    return YamlField.fileName(e.kind())
        + " to ["
        + String.join(", ", e.to())
        + "]"
        + (e.cc() == null ? "" : " cc [" + String.join(", ", e.cc()) + "]");
  }

  private static String describe(Effect.SendAlert p) {
    return YamlField.fileName(p.kind())
        + " to ["
        + String.join(", ", p.to())
        + "] cc ["
        + String.join(", ", p.cc())
        + "]";
  }
}

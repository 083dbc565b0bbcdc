package uk.irodispute.replies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.irodispute.core.protocol.Protocol;
import uk.irodispute.core.protocol.ResponseType;

/**
 * The response a reply's first line gives. The people a stage was sent to answer with one of the
 * protocol's response types, by id or name ("agree", "no action"), or with "respond" where the
 * protocol has none; the IRO answers "satisfied" or "escalate" ("not satisfied").
 */
final class AnswerWords {

  /** Who may give an answer. */
  enum From {
    /** The people the current stage was sent to. */
    STAGE,
    /** The raising chair. */
    CHAIR
  }

  /** What the answer asks for. */
  enum Kind {
    RESPOND,
    SATISFIED,
    ESCALATE
  }

  /**
   * One response.
   *
   * @param kind what it asks for
   * @param responseType the protocol's response type id; null for none
   * @param words what the sender writes, for example {@code no action}
   * @param title the response in the protocol's words, for the note
   * @param from who may give it
   */
  record Answer(Kind kind, String responseType, String words, String title, From from) {}

  /** The chair's words, which every protocol knows. */
  private static final List<Answer> CHAIR =
      List.of(
          new Answer(Kind.ESCALATE, null, "not satisfied", "Not satisfied: escalate", From.CHAIR),
          new Answer(Kind.SATISFIED, null, "satisfied", "Satisfied", From.CHAIR),
          new Answer(Kind.ESCALATE, null, "escalate", "Escalate", From.CHAIR));

  private AnswerWords() {}

  /** Every response the protocol knows, longest words first so "not satisfied" wins. */
  static List<Answer> of(Protocol protocol) {
    List<Answer> all = new ArrayList<>(CHAIR);
    List<ResponseType> types = protocol.responseTypes();
    if (types.isEmpty()) {
      all.add(new Answer(Kind.RESPOND, null, "respond", "Responds", From.STAGE));
    }
    for (ResponseType type : types) {
      all.add(new Answer(Kind.RESPOND, type.id(), words(type.id()), type.name(), From.STAGE));
      all.add(new Answer(Kind.RESPOND, type.id(), words(type.name()), type.name(), From.STAGE));
    }
    all.sort(Comparator.comparingInt((Answer a) -> a.words().length()).reversed());
    return all;
  }

  /** The words one may give, for the refusal: each response once, by its id. */
  static List<String> wordsFor(Protocol protocol, From from) {
    return of(protocol).stream()
        .filter(a -> a.from() == from)
        .filter(a -> a.responseType() == null || words(a.responseType()).equals(a.words()))
        .map(Answer::words)
        .distinct()
        .sorted()
        .toList();
  }

  /** The answer the text's first non-blank line starts with, by whole words; empty for none. */
  static Optional<Answer> first(Protocol protocol, String text) {
    String line = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    String said = words(line);
    return of(protocol).stream()
        .filter(a -> said.equals(a.words()) || said.startsWith(a.words() + " "))
        .findFirst();
  }

  /** The text after the line that gave the response. */
  static String rest(String text) {
    List<String> lines = text.lines().toList();
    int first = 0;
    while (first < lines.size() && lines.get(first).isBlank()) {
      first++;
    }
    return String.join("\n", lines.subList(Math.min(first + 1, lines.size()), lines.size()))
        .strip();
  }

  /** Lower case, punctuation and '-' as spaces, one space between words. */
  static String words(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}

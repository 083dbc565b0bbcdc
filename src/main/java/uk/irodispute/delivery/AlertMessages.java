package uk.irodispute.delivery;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import uk.irodispute.core.engine.AlertKind;
import uk.irodispute.core.engine.Asked;
import uk.irodispute.core.engine.DueTimes;
import uk.irodispute.core.engine.Effect;

/**
 * Writes alerts from the templates under {@code messages/}: a subject and an opening sentence per
 * kind of alert and the words of each thing an alert asks ({@code alerts.properties}), in one
 * layout for plain text ({@code alert.txt}) and one for HTML ({@code alert.html}).
 */
final class AlertMessages {

  /** The message for a role with nobody behind it, beside the engine's alert kinds. */
  static final String ROLE_UNRESOLVED = "ROLE_UNRESOLVED";

  /**
   * The opening of a "Note not applied" alert for a note on a closed dispute ({@code
   * NOTE_REJECTED.intro.closed}): there is nothing to correct and try again.
   */
  static final String ON_CLOSED = ".intro.closed";

  /** What an alert may ask its reader to record. */
  static final java.util.Set<String> ANSWERS = MessageFiles.ANSWERS;

  private final Map<String, Template> subjects = new HashMap<>();
  private final Map<String, Template> intros = new HashMap<>();
  private final Map<String, String> answers = new HashMap<>();
  private final Map<Asked.Ask, Template> asks = new EnumMap<>(Asked.Ask.class);
  private final Map<String, Template> parts = new HashMap<>();
  private final Template introOnClosed;
  private final Properties words;
  private final Template subjectLine;
  private final Template plain;
  private final Template html;
  private final String language;

  /** The built-in wording, in English. */
  AlertMessages() {
    this(Wording.builtIn(), Wording.ENGLISH);
  }

  /**
   * @param wording the built-in wording with the council's overrides
   * @param language one of {@link Wording#LANGUAGES}
   * @throws IllegalStateException when a kind of alert has no subject or opening sentence
   */
  AlertMessages(Wording wording, String language) {
    this.language = language;
    subjectLine = wording.template(language, MessageFiles.ALERT_SUBJECT);
    plain = wording.template(language, MessageFiles.ALERT_TEXT);
    html = wording.template(language, MessageFiles.ALERT_HTML);
    words = wording.properties(language, MessageFiles.ALERTS);
    required(words, "chair.title");
    for (AlertKind kind : AlertKind.values()) {
      load(words, kind.name());
    }
    load(words, ROLE_UNRESOLVED);
    for (Asked.Ask ask : Asked.Ask.values()) {
      asks.put(ask, Template.parse(required(words, "asked." + ask.name())));
    }
    for (String key : MessageFiles.PARTS.keySet()) {
      parts.put(key, Template.parse(required(words, key)));
    }
    introOnClosed = Template.parse(required(words, AlertKind.NOTE_REJECTED.name() + ON_CLOSED));
  }

  /**
   * A part of an alert the adapter puts together, in the council's words.
   *
   * @param key one of {@link MessageFiles#PARTS}
   * @param namesAndValues the part's values, given as name, value, name, value
   */
  String part(String key, String... namesAndValues) {
    Map<String, String> v = new HashMap<>();
    MessageFiles.PARTS.get(key).forEach(name -> v.put(name, null));
    for (int i = 0; i < namesAndValues.length; i += 2) {
      v.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return parts.get(key).render(v, Escaping.PLAIN);
  }

  /**
   * What an alert asks, in words ({@code asked.<ask>}), for the alert's "What is asked" line.
   *
   * @param chairTitle what the council calls the raising chair on the dispute's track
   */
  String asked(Effect.SendAlert alert, String chairTitle) {
    return asked(alert, chairTitle, Map.of());
  }

  /**
   * What an alert asks, in words, with the alert's other values known so far: an {@code
   * asked.<ask>} key may use every name of {@link MessageFiles#ALERT_VALUES}, and those not known
   * are empty.
   */
  String asked(Effect.SendAlert alert, String chairTitle, Map<String, String> known) {
    Map<String, String> v = new HashMap<>();
    MessageFiles.ALERT_VALUES.forEach(name -> v.put(name, null));
    v.putAll(known);
    v.putAll(alert.asked().values());
    v.put("stageName", alert.stageName());
    v.put("dueInWords", alert.dueAt() == null ? null : inWords(alert.dueAt()));
    v.put("chairTitle", chairTitle);
    return asks.get(alert.asked().what()).render(v, Escaping.PLAIN);
  }

  /**
   * Writes one alert.
   *
   * @param kind an {@link AlertKind}'s name or {@link #ROLE_UNRESOLVED}
   * @param values reference, stageName, noteId, asked, dueAt, dueInWords, toList, ccList, caseLink,
   *     replyTo, the {@link AlertContext} values, and for {@link #ROLE_UNRESOLVED} missedRole,
   *     missedSubject and fix; nulls for what is not known, and every other name of {@link
   *     MessageFiles#ALERT_VALUES} empty, so a council's template may use any of them
   */
  AlertText write(String kind, Map<String, String> values) {
    return write(kind, intros.get(kind), values);
  }

  /**
   * Writes a "Note not applied" alert about a note on a closed dispute, opened with {@code
   * NOTE_REJECTED.intro.closed}.
   */
  AlertText writeOnClosed(Map<String, String> values) {
    return write(AlertKind.NOTE_REJECTED.name(), introOnClosed, values);
  }

  private AlertText write(String kind, Template intro, Map<String, String> values) {
    Map<String, String> v = new HashMap<>(values);
    MessageFiles.ALERT_VALUES.forEach(name -> v.putIfAbsent(name, null));
    v.put("what", subjects.get(kind).render(v, Escaping.PLAIN));
    v.put("subject", WriteBackRenderer.oneLine(subjectLine.render(v, Escaping.PLAIN)));
    v.put("intro", intro.render(v, Escaping.PLAIN));
    return new AlertText(
        v.get("subject"), plain.render(v, Escaping.PLAIN), html.render(v, Escaping.HTML));
  }

  /**
   * What the reader of this kind of alert records to answer it.
   *
   * @return {@code respond} (the stage's recipients), {@code decide} (the chair: satisfied or
   *     escalate), {@code resume} (the chair), {@code done} (a task's owner), or null when the
   *     alert asks nothing
   */
  String answerOf(String kind) {
    return answers.get(kind);
  }

  /** A time in words, in this wording's language. */
  String inWords(Instant time) {
    return DueTimes.inWords(time, language);
  }

  /** What the council calls the raising chair on the track: {@code IRO}, {@code CP Chair}. */
  String chairTitle(String trackId) {
    String own = trackId == null ? null : words.getProperty("chair.title." + trackId);
    return own == null || own.isBlank() ? words.getProperty("chair.title").strip() : own.strip();
  }

  private void load(Properties words, String kind) {
    subjects.put(kind, Template.parse(required(words, kind + ".subject")));
    intros.put(kind, Template.parse(required(words, kind + ".intro")));
    String answer = words.getProperty(kind + ".answer");
    if (answer != null) {
      if (!ANSWERS.contains(answer.strip())) {
        throw new IllegalStateException(
            "messages/alerts.properties: " + kind + ".answer must be one of " + ANSWERS);
      }
      answers.put(kind, answer.strip());
    }
  }

  private static String required(Properties words, String key) {
    String text = words.getProperty(key);
    if (text == null || text.isBlank()) {
      throw new IllegalStateException("messages/alerts.properties has no " + key);
    }
    return text.strip();
  }
}

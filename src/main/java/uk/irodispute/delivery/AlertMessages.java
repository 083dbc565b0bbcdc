package uk.irodispute.delivery;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import uk.irodispute.core.engine.AlertKind;

/**
 * Writes alerts from the templates under {@code messages/}: a subject and an opening sentence per
 * kind of alert ({@code alerts.properties}), in one layout for plain text ({@code alert.txt}) and
 * one for HTML ({@code alert.html}).
 */
final class AlertMessages {

  /** The message for a role with nobody behind it, beside the engine's alert kinds. */
  static final String ROLE_UNRESOLVED = "ROLE_UNRESOLVED";

  private final Map<String, Template> subjects = new HashMap<>();
  private final Map<String, Template> intros = new HashMap<>();
  private final Template subjectLine = MessageTemplates.file("alert-subject.txt");
  private final Template plain = MessageTemplates.file("alert.txt");
  private final Template html = MessageTemplates.file("alert.html");

  /**
   * @throws IllegalStateException when a kind of alert has no subject or opening sentence
   */
  AlertMessages() {
    Properties words = MessageTemplates.properties("alerts.properties");
    for (AlertKind kind : AlertKind.values()) {
      load(words, kind.name());
    }
    load(words, ROLE_UNRESOLVED);
  }

  /**
   * Writes one alert.
   *
   * @param kind an {@link AlertKind}'s name or {@link #ROLE_UNRESOLVED}
   * @param values reference, stageName, noteId, asked, dueAt, dueInWords, toList, ccList, caseLink,
   *     and for {@link #ROLE_UNRESOLVED} missedRole, missedSubject and fix; nulls for what is not
   *     known
   */
  AlertText write(String kind, Map<String, String> values) {
    Map<String, String> v = new HashMap<>(values);
    v.put("what", subjects.get(kind).render(v, Escaping.PLAIN));
    v.put("subject", WriteBackRenderer.oneLine(subjectLine.render(v, Escaping.PLAIN)));
    v.put("intro", intros.get(kind).render(v, Escaping.PLAIN));
    return new AlertText(
        v.get("subject"), plain.render(v, Escaping.PLAIN), html.render(v, Escaping.HTML));
  }

  private void load(Properties words, String kind) {
    subjects.put(kind, Template.parse(required(words, kind + ".subject")));
    intros.put(kind, Template.parse(required(words, kind + ".intro")));
  }

  private static String required(Properties words, String key) {
    String text = words.getProperty(key);
    if (text == null || text.isBlank()) {
      throw new IllegalStateException("messages/alerts.properties has no " + key);
    }
    return text.strip();
  }
}

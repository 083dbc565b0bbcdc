package uk.irodispute.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.irodispute.core.engine.AlertKind;

/**
 * Every kind of message, written in a language with the council's wording from invented values, so
 * the IT team can read what its overrides give before going live (the sandbox's {@code
 * /sandbox/messages}). Every value of {@link MessageFiles#ALERT_VALUES} has a sample, so a template
 * using any of them renders.
 */
public final class MessagePreviews {

  /**
   * One message as it would be sent.
   *
   * @param kind the kind of alert, or {@code CASE_NOTE}
   * @param subject the subject line; empty for a case note
   * @param text the plain text
   * @param html the HTML body; empty for a case note
   */
  public record Preview(String kind, String subject, String text, String html) {}

  private MessagePreviews() {}

  /** The preview of "Note not applied" about a note on a closed dispute. */
  public static final String ON_CLOSED_DISPUTE = "NOTE_REJECTED (closed dispute)";

  /**
   * Every kind of alert, "Note not applied" about a note on a closed dispute, the mail about a role
   * with nobody, then a case note.
   */
  public static List<Preview> of(Wording wording, String language) {
    AlertMessages messages = new AlertMessages(wording, language);
    List<String> kinds = new ArrayList<>();
    for (AlertKind kind : AlertKind.values()) {
      kinds.add(kind.name());
    }
    kinds.add(AlertMessages.ROLE_UNRESOLVED);
    List<Preview> previews = new ArrayList<>();
    for (String kind : kinds) {
      AlertText text = messages.write(kind, alertValues(messages, kind));
      previews.add(new Preview(kind, text.subject(), text.plainText(), text.html()));
      if (kind.equals(AlertKind.NOTE_REJECTED.name())) {
        AlertText closed = messages.writeOnClosed(alertValues(messages, kind));
        previews.add(
            new Preview(ON_CLOSED_DISPUTE, closed.subject(), closed.plainText(), closed.html()));
      }
    }
    Map<String, String> note = new HashMap<>();
    for (String name : MessageFiles.names(MessageFiles.CASE_NOTE)) {
      note.put(name, null);
    }
    note.putAll(
        Map.of(
            "reference", "DRP-2026-000042",
            "kind", "query",
            "kindTitle", "Query",
            "kindUpper", "QUERY",
            "authorRole", messages.chairTitle(null),
            "stageName", "Stage 2: Team Manager",
            "summary", "Dispute raised at Stage 2: Team Manager.",
            "raisedBy", "Jo Bellamy (" + messages.chairTitle(null) + ")",
            "category", "Drift or delay",
            "outcomeSought", "Care plan reviewed"));
    String text = wording.template(language, MessageFiles.CASE_NOTE).render(note, Escaping.PLAIN);
    previews.add(new Preview("CASE_NOTE", "", text, ""));
    return previews;
  }

  private static Map<String, String> alertValues(AlertMessages messages, String kind) {
    Map<String, String> v = new HashMap<>();
    for (String name : MessageFiles.ALERT_VALUES) {
      v.put(name, null);
    }
    String chair = messages.chairTitle(null);
    v.put("reference", "DRP-2026-000042");
    v.put("stageName", "Stage 2: Team Manager");
    v.put("asked", "Reply to the IRO in writing with a plan to resolve the issue.");
    v.put("dueAt", "2026-11-10T17:00:00Z");
    v.put("dueInWords", messages.inWords(Instant.parse("2026-11-10T17:00:00Z")));
    v.put("toList", messages.part("role.person", "name", "Lee Hart", "role", "Team Manager"));
    v.put("ccList", messages.part("role.nobody", "role", "Social Worker"));
    v.put("caseLink", "https://case-system.council.example/person/P-1001");
    v.put("chairTitle", chair);
    v.put("chairName", "Jo Bellamy");
    v.put("raisedBy", "Jo Bellamy (" + chair + ")");
    v.put("category", "Drift or delay");
    v.put("outcomeSought", "Care plan reviewed");
    v.put("answer", answer(messages, messages.answerOf(kind)));
    if ("respond".equals(messages.answerOf(kind))) {
      v.put(
          "ifNot",
          messages.part(
              "ifNot.escalates", "nextStage", "Stage 3: Service Manager", "chairTitle", chair));
    }
    if (AlertMessages.ROLE_UNRESOLVED.equals(kind)) {
      v.put("missedRole", "Service Manager");
      v.put("missedSubject", "Action needed: DRP-2026-000042, Stage 2: Team Manager");
      v.put(
          "fix",
          messages.part(
              "fix.directory",
              "roleId",
              "service-manager",
              "where",
              messages.part("fix.where.area", "area", "Children's Services South")));
    }
    return v;
  }

  /** How to answer, for a case system whose note type is {@code IRO_DRP}. */
  private static String answer(AlertMessages messages, String answer) {
    if (answer == null) {
      return null;
    }
    String key = "answer." + answer;
    if (answer.equals("decide")) {
      return messages.part(
          key, "satisfied", note(messages, "satisfied"), "escalate", note(messages, "escalate"));
    }
    return messages.part(key, "note", note(messages, answer));
  }

  private static String note(AlertMessages messages, String word) {
    return messages.part("answer.note.field", "type", "IRO_DRP", "field", "action", "word", word);
  }
}

package uk.irodispute.delivery;

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

  /** Every kind of alert, the mail about a role with nobody, then a case note. */
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
    v.put("dueInWords", "Tuesday 10 November 2026 at 17:00");
    v.put("toList", "Lee Hart (Team Manager)");
    v.put("ccList", "Sam Okoro (Social Worker)");
    v.put("caseLink", "https://case-system.council.example/person/P-1001");
    v.put("chairTitle", chair);
    v.put("chairName", "Jo Bellamy");
    v.put("raisedBy", "Jo Bellamy (" + chair + ")");
    v.put("category", "Drift or delay");
    v.put("outcomeSought", "Care plan reviewed");
    String answer = messages.answerOf(kind);
    v.put("answer", answer == null ? null : "type \"IRO_DRP\", action \"" + answer + "\"");
    if (AlertMessages.ROLE_UNRESOLVED.equals(kind)) {
      v.put("missedRole", "Service Manager");
      v.put("missedSubject", "Action needed: DRP-2026-000042, Stage 2: Team Manager");
      v.put("fix", "Add the role 'service-manager' to the staff directory (mappings/directory/).");
    }
    return v;
  }
}

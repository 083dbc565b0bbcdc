package uk.irodispute.delivery;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.irodispute.core.engine.Effect;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.core.note.CaseWorker;
import uk.irodispute.core.note.NoteRules;
import uk.irodispute.core.note.NoteRules.CommandKind;
import uk.irodispute.core.protocol.BreachAction;
import uk.irodispute.core.protocol.Category;
import uk.irodispute.core.protocol.Protocol;
import uk.irodispute.core.protocol.StageDefinition;
import uk.irodispute.core.protocol.Track;
import uk.irodispute.systems.SystemDefinition;

/**
 * What an alert says around its stage, so a reader who never opens the case system can act: who
 * raised the dispute and as what, its category, what happens if nobody acts, and which case note
 * answers it.
 *
 * @param chairTitle what the council calls the raising chair on this track, for example {@code IRO}
 * @param chairName the raising chair's name; null when no note named them
 * @param category the category's name in the protocol; null when not known
 * @param outcomeSought what the chair seeks, as the system file words it; null when not known
 * @param ifNot what happens when the due time passes with nothing recorded; null when nothing does
 * @param answer the case note that answers the alert; null when nothing is asked
 */
record AlertContext(
    String chairTitle,
    String chairName,
    String category,
    String outcomeSought,
    String ifNot,
    String answer) {

  /** The values the message templates use for it. */
  void putInto(Map<String, String> values) {
    values.put("chairTitle", chairTitle);
    values.put("chairName", chairName);
    values.put("raisedBy", raisedBy());
    values.put("category", category);
    values.put("outcomeSought", outcomeSought);
    values.put("ifNot", ifNot);
    values.put("answer", answer);
  }

  /** The raising chair with their title, for example {@code Jo Bellamy (IRO)}; null if unnamed. */
  String raisedBy() {
    return chairName == null ? null : chairName + " (" + chairTitle + ")";
  }

  /**
   * The context of one alert.
   *
   * @param dispute empty for a note that opened or changed no dispute: no chair or category then
   */
  static AlertContext of(
      Effect.SendAlert alert,
      Optional<Dispute> dispute,
      Protocol protocol,
      SystemDefinition system,
      CaseContacts contacts,
      AlertMessages messages) {
    String trackId = dispute.map(Dispute::trackId).orElse(null);
    String chairTitle = messages.chairTitle(trackId);
    String chairName =
        dispute.isEmpty() ? null : contacts.holding("chair").map(CaseWorker::name).orElse(null);
    String category = categoryOf(dispute, protocol);
    Optional<Track> track =
        Optional.ofNullable(protocol)
            .flatMap(p -> trackId == null ? Optional.empty() : p.track(trackId));
    String ifNot =
        alert.dueAt() == null || !"respond".equals(messages.answerOf(alert.kind().name()))
            ? null
            : track.flatMap(t -> ifNot(t, alert.stageId(), chairTitle, messages)).orElse(null);
    String answer = answer(messages.answerOf(alert.kind().name()), system, messages);
    return new AlertContext(
        chairTitle, chairName, category, soughtIn(dispute, contacts), ifNot, answer);
  }

  /** The context a written-back note names: the chair and the category, nothing asked. */
  static AlertContext ofNote(
      Optional<Dispute> dispute, Protocol protocol, CaseContacts contacts, AlertMessages messages) {
    String chairTitle = messages.chairTitle(dispute.map(Dispute::trackId).orElse(null));
    String chairName =
        dispute.isEmpty() ? null : contacts.holding("chair").map(CaseWorker::name).orElse(null);
    return new AlertContext(
        chairTitle,
        chairName,
        categoryOf(dispute, protocol),
        soughtIn(dispute, contacts),
        null,
        null);
  }

  private static String soughtIn(Optional<Dispute> dispute, CaseContacts contacts) {
    return dispute.isEmpty() ? null : contacts.outcomeSought();
  }

  private static String categoryOf(Optional<Dispute> dispute, Protocol protocol) {
    return dispute
        .map(Dispute::categoryId)
        .flatMap(id -> Optional.ofNullable(protocol).flatMap(p -> p.category(id)))
        .map(Category::name)
        .orElse(null);
  }

  /** What the protocol does when the stage's due time passes with no response. */
  private static Optional<String> ifNot(
      Track track, String stageId, String chairTitle, AlertMessages messages) {
    Optional<StageDefinition> stage = stageId == null ? Optional.empty() : track.stage(stageId);
    if (stage.isEmpty() || stage.get().onBreach() == BreachAction.NONE) {
      return Optional.empty();
    }
    Optional<StageDefinition> next =
        stage.get().nextStage().flatMap(track::stage).or(() -> track.after(stageId));
    if (stage.get().onBreach() == BreachAction.ESCALATE && next.isPresent()) {
      return Optional.of(
          messages.part(
              "ifNot.escalates", "nextStage", next.get().name(), "chairTitle", chairTitle));
    }
    return Optional.of(messages.part("ifNot.chairDecides", "chairTitle", chairTitle));
  }

  /**
   * The case note that answers, in the system's own words: its note type and the answer its command
   * field takes.
   *
   * @param asked one of {@link AlertMessages#ANSWERS}, or null
   */
  private static String answer(String asked, SystemDefinition system, AlertMessages messages) {
    if (asked == null) {
      return null;
    }
    NoteRules rules = system == null ? null : system.rules();
    String key = "answer." + asked;
    return switch (asked) {
      case "respond" -> messages.part(key, "note", note(rules, CommandKind.RESPOND, messages));
      case "resume" -> messages.part(key, "note", note(rules, CommandKind.RESUME, messages));
      case "done" -> messages.part(key, "note", note(rules, CommandKind.TASK_DONE, messages));
      default ->
          messages.part(
              key,
              "satisfied",
              note(rules, CommandKind.SATISFIED, messages),
              "escalate",
              note(rules, CommandKind.ESCALATE, messages));
    };
  }

  private static String note(NoteRules rules, CommandKind command, AlertMessages messages) {
    String word = command.name().toLowerCase(Locale.ROOT);
    if (rules == null) {
      return messages.part("answer.note.word", "word", word);
    }
    for (var e : rules.commandByNoteType().entrySet()) {
      if (e.getValue() == command) {
        return messages.part("answer.note.type", "type", e.getKey());
      }
    }
    String answerWord =
        rules.commandByAnswer().entrySet().stream()
            .filter(e -> e.getValue() == command)
            .map(Map.Entry::getKey)
            .sorted()
            .findFirst()
            .orElse(word);
    String field = rules.commandField() == null ? "action" : rules.commandField();
    String type = rules.noteTypes().isEmpty() ? null : rules.noteTypes().get(0);
    return messages.part("answer.note.field", "type", type, "field", field, "word", answerWord);
  }
}

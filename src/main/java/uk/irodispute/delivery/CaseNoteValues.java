package uk.irodispute.delivery;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.irodispute.core.calendar.WorkingCalendar;
import uk.irodispute.core.engine.DueTimes;
import uk.irodispute.core.engine.Effect;
import uk.irodispute.core.model.Dispute;
import uk.irodispute.core.model.Timer;

/**
 * The values a write-back template (a system file's {@code writeBack} path, body, file name, insert
 * parameters or mail) may use for one case note: one for each name of {@link
 * uk.irodispute.systems.WriteBack#TEMPLATE_VALUES}, the list the system file loader checks by.
 * Identifiers, stage names, times and the adapter's own words only: never a child's name, never the
 * text of a note someone else wrote.
 */
public final class CaseNoteValues {

  private static final DateTimeFormatter WITH_OFFSET =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
  private static final Template TEXT = MessageTemplates.file(MessageFiles.CASE_NOTE);

  private CaseNoteValues() {}

  /**
   * The values for one note.
   *
   * @param note the engine's effect
   * @param idempotencyKey the delivery's key
   * @param authorRoleName the name of the role the note is recorded for, for example {@code Chair}
   * @param caseLink the filled-in link to the child's record; may be null
   */
  public static Map<String, String> of(
      Effect.WriteCaseNote note, String idempotencyKey, String authorRoleName, String caseLink) {
    return of(
        note,
        idempotencyKey,
        authorRoleName,
        caseLink,
        null,
        null,
        null,
        Optional.empty(),
        Trigger.unknown(),
        TEXT,
        Wording.ENGLISH);
  }

  /**
   * The values for one note, its text naming who raised the dispute, its category and the outcome
   * sought.
   *
   * @param raisedBy the raising chair with their title, for example {@code Jo Bellamy (IRO)}; null
   *     when not known
   * @param category the category's name; null when not known
   * @param outcomeSought what the chair seeks; null when not known
   * @param dispute the dispute after the decision, for the IRO and the due times; empty for a
   *     rejected raise
   * @param trigger when it was decided and on which note
   * @param text the note's text template, in the note's language
   * @param language the note's language, for its due time in words
   */
  static Map<String, String> of(
      Effect.WriteCaseNote note,
      String idempotencyKey,
      String authorRoleName,
      String caseLink,
      String raisedBy,
      String category,
      String outcomeSought,
      Optional<Dispute> dispute,
      Trigger trigger,
      Template text,
      String language) {
    String kind = note.kind().name().toLowerCase(Locale.ROOT);
    Map<String, String> v = new HashMap<>();
    v.put("idempotencyKey", idempotencyKey);
    v.put("noteKey", noteKey(idempotencyKey));
    v.put("reference", note.reference() == null ? null : note.reference().value());
    v.put("personId", note.subject() == null ? null : note.subject().personId());
    v.put("caseId", note.subject() == null ? null : note.subject().caseId());
    v.put("kind", kind);
    v.put("kindUpper", kind.toUpperCase(Locale.ROOT));
    v.put("kindTitle", Character.toUpperCase(kind.charAt(0)) + kind.substring(1));
    v.put("authorRole", authorRoleName);
    v.put("authorRoleId", note.authorRole());
    v.put("stageId", note.stageId());
    v.put("stageName", note.stageName());
    v.put("dueAt", iso(note.dueAt()));
    v.put("dueInWords", note.dueAt() == null ? null : DueTimes.inWords(note.dueAt(), language));
    v.put("summary", note.summary());
    v.put("caseLink", caseLink);
    v.put("now", iso(trigger.now()));
    v.put("noteId", trigger.noteId());
    v.put("noteRecordedAt", iso(trigger.noteRecordedAt()));
    v.put("authorWorkerId", trigger.authorWorkerId());
    v.put("iroWorkerId", dispute.map(Dispute::chairId).orElse(null));
    v.put("effectiveDate", effectiveDate(trigger));
    v.put("nextDueAt", iso(dispute.flatMap(Dispute::nextDueAt).orElse(null)));
    v.put("capDueAt", iso(capDueAt(dispute)));
    Map<String, String> forText = new HashMap<>(v);
    forText.put("raisedBy", raisedBy);
    forText.put("category", category);
    forText.put("outcomeSought", outcomeSought);
    v.put("text", text.render(forText, Escaping.PLAIN));
    return v;
  }

  /**
   * The idempotency key in letters, digits and '-' only, for file names and fields that take no
   * '/', ':' or '@': {@code DRP-2026-000042/3/1/note} becomes {@code DRP-2026-000042-3-1-note}.
   */
  public static String noteKey(String idempotencyKey) {
    return idempotencyKey.replaceAll("[^A-Za-z0-9-]", "-");
  }

  /**
   * The London date the decision counts from: the note's recorded time (the case system's effective
   * date, for example Liquidlogic's {@code effective_date}), or the tick's time.
   */
  private static String effectiveDate(Trigger trigger) {
    Instant at = trigger.noteRecordedAt() != null ? trigger.noteRecordedAt() : trigger.now();
    return at == null ? null : at.atZone(WorkingCalendar.ZONE).toLocalDate().toString();
  }

  /** The earliest overall cap still ahead of the dispute; null when none runs. */
  private static Instant capDueAt(Optional<Dispute> dispute) {
    return dispute.stream()
        .flatMap(d -> d.timers().stream())
        .filter(t -> t.kind() == Timer.TimerKind.CAP)
        .map(Timer::dueAt)
        .min(Comparator.naturalOrder())
        .orElse(null);
  }

  /** ISO-8601 with the Europe/London offset, as the API writes times. */
  static String iso(Instant instant) {
    return instant == null ? null : WITH_OFFSET.format(instant.atZone(WorkingCalendar.ZONE));
  }
}

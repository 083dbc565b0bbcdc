package uk.irodispute.delivery;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import uk.irodispute.core.calendar.WorkingCalendar;
import uk.irodispute.core.engine.DueTimes;
import uk.irodispute.core.engine.Effect;

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
    return of(note, idempotencyKey, authorRoleName, caseLink, null, null, null, TEXT);
  }

  /**
   * The values for one note, its text naming who raised the dispute, its category and the outcome
   * sought.
   *
   * @param raisedBy the raising chair with their title, for example {@code Jo Bellamy (IRO)}; null
   *     when not known
   * @param category the category's name; null when not known
   * @param outcomeSought what the chair seeks; null when not known
   * @param text the note's text template, in the note's language
   */
  static Map<String, String> of(
      Effect.WriteCaseNote note,
      String idempotencyKey,
      String authorRoleName,
      String caseLink,
      String raisedBy,
      String category,
      String outcomeSought,
      Template text) {
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
    v.put("dueInWords", note.dueAt() == null ? null : DueTimes.inWords(note.dueAt()));
    v.put("summary", note.summary());
    v.put("caseLink", caseLink);
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

  /** ISO-8601 with the Europe/London offset, as the API writes times. */
  static String iso(Instant instant) {
    return instant == null ? null : WITH_OFFSET.format(instant.atZone(WorkingCalendar.ZONE));
  }
}

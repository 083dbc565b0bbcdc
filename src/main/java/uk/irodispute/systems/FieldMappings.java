package uk.irodispute.systems;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * Where each canonical note field is in the vendor's note. A location is a column name (SQL), a
 * JSON Pointer relative to one note (JSON) or an XPath relative to one note element (XML).
 *
 * @param noteId the note's id
 * @param version its version; null to use the modification time as the version
 * @param modifiedAt its last modification time (the watermark)
 * @param personId the child's person id
 * @param caseId the case or episode id; may be null
 * @param noteType the note type code
 * @param authorId the author's worker id
 * @param authorName the author's name; may be null
 * @param authorEmail the author's e-mail; may be null (then the directory is asked)
 * @param authorTeam the author's team; may be null
 * @param recordedAt the event time
 * @param recordedAtElse where else the event time is, in order, when a note has none at {@code
 *     recordedAt}; empty when there is nowhere else
 * @param text the note text
 * @param formId the form id to read answers with (SQL); null otherwise
 * @param form where a note's form answers are (JSON, XML): a list of name/value items
 * @param allocation where the allocated workers are, inside the note (JSON, XML); null for SQL,
 *     which reads them with the allocation query
 * @param roles the case system's role codes for allocated workers, to protocol role ids
 * @param formFields the vendor's question names or numbers to canonical form field names
 * @param noteFields any other value of the note a rule may read, by the name rules use (for example
 *     {@code state: /state}); each joins the note's form fields under that name
 * @param timeZone how to read times that carry no offset, for example {@code Europe/London}
 * @param timePatterns how the case system writes times that are not ISO-8601, as {@link
 *     java.time.format.DateTimeFormatter} patterns tried in order; empty when all are ISO-8601
 * @param dateOnlyAt the time of day a date without a time is read at
 */
public record FieldMappings(
    String noteId,
    String version,
    String modifiedAt,
    String personId,
    String caseId,
    String noteType,
    String authorId,
    String authorName,
    String authorEmail,
    String authorTeam,
    String recordedAt,
    List<String> recordedAtElse,
    String text,
    String formId,
    ListMapping form,
    WorkerMapping allocation,
    Map<String, String> roles,
    Map<String, String> formFields,
    Map<String, String> noteFields,
    String timeZone,
    List<String> timePatterns,
    LocalTime dateOnlyAt) {

  public FieldMappings {
    recordedAtElse = List.copyOf(recordedAtElse);
    roles = Map.copyOf(roles);
    formFields = Map.copyOf(formFields);
    noteFields = Map.copyOf(noteFields);
    timePatterns = List.copyOf(timePatterns);
  }

  /**
   * A list of name/value items inside a note.
   *
   * @param items where the list is
   * @param name where an item's name is, relative to the item
   * @param value where its value is, relative to the item
   */
  public record ListMapping(String items, String name, String value) {}

  /**
   * A list of workers inside a note, or the columns of the allocation query's rows.
   *
   * @param items where the list is (null for SQL rows)
   * @param role the role code
   * @param id the worker id
   * @param name the worker's name
   * @param email the worker's e-mail
   * @param team the worker's team
   */
  public record WorkerMapping(
      String items, String role, String id, String name, String email, String team) {}
}

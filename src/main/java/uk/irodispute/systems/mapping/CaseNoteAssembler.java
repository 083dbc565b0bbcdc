package uk.irodispute.systems.mapping;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.irodispute.core.note.CaseNote;
import uk.irodispute.core.note.CaseWorker;
import uk.irodispute.core.note.NoteScreen;
import uk.irodispute.core.note.NoteText;
import uk.irodispute.systems.FieldMappings;
import uk.irodispute.systems.SystemDefinition;

/**
 * Builds canonical {@link CaseNote}s from vendor notes, whatever the format: required fields,
 * times, versions, form answers renamed to canonical names, allocated workers with protocol roles.
 * A note without its child is still read: the screen ({@link NoteScreen}) refuses a dispute note
 * that names no child, and other notes are ignored anyway.
 */
final class CaseNoteAssembler {

  /** How a note unreadable by its id is known: {@code position N}, 1-based. */
  static final String POSITION = "position ";

  private static final int MOST_NOTE_ID = NoteScreen.MOST_NOTE_ID_CHARACTERS;
  private static final int MOST_VERSION = NoteScreen.MOST_VERSION_CHARACTERS;

  private final String systemId;
  private final FieldMappings fields;
  private final TimeReading times;
  private final List<CaseNote> notes = new ArrayList<>();
  private final List<UnreadableNote> unreadable = new ArrayList<>();

  /**
   * @param now the poll's time: a date alone that is today is read no later than this
   */
  CaseNoteAssembler(SystemDefinition system, Instant now) {
    this.systemId = system.id();
    this.fields = system.fields();
    this.times = TimeReading.of(fields, now);
  }

  /**
   * Maps one note, or records it as unreadable. Any other failure (a database that stops answering
   * mid-page) is thrown: the page is then read again, rather than its notes lost.
   *
   * @param position the note's 1-based position in the page
   */
  void add(VendorNote note, int position) {
    String where = POSITION + position;
    try {
      String noteId = key(required(note, "noteId", fields.noteId()), "noteId", MOST_NOTE_ID);
      where = noteId;
      notes.add(map(note, noteId));
    } catch (Unreadable e) {
      unreadable.add(new UnreadableNote(where, e.getMessage(), modifiedAtIfReadable(note)));
    }
  }

  /** The note's modification time, or null when that is what cannot be read. */
  private Instant modifiedAtIfReadable(VendorNote note) {
    try {
      return time(note, "modifiedAt", fields.modifiedAt(), false);
    } catch (Unreadable e) {
      return null;
    }
  }

  /** Records an item that is not a note at all. */
  void notANote(int position, String reason) {
    notANote(position, reason, null);
  }

  /**
   * Records a note the poll cut out unread, by its position.
   *
   * @param cutOutId the id the poll read before the note turned poison, or null; kept only when it
   *     passes as a note id
   */
  void notANote(int position, String reason, String cutOutId) {
    String id = stripped(cutOutId);
    try {
      id = id == null ? null : key(id, "noteId", MOST_NOTE_ID);
    } catch (Unreadable e) {
      id = null;
    }
    unreadable.add(new UnreadableNote(POSITION + position, reason, null, id));
  }

  List<CaseNote> notes() {
    return notes;
  }

  List<UnreadableNote> unreadable() {
    return unreadable;
  }

  private CaseNote map(VendorNote note, String noteId) {
    String personId = stripped(text(note, "personId", fields.personId()));
    Instant modifiedAt = time(note, "modifiedAt", fields.modifiedAt(), true);
    Instant recordedAt = recordedAt(note);
    String version = stripped(text(note, "version", fields.version()));
    if (version != null) {
      key(version, "version", MOST_VERSION);
    }
    List<CaseWorker> allocated = allocated(note);
    String authorId = text(note, "authorId", fields.authorId());
    CaseWorker author =
        new CaseWorker(
            roleOf(authorId, allocated),
            authorId,
            text(note, "authorName", fields.authorName()),
            text(note, "authorEmail", fields.authorEmail()),
            text(note, "authorTeam", fields.authorTeam()));
    String text = text(note, "text", fields.text());
    return new CaseNote(
        systemId,
        noteId,
        version != null ? version : modifiedAt.toString(),
        modifiedAt,
        personId,
        stripped(text(note, "caseId", fields.caseId())),
        text(note, "noteType", fields.noteType()),
        author,
        recordedAt != null ? recordedAt : modifiedAt,
        text == null ? "" : text,
        form(note),
        allocated);
  }

  /** The event time at the first of its locations that holds one. */
  private Instant recordedAt(VendorNote note) {
    Instant at = time(note, "recordedAt", fields.recordedAt(), false);
    for (int i = 0; at == null && i < fields.recordedAtElse().size(); i++) {
      at = time(note, "recordedAt", fields.recordedAtElse().get(i), false);
    }
    return at;
  }

  /** The form answers under their canonical names, and the note's own fields the rules read. */
  private Map<String, String> form(VendorNote note) {
    Map<String, String> form = new LinkedHashMap<>();
    fields
        .noteFields()
        .forEach(
            (name, location) -> {
              String value = text(note, name, location);
              if (value != null) {
                form.put(name, value);
              }
            });
    for (Map.Entry<String, String> answer : note.answers()) {
      String canonical = fields.formFields().get(answer.getKey().strip());
      if (canonical != null && answer.getValue() != null) {
        form.putIfAbsent(canonical, answer.getValue());
      }
    }
    return form;
  }

  private List<CaseWorker> allocated(VendorNote note) {
    List<CaseWorker> workers = new ArrayList<>();
    for (VendorNote.VendorWorker w : note.workers()) {
      String role = w.roleCode() == null ? null : fields.roles().get(w.roleCode().strip());
      if (role != null && w.id() != null) {
        workers.add(new CaseWorker(role, w.id(), w.name(), w.email(), w.team()));
      }
    }
    return workers;
  }

  private static String roleOf(String workerId, List<CaseWorker> allocated) {
    return allocated.stream()
        .filter(w -> w.id().equals(workerId))
        .map(CaseWorker::role)
        .findFirst()
        .orElse(null);
  }

  /**
   * A note id or version, which key the note's records and appear in logs and mail headers: one
   * line, no longer than the store keeps.
   */
  private static String key(String value, String field, int most) {
    if (value.length() > most) {
      throw new Unreadable("'" + field + "' is longer than " + most + " characters");
    }
    if (NoteText.hasControlCharacter(value)) {
      throw new Unreadable("'" + field + "' holds a line break or another control character");
    }
    return value;
  }

  /** The value without surrounding spaces; null when absent or blank. */
  private static String stripped(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private String required(VendorNote note, String field, String location) {
    String text = text(note, field, location);
    if (text == null || text.isBlank()) {
      throw new Unreadable("no value for '" + field + "' (at " + location + ")");
    }
    return text.strip();
  }

  private static String text(VendorNote note, String field, String location) {
    if (location == null) {
      return null;
    }
    Object value = note.value(location);
    if (value == VendorNote.NOT_A_VALUE) {
      throw new Unreadable("'" + field + "' is not a single value (at " + location + ")");
    }
    return value == null ? null : value.toString();
  }

  private Instant time(VendorNote note, String field, String location, boolean required) {
    Object value = location == null ? null : note.value(location);
    if (value == null || (value instanceof String s && s.isBlank())) {
      if (required) {
        throw new Unreadable("no value for '" + field + "' (at " + location + ")");
      }
      return null;
    }
    Instant instant = NoteTimes.instant(value, times);
    if (instant == null) {
      throw new Unreadable(
          "'"
              + field
              + "' is not an ISO-8601 date and time"
              + (fields.timePatterns().isEmpty() ? "" : " nor in the file's timePatterns")
              + " (at "
              + location
              + ")");
    }
    return instant;
  }

  /** Why one note cannot be read; its message names a field and a location, never a value. */
  static final class Unreadable extends RuntimeException {
    Unreadable(String reason) {
      super(reason, null, false, false);
    }
  }
}

package uk.irodispute.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The case notes of one sandbox system, every version kept. Modification times are whole
 * milliseconds and rise strictly within a system, so a poll's watermark never sees two changes at
 * the same instant.
 */
final class NoteStore {

  /** Oldest change first, ties by note id: the order the APIs page in. */
  static final Comparator<RecordedNote> BY_MODIFICATION =
      Comparator.comparing(RecordedNote::modifiedAt).thenComparing(RecordedNote::noteId);

  private final SandboxSystem system;
  private final String idPrefix;
  private final Clock clock;
  private final Map<String, List<RecordedNote>> versions = new LinkedHashMap<>();
  private long nextId;
  private Instant lastChange = Instant.MIN;

  NoteStore(SandboxSystem system, String idPrefix, long firstId, Clock clock) {
    this.system = system;
    this.idPrefix = idPrefix;
    this.nextId = firstId;
    this.clock = clock;
  }

  SandboxSystem system() {
    return system;
  }

  /**
   * Writes a new note now, version 1: recorded at the clock's time, modified at the next change
   * (the same, unless the clock was set back).
   */
  synchronized RecordedNote write(
      String noteType,
      String personId,
      String caseId,
      String authorId,
      Map<String, String> answers,
      String text) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    return add(
        new RecordedNote(
            system,
            idPrefix + nextId++,
            1,
            noteType,
            personId,
            caseId,
            authorId,
            now,
            nextChange(now),
            answers,
            text));
  }

  /**
   * Writes a note exactly as given: its own id (null for the next), and times that may lie in the
   * future or the past (null for now).
   *
   * @throws IllegalArgumentException when a note has that id already
   */
  synchronized RecordedNote writeAsGiven(
      String noteId,
      String noteType,
      String personId,
      String caseId,
      String authorId,
      Instant recordedAt,
      Instant modifiedAt,
      Map<String, String> answers,
      String text) {
    String id = noteId == null ? idPrefix + nextId++ : noteId;
    if (versions.containsKey(id)) {
      throw new IllegalArgumentException(system.id() + " has a note '" + id + "' already");
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    Instant modified =
        modifiedAt == null ? nextChange(now) : modifiedAt.truncatedTo(ChronoUnit.MILLIS);
    Instant recorded = recordedAt == null ? now : recordedAt.truncatedTo(ChronoUnit.MILLIS);
    return add(
        new RecordedNote(
            system, id, 1, noteType, personId, caseId, authorId, recorded, modified, answers,
            text));
  }

  /** Writes a note dated in the past: the seed's history. */
  synchronized RecordedNote writeAt(
      String noteType,
      String personId,
      String caseId,
      String authorId,
      Map<String, String> answers,
      String text,
      Instant at) {
    Instant when = at.truncatedTo(ChronoUnit.MILLIS);
    return add(
        new RecordedNote(
            system,
            idPrefix + nextId++,
            1,
            noteType,
            personId,
            caseId,
            authorId,
            when,
            when,
            answers,
            text));
  }

  private RecordedNote add(RecordedNote note) {
    versions.computeIfAbsent(note.noteId(), k -> new ArrayList<>()).add(note);
    return note;
  }

  /** Writes the next version of a note now. */
  synchronized RecordedNote edit(String noteId, Map<String, String> answers, String text) {
    RecordedNote latest = latest(noteId);
    RecordedNote next = latest.edited(answers, text, nextChange(clock.instant()));
    versions.get(noteId).add(next);
    return next;
  }

  synchronized RecordedNote latest(String noteId) {
    List<RecordedNote> history = versions.get(noteId);
    if (history == null) {
      throw new NoSuchElementException(system.id() + " has no note '" + noteId + "'");
    }
    return history.get(history.size() - 1);
  }

  synchronized Optional<RecordedNote> find(String noteId) {
    return versions.containsKey(noteId) ? Optional.of(latest(noteId)) : Optional.empty();
  }

  /** Every note as it is now, oldest change first. */
  synchronized List<RecordedNote> latest() {
    return versions.values().stream()
        .map(h -> h.get(h.size() - 1))
        .sorted(BY_MODIFICATION)
        .toList();
  }

  /** Every version of a note, first first. */
  synchronized List<RecordedNote> history(String noteId) {
    latest(noteId);
    return List.copyOf(versions.get(noteId));
  }

  private Instant nextChange(Instant now) {
    Instant at = now.truncatedTo(ChronoUnit.MILLIS);
    if (!at.isAfter(lastChange)) {
      at = lastChange.plusMillis(1);
    }
    lastChange = at;
    return at;
  }
}

package uk.irodispute.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The case notes of one sandbox system, every version kept. Modification times are whole
 * milliseconds and rise strictly within a system, so a poll's watermark never sees two changes at
 * the same instant. The latest versions are kept in the APIs' paging order as well, so a page is
 * found without sorting every note (a back-fill's million of them, {@link
 * SandboxCaseSystems#loadBulk}).
 */
final class NoteStore {

  /** Oldest change first, ties by note id: the order the APIs page in. */
  static final Comparator<RecordedNote> BY_MODIFICATION =
      Comparator.comparing(RecordedNote::modifiedAt).thenComparing(RecordedNote::noteId);

  private final SandboxSystem system;
  private final String idPrefix;
  private final Clock clock;
  private final Map<String, List<RecordedNote>> versions = new LinkedHashMap<>();
  private final NavigableSet<RecordedNote> latestInOrder = new TreeSet<>(BY_MODIFICATION);
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

  /**
   * Writes a note of a back-fill, version 1: recorded at {@code at}, modified at the next change
   * from then (so at {@code at} unless a note was changed at or after it).
   */
  synchronized RecordedNote writeDated(
      String noteType,
      String personId,
      String caseId,
      String authorId,
      Map<String, String> answers,
      String text,
      Instant at) {
    Instant when = at.truncatedTo(ChronoUnit.MILLIS);
    return add(
        firstVersion(noteType, personId, caseId, authorId, answers, text, when, nextChange(when)));
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
    return add(firstVersion(noteType, personId, caseId, authorId, answers, text, when, when));
  }

  /** A new note's version 1, with the next id. */
  private RecordedNote firstVersion(
      String noteType,
      String personId,
      String caseId,
      String authorId,
      Map<String, String> answers,
      String text,
      Instant recorded,
      Instant modified) {
    return new RecordedNote(
        system,
        idPrefix + nextId++,
        1,
        noteType,
        personId,
        caseId,
        authorId,
        recorded,
        modified,
        answers,
        text);
  }

  private RecordedNote add(RecordedNote note) {
    List<RecordedNote> history = versions.computeIfAbsent(note.noteId(), k -> new ArrayList<>());
    if (!history.isEmpty()) {
      latestInOrder.remove(history.get(history.size() - 1));
    }
    history.add(note);
    latestInOrder.add(note);
    return note;
  }

  /** Writes the next version of a note now. */
  synchronized RecordedNote edit(String noteId, Map<String, String> answers, String text) {
    RecordedNote latest = latest(noteId);
    return add(latest.edited(answers, text, nextChange(clock.instant())));
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
    return List.copyOf(latestInOrder);
  }

  /**
   * Notes as they are now, in the APIs' order, from the later of two starting points: changed at or
   * after {@code since}, and after {@code after}; either may be null.
   *
   * @param noteType only notes of this type; null or blank for every type
   * @param most how many notes at most
   */
  synchronized List<RecordedNote> changed(String noteType, Instant since, Cursor after, int most) {
    RecordedNote from = null;
    boolean inclusive = true;
    if (since != null) {
      from = probe(since, "");
    }
    if (after != null) {
      RecordedNote cursor = probe(after.modifiedAt(), after.noteId());
      if (from == null || BY_MODIFICATION.compare(cursor, from) >= 0) {
        from = cursor;
        inclusive = false;
      }
    }
    NavigableSet<RecordedNote> tail =
        from == null ? latestInOrder : latestInOrder.tailSet(from, inclusive);
    boolean anyType = noteType == null || noteType.isBlank();
    List<RecordedNote> found = new ArrayList<>(Math.min(most, 256));
    for (RecordedNote note : tail) {
      if (found.size() >= most) {
        break;
      }
      if (anyType || note.noteType().equals(noteType)) {
        found.add(note);
      }
    }
    return found;
  }

  /** A note that is only a place in the paging order. */
  private RecordedNote probe(Instant modifiedAt, String noteId) {
    return new RecordedNote(
        system, noteId, 0, "", null, null, null, modifiedAt, modifiedAt, Map.of(), null);
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

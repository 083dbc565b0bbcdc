package uk.irodispute.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The notes an API system has taken from the adapter, one per idempotency key. */
final class WriteBackInbox {

  /**
   * A note the system holds.
   *
   * @param note the note
   * @param number the system's number for it, 1 for the first taken
   * @param added false when its key was already held and nothing new was stored
   */
  record Taken(WrittenBackNote note, int number, boolean added) {}

  private final Map<String, Taken> byKey = new LinkedHashMap<>();
  private int repeats;

  /** Stores the note unless its key is already held. */
  synchronized Taken take(WrittenBackNote note) {
    Taken held = byKey.get(note.key());
    if (held != null) {
      repeats++;
      return new Taken(held.note(), held.number(), false);
    }
    Taken taken = new Taken(note, byKey.size() + 1, true);
    byKey.put(note.key(), taken);
    return taken;
  }

  /** How many notes came again with a key already held, and were not stored again. */
  synchronized int repeats() {
    return repeats;
  }

  /** The notes held, in the order they first came. */
  synchronized List<WrittenBackNote> notes() {
    return byKey.values().stream().map(Taken::note).toList();
  }
}

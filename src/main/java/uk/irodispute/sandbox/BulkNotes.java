package uk.irodispute.sandbox;

import java.time.Instant;
import java.util.List;

/**
 * What {@link SandboxCaseSystems#loadBulk} wrote into a system.
 *
 * @param system the case system
 * @param notes how many notes
 * @param raisedFor the children a dispute note was written about, one each, in the notes' order
 * @param lastModifiedAt the last note's modification time: a poll that reached it read them all
 */
public record BulkNotes(
    SandboxSystem system, int notes, List<String> raisedFor, Instant lastModifiedAt) {

  public BulkNotes {
    raisedFor = List.copyOf(raisedFor);
  }
}

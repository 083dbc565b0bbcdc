package uk.irodispute.store;

import java.time.Instant;

/**
 * How far a source has been read.
 *
 * @param at the modification time of the last note committed; null before the first poll
 * @param lastKey the key of that note, for sources paged by key or with equal modification times
 * @param cursor the source's paging cursor, where it pages by cursor
 */
public record Watermark(Instant at, String lastKey, String cursor) {

  /** A source never read. */
  public static final Watermark NONE = new Watermark(null, null, null);

  public boolean isNone() {
    return at == null && lastKey == null && cursor == null;
  }
}

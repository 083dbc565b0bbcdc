package uk.irodispute.polling;

import java.time.Instant;

/**
 * Where a page was read in its source: what a note unreadable by its id is known by, and where a
 * replay reads from again.
 *
 * @param from the watermark the page was asked from
 * @param page the page's number (page paging), else null
 * @param cursor the cursor or last key the page was asked after, else null
 */
public record PagePlace(Instant from, String page, String cursor) {

  /** The longest id a dead letter holds. */
  private static final int MOST_ID_CHARACTERS = 200;

  /** A position in the page, as {@code position 3, from 2026-11-16T10:00:00Z, page 2}. */
  public String of(String position) {
    String id =
        position
            + ", from "
            + from
            + (page == null ? "" : ", page " + page)
            + (cursor == null ? "" : ", after " + cursor);
    return id.length() <= MOST_ID_CHARACTERS ? id : id.substring(0, MOST_ID_CHARACTERS);
  }
}

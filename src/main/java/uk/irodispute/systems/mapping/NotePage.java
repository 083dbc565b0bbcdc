package uk.irodispute.systems.mapping;

import java.util.List;
import uk.irodispute.core.note.CaseNote;

/**
 * One page of a source, mapped.
 *
 * @param notes the notes read, in the page's order
 * @param unreadable the notes that could not be read, each with its reason; the rest of the page is
 *     still read
 * @param nextCursor what the next request needs: the API's cursor (cursor paging), the next page's
 *     number (page paging), or the last note's key (key paging and SQL); null when there is no next
 *     page
 * @param morePages whether another page should be asked for
 */
public record NotePage(
    List<CaseNote> notes, List<UnreadableNote> unreadable, String nextCursor, boolean morePages) {

  public NotePage {
    notes = List.copyOf(notes);
    unreadable = List.copyOf(unreadable);
  }

  /** Notes read plus notes that could not be: the page's length, to tell a short last page. */
  public int size() {
    return notes.size() + unreadable.size();
  }
}

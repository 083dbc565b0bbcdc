package uk.irodispute.systems.mapping;

import java.util.List;
import java.util.Locale;
import uk.irodispute.core.note.CaseNote;
import uk.irodispute.core.note.NoteText;
import uk.irodispute.systems.Source;

/** Works out from a page whether another follows, and what the next request needs. */
final class Paging {

  /**
   * The longest cursor taken: it goes back to the API in the next request, in a query or a header.
   */
  static final int MOST_CURSOR_CHARACTERS = 2000;

  private Paging() {}

  /**
   * @param paging the source's paging
   * @param pageSize the source's page size
   * @param page the number of the page just read (page paging)
   * @param nextAtText the text at the paging's {@code nextAt} in the page; null when absent
   * @param size the number of items in the page
   * @param lastKey the last item's note id; null when it had none
   */
  static NotePage page(
      Source.Paging paging,
      int pageSize,
      int page,
      String nextAtText,
      int size,
      String lastKey,
      List<CaseNote> notes,
      List<UnreadableNote> unreadable) {
    boolean full = size >= pageSize && size > 0;
    String next = nextAtText == null || nextAtText.isBlank() ? null : nextAtText.strip();
    if (next != null && next.length() > MOST_CURSOR_CHARACTERS) {
      throw new MalformedPageException(
          "the paging value at "
              + paging.nextAt()
              + " is longer than "
              + MOST_CURSOR_CHARACTERS
              + " characters");
    }
    if (next != null && NoteText.hasControlCharacter(next)) {
      throw new MalformedPageException(
          "the paging value at " + paging.nextAt() + " holds a line break or a control character");
    }
    return switch (paging.kind()) {
      case CURSOR -> new NotePage(notes, unreadable, next, next != null);
      case KEY -> new NotePage(notes, unreadable, full ? lastKey : null, full);
      case PAGE -> {
        boolean more = morePages(paging, page, next, full);
        yield new NotePage(notes, unreadable, more ? String.valueOf(page + 1) : null, more);
      }
    };
  }

  /** A "more pages" flag, a total number of pages, or (when the page says neither) a full page. */
  private static boolean morePages(Source.Paging paging, int page, String next, boolean full) {
    if (next == null) {
      return full;
    }
    String flag = next.toLowerCase(Locale.ROOT);
    if (flag.equals("true") || flag.equals("false")) {
      return Boolean.parseBoolean(flag);
    }
    try {
      int totalPages = Integer.parseInt(next);
      return page < paging.firstPage() + totalPages - 1;
    } catch (NumberFormatException e) {
      throw new MalformedPageException(
          "the value at " + paging.nextAt() + " is neither true/false nor a number of pages");
    }
  }
}

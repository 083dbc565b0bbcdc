package uk.irodispute.systems.mapping;

import java.time.Clock;
import uk.irodispute.systems.Source;
import uk.irodispute.systems.SystemDefinition;

/** Maps one page of an HTTP source's answer onto canonical case notes. */
public interface NotePageReader {

  /**
   * @param body the page as the API returned it
   * @param page the number of the page asked for (page paging); ignored otherwise
   * @throws MalformedPageException when the body is not JSON (or XML), or has no list of notes
   *     where the system file says
   */
  NotePage read(String body, int page);

  /**
   * As {@link #read(String, int)}, for a page asked for with another size than the file's (a page
   * read again in pages of one note): a page of that size is full, and another may follow.
   */
  NotePage read(String body, int page, int pageSize);

  /**
   * The reader for the system's format.
   *
   * @throws IllegalArgumentException for a system whose source is not an HTTP one
   */
  static NotePageReader forSystem(SystemDefinition system) {
    return forSystem(system, Clock.systemUTC());
  }

  /**
   * The reader for the system's format, reading a date alone that is today no later than the
   * clock's time.
   *
   * @throws IllegalArgumentException for a system whose source is not an HTTP one
   */
  static NotePageReader forSystem(SystemDefinition system, Clock clock) {
    if (!(system.source() instanceof Source.Http http)) {
      throw new IllegalArgumentException(
          "system " + system.id() + " reads a database: use SqlNotePages");
    }
    return http.format() == Source.Format.XML
        ? new XmlNotePages(system, clock)
        : new JsonNotePages(system, clock);
  }
}

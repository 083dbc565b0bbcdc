package uk.irodispute.polling;

import java.util.List;
import uk.irodispute.core.note.CaseNote;
import uk.irodispute.systems.mapping.NotePage;

/**
 * A page after the screen: what the poll route takes, and what moves the watermark.
 *
 * @param read the page as mapped
 * @param notes the notes to take, in the page's order: every readable note but those kept as dead
 *     letters or held back by one
 * @param watermarkNotes the notes the watermark may move past: every readable note, taken or not,
 *     except those modified after the adapter's time (the watermark would otherwise pass notes the
 *     case system has yet to write)
 */
public record ScreenedPage(NotePage read, List<CaseNote> notes, List<CaseNote> watermarkNotes) {

  public ScreenedPage {
    notes = List.copyOf(notes);
    watermarkNotes = List.copyOf(watermarkNotes);
  }
}

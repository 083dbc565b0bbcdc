package uk.irodispute.polling;

import uk.irodispute.systems.mapping.MalformedPageException;

/** A page holding more than the page limit once its poison notes are cut out. */
final class PageTooLargeException extends MalformedPageException {

  PageTooLargeException(long mostPageBytes) {
    super(
        "the page holds more than "
            + mostPageBytes
            + " bytes of notes (iro.screen.most-page-size), and the source cannot be asked for"
            + " smaller pages: its file gives no {{pageSize}}");
  }
}

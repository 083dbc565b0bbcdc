package uk.irodispute.polling;

import uk.irodispute.application.NoteIntake;

/**
 * Takes a screened page's notes ({@code routes/poll.yaml}, step {@code poll-take-notes}) as {@link
 * NoteIntake#takePage} takes them, in one transaction. The route hands it the page itself: with an
 * expression on the page ({@code takePage(${body.notes})}) Camel looked its bean information up by
 * the page, hashing every note of it, for each page.
 */
public class PageTaking {

  private final NoteIntake intake;

  public PageTaking(NoteIntake intake) {
    this.intake = intake;
  }

  /** Takes the notes of the page the screen let through, in the page's order. */
  public void take(ScreenedPage page) {
    intake.takePage(page.notes());
  }
}

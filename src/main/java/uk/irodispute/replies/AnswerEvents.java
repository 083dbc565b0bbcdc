package uk.irodispute.replies;

/**
 * What reading the answers mailbox tells whoever counts (the metrics): what became of each reply,
 * or that taking it failed and it waits for the next read.
 */
public interface AnswerEvents {

  /** Counts nothing. */
  AnswerEvents NONE =
      new AnswerEvents() {
        @Override
        public void answered(EmailAnswers.Outcome outcome) {}

        @Override
        public void failed() {}
      };

  /** A reply was taken, refused or kept as an automatic reply, and that is committed. */
  void answered(EmailAnswers.Outcome outcome);

  /** A reply could not be taken: it stays unseen and is read again. */
  void failed();
}

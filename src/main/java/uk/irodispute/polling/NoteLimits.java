package uk.irodispute.polling;

/**
 * The limits an HTTP source's answer is read within, note by note.
 *
 * @param mostNoteBytes the largest note: a larger one is cut out of its page and kept as a dead
 *     letter
 * @param mostNoteDepth the deepest a note may nest: a deeper one is cut out likewise
 * @param mostPageBytes the most a page may hold once its poison notes are cut out: a larger page is
 *     read again in pages of one note
 * @param mostAnswerBytes the most read of one answer, notes cut out included: past it the page is
 *     not read to its end and the run stops
 */
record NoteLimits(
    long mostNoteBytes, int mostNoteDepth, long mostPageBytes, long mostAnswerBytes) {}

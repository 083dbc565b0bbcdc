package uk.irodispute.delivery;

/**
 * An alert's words, ready for a mail.
 *
 * @param subject one line
 * @param plainText the plain-text body
 * @param html the HTML body, every value escaped
 */
record AlertText(String subject, String plainText, String html) {}

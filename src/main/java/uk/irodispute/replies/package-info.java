/**
 * Answers by e-mail: replies to alerts read from a mailbox over IMAP by camel-mail's consumer
 * ({@code routes/answers.yaml}, {@code MailboxComponents}) and handed to {@code AnswerMailbox},
 * matched to their dispute and sender and read for a response ({@code EmailAnswers}), then written
 * back as their author's case note and taken like a note; or refused with a mail and a dead letter.
 */
package uk.irodispute.replies;

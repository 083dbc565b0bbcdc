package uk.irodispute.replies;

import java.util.List;

/**
 * A mail read from the answers mailbox, as much of it as an answer needs.
 *
 * @param messageId its Message-ID; null when it has none
 * @param from its sender's plain address, lower case; null when it has none or several
 * @param subject its subject; empty when none
 * @param referencedIds the Message-IDs and dispute references its In-Reply-To and References name
 * @param disputeHeader the {@code X-IRO-Dispute} header a reply kept from the alert; null if none
 * @param authenticationResults its {@code Authentication-Results} headers
 * @param automatic whether it says it was sent by a machine ({@code Auto-Submitted} other than
 *     {@code no}): an out-of-office reply, which is never answered
 * @param text the plain text the sender wrote, quoted lines and the quoted alert left out
 */
public record Reply(
    String messageId,
    String from,
    String subject,
    List<String> referencedIds,
    String disputeHeader,
    List<String> authenticationResults,
    boolean automatic,
    String text) {

  public Reply {
    subject = subject == null ? "" : subject;
    referencedIds = List.copyOf(referencedIds);
    authenticationResults = List.copyOf(authenticationResults);
    text = text == null ? "" : text;
  }

  /** No text and no address: a reply may carry a child's details. */
  @Override
  public String toString() {
    return "Reply[" + messageId + "]";
  }
}

package uk.irodispute.replies;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import uk.irodispute.sending.OutboxSending;

/** Reads a mail from the answers mailbox into a {@link Reply}. */
final class ReplyReading {

  /** The most of a reply's text read: an answer is a few lines. */
  static final int MOST_CHARACTERS = 20_000;

  /** Where a mail client starts quoting the mail replied to. */
  private static final Pattern QUOTE_STARTS =
      Pattern.compile(
          "^(On .+ wrote:|-{2,} ?Original Message ?-{2,}|_{5,}|From: .+|Sent from my .+)$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern TAGS = Pattern.compile("<[^>]*>");

  private ReplyReading() {}

  static Reply read(MimeMessage message) throws MessagingException, IOException {
    List<String> referenced = new ArrayList<>();
    headers(message, "In-Reply-To").forEach(h -> referenced.addAll(Arrays.asList(h.split("\\s+"))));
    headers(message, "References").forEach(h -> referenced.addAll(Arrays.asList(h.split("\\s+"))));
    String auto = message.getHeader("Auto-Submitted", null);
    String text = ownText(plainText(message));
    return new Reply(
        message.getMessageID(),
        sender(message.getFrom()),
        message.getSubject(),
        referenced.stream().filter(s -> !s.isBlank()).toList(),
        message.getHeader(OutboxSending.DISPUTE_HEADER, null),
        headers(message, "Authentication-Results"),
        auto != null && !auto.strip().equalsIgnoreCase("no"),
        text);
  }

  /** The one plain address the mail is from; null for none, several or one not plain. */
  private static String sender(Address[] from) {
    if (from == null || from.length != 1 || !(from[0] instanceof InternetAddress address)) {
      return null;
    }
    String plain = address.getAddress();
    return plain == null ? null : plain.strip().toLowerCase(Locale.ROOT);
  }

  private static List<String> headers(MimeMessage message, String name) throws MessagingException {
    String[] values = message.getHeader(name);
    return values == null ? List.of() : Arrays.stream(values).filter(Objects::nonNull).toList();
  }

  /** The text/plain part, else the text/html part without its tags; empty when neither. */
  private static String plainText(Part part) throws MessagingException, IOException {
    String plain = find(part, "text/plain");
    if (plain != null) {
      return plain;
    }
    String html = find(part, "text/html");
    return html == null
        ? ""
        : TAGS.matcher(html.replaceAll("(?i)<br\\s*/?>|</p>", "\n")).replaceAll("");
  }

  private static String find(Part part, String type) throws MessagingException, IOException {
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart body = multipart.getBodyPart(i);
        String found = find(body, type);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    return part.isMimeType(type) ? Objects.toString(part.getContent()) : null;
  }

  /**
   * What the sender wrote: the lines before the quoted mail (a line such as "On ... wrote:" or a
   * quoted line starting with '>'), at most {@value #MOST_CHARACTERS} characters.
   */
  static String ownText(String text) {
    StringBuilder own = new StringBuilder();
    for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
      String stripped = line.strip();
      if (stripped.startsWith(">") || QUOTE_STARTS.matcher(stripped).matches()) {
        break;
      }
      own.append(line.stripTrailing()).append('\n');
      if (own.length() > MOST_CHARACTERS) {
        break;
      }
    }
    String all = own.toString().strip();
    return all.length() > MOST_CHARACTERS ? all.substring(0, MOST_CHARACTERS) : all;
  }
}

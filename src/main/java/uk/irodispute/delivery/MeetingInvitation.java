package uk.irodispute.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A calendar invitation (RFC 5545, {@code METHOD:REQUEST}) for the meeting a stage asks for. Its
 * UID is the dispute and stage, so a later invitation for the same stage (the window moved by an
 * extension or a time out) updates the meeting already in people's calendars; its sequence number
 * orders the updates.
 *
 * @param uid the same for every invitation to one dispute's stage meeting
 * @param sequence higher for each later version of the meeting
 * @param stamp when this version was written
 * @param start the start of the window the protocol allows
 * @param end the end of the window
 * @param summary one line, for example the dispute reference and stage
 * @param description what the meeting is for
 * @param organizer who asks for it
 * @param attendees everyone invited, each with an address
 */
record MeetingInvitation(
    String uid,
    long sequence,
    Instant stamp,
    Instant start,
    Instant end,
    String summary,
    String description,
    Recipient organizer,
    List<Recipient> attendees) {

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  MeetingInvitation {
    attendees = List.copyOf(attendees);
  }

  /** The UID for a dispute's stage meeting: the same whenever it is written. */
  static String uidOf(String reference, String stageId) {
    return reference + "-" + stageId + "-meeting@iro-dispute-adapter";
  }

  /** The invitation as an iCalendar object, lines folded at 75 octets and ended by CRLF. */
  String text() {
    StringBuilder out = new StringBuilder();
    line(out, "BEGIN:VCALENDAR");
    line(out, "PRODID:-//IRO dispute adapter//EN");
    line(out, "VERSION:2.0");
    line(out, "CALSCALE:GREGORIAN");
    line(out, "METHOD:REQUEST");
    line(out, "BEGIN:VEVENT");
    line(out, "UID:" + text(uid));
    line(out, "SEQUENCE:" + sequence);
    line(out, "DTSTAMP:" + UTC.format(stamp));
    line(out, "DTSTART:" + UTC.format(start));
    line(out, "DTEND:" + UTC.format(end));
    line(out, "SUMMARY:" + text(summary));
    line(out, "DESCRIPTION:" + text(description));
    line(out, "STATUS:CONFIRMED");
    line(out, "TRANSP:TRANSPARENT");
    line(out, "ORGANIZER;CN=" + param(organizer.name()) + ":mailto:" + organizer.email());
    for (Recipient a : attendees) {
      line(
          out,
          "ATTENDEE;CN="
              + param(a.name())
              + ";CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:"
              + a.email());
    }
    line(out, "END:VEVENT");
    line(out, "END:VCALENDAR");
    return out.toString();
  }

  /** A TEXT value: backslash, semicolon and comma escaped, line ends as {@code \n}. */
  static String text(String value) {
    String v = value == null ? "" : value;
    return v.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
        .replaceAll("\\p{Cntrl}", " ");
  }

  /** A parameter value: quoted, with no quote or control character left in it. */
  static String param(String value) {
    return "\"" + (value == null ? "" : value).replaceAll("[\"\\p{Cntrl}]", " ") + "\"";
  }

  /**
   * One content line, folded so no physical line passes 75 octets (RFC 5545 3.1); a character is
   * never split, and each continuation starts with a space.
   */
  private static void line(StringBuilder out, String line) {
    int octets = 0;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > 75) {
        out.append("\r\n ");
        octets = 1;
      }
      out.appendCodePoint(cp);
      octets += size;
      i += Character.charCount(cp);
    }
    out.append("\r\n");
  }
}

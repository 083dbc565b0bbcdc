package uk.irodispute.delivery;

import java.util.List;
import java.util.Map;

/**
 * One thing to send, once. Its idempotency key is the effect's key plus a suffix per message, so a
 * retry never sends twice and targets that can deduplicate (an API, an integration table, a file
 * name) are given it.
 */
public sealed interface Delivery {

  /** The end of a case note's key: {@code DRP-2026-000042/3/1/note}. */
  String CASE_NOTE_KEY_SUFFIX = "/note";

  String idempotencyKey();

  /** The dispute, for operations; null for a rejected note that opened none. */
  String reference();

  /** The system file the note or alert belongs to. */
  String systemId();

  /**
   * Whether this writes a note into the case system (any kind of write-back, a mail to the system's
   * inbox included), rather than alerting people.
   */
  default boolean writesCaseNote() {
    return !(this instanceof Mail) || idempotencyKey().endsWith(CASE_NOTE_KEY_SUFFIX);
  }

  /**
   * A request to the system's API, rendered from its write-back template.
   *
   * @param method the HTTP method
   * @param path relative to the write-back base URL
   * @param contentType the body's type
   * @param headers the file's extra headers (never secrets)
   * @param body the rendered body
   */
  record HttpRequest(
      String idempotencyKey,
      String reference,
      String systemId,
      String method,
      String path,
      String contentType,
      Map<String, String> headers,
      String body)
      implements Delivery {

    public HttpRequest {
      headers = Map.copyOf(headers);
    }
  }

  /**
   * A row for the system's integration table.
   *
   * @param values the insert statement's named parameters
   */
  record TableRow(
      String idempotencyKey, String reference, String systemId, Map<String, String> values)
      implements Delivery {

    public TableRow {
      values = Map.copyOf(values);
    }
  }

  /**
   * A file for the system's import folder.
   *
   * @param fileName the rendered file name
   * @param body the rendered content
   */
  record FileDrop(
      String idempotencyKey, String reference, String systemId, String fileName, String body)
      implements Delivery {}

  /**
   * A mail: an alert to people, or a note to a case-system inbox.
   *
   * @param to addresses asked to act
   * @param cc addresses copied in
   * @param subject the subject line
   * @param plainText the plain-text body
   * @param html the HTML body, every value escaped; null for a plain-text-only mail
   * @param calendar a calendar invitation (iCalendar, {@code METHOD:REQUEST}) sent with it; null
   *     for none
   */
  record Mail(
      String idempotencyKey,
      String reference,
      String systemId,
      List<String> to,
      List<String> cc,
      String subject,
      String plainText,
      String html,
      String calendar)
      implements Delivery {

    /** The calendar part's MIME type. */
    public static final String CALENDAR_TYPE = "text/calendar; method=REQUEST; charset=UTF-8";

    public Mail {
      to = List.copyOf(to);
      cc = List.copyOf(cc);
    }
  }
}

package uk.irodispute.directory;

import java.util.regex.Pattern;

/**
 * The one form of e-mail address the adapter sends to: a plain {@code name@host.domain}, with no
 * display name, no spaces, no line breaks and no second address. Files are checked by it when read;
 * addresses a case system gives are checked by it before a mail is planned and again before it is
 * sent, so no value from a note can add a recipient or a mail header.
 */
public final class MailAddresses {

  private static final Pattern ADDRESS =
      Pattern.compile(
          "[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
              + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

  /** RFC 5321's limit on a path. */
  private static final int MOST_CHARACTERS = 320;

  private MailAddresses() {}

  /** Whether the text is one plain address. */
  public static boolean isPlain(String text) {
    return text != null
        && text.length() <= MOST_CHARACTERS
        && ADDRESS.matcher(text).matches()
        && !text.startsWith(".")
        && !text.contains("..");
  }
}

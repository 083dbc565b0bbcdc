package uk.irodispute.mappings;

import uk.irodispute.directory.MailAddresses;

/** The check files' e-mail addresses get: one plain address, {@code name@host.domain}. */
public final class EmailAddresses {

  private EmailAddresses() {}

  /** Whether the text is one address, with no display name, spaces or second address. */
  public static boolean isValid(String text) {
    return MailAddresses.isPlain(text);
  }

  /** Reports the value if it is not one plain address; returns whether it is. */
  public static boolean check(YamlField field) {
    String text = field.text();
    if (text == null) {
      return false;
    }
    if (!isValid(text)) {
      field.problem(
          "'"
              + text
              + "' is not an e-mail address; write one plain address such as"
              + " name@council.example");
      return false;
    }
    return true;
  }
}

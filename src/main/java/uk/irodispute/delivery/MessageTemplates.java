package uk.irodispute.delivery;

import java.util.Properties;

/**
 * The built-in wording of alerts and notes, kept under {@code src/main/resources/messages/} so it
 * can be read and changed without reading Java. A council's own wording is in {@link Wording}.
 */
final class MessageTemplates {

  private MessageTemplates() {}

  /**
   * A built-in template file. Lines starting with {@code #} are comments and left out, and so is
   * the line end that closes the file.
   */
  static Template file(String name) {
    return Wording.builtIn().template(Wording.ENGLISH, name);
  }

  /** A built-in properties file, read as UTF-8. */
  static Properties properties(String name) {
    return Wording.builtIn().properties(Wording.ENGLISH, name);
  }
}

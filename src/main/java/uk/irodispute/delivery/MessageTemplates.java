package uk.irodispute.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The wording of alerts and notes, kept under {@code src/main/resources/messages/} so it can be
 * read and changed without reading Java.
 */
final class MessageTemplates {

  private static final String FOLDER = "/messages/";

  private MessageTemplates() {}

  /**
   * A template file. Lines starting with {@code #} are comments and left out, and so is the line
   * end that closes the file.
   */
  static Template file(String name) {
    return Template.parse(
        read(name).lines().filter(l -> !l.startsWith("#")).collect(Collectors.joining("\n")));
  }

  /** A properties file, read as UTF-8. */
  static Properties properties(String name) {
    Properties p = new Properties();
    try (Reader r = new InputStreamReader(open(name), StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read messages/" + name, e);
    }
    return p;
  }

  private static String read(String name) {
    try (InputStream in = open(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read messages/" + name, e);
    }
  }

  private static InputStream open(String name) {
    InputStream in = MessageTemplates.class.getResourceAsStream(FOLDER + name);
    if (in == null) {
      throw new IllegalStateException("messages/" + name + " is missing from the adapter");
    }
    return in;
  }
}

package uk.irodispute.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import uk.irodispute.core.engine.DueTimes;

/**
 * The wording of every alert and note, per language: the built-in files under {@code
 * src/main/resources/messages/}, with the council's overrides from {@code mappings/messages/} on
 * top. A file the council overrides replaces the built-in one whole; a properties file is
 * overridden key by key. Welsh takes the Welsh override first, then the English one, then the
 * built-in file.
 */
public final class Wording {

  /** English: the built-in files and the files directly in {@code mappings/messages/}. */
  public static final String ENGLISH = DueTimes.ENGLISH;

  /** Welsh: the files in {@code mappings/messages/cy/}. */
  public static final String WELSH = DueTimes.WELSH;

  /** The languages a council may word messages in; the first is the default. */
  public static final List<String> LANGUAGES = List.of(ENGLISH, WELSH);

  private static final String FOLDER = "/messages/";
  private static final Wording BUILT_IN = new Wording(Map.of());

  private final Map<String, Map<String, String>> overrides;

  private Wording(Map<String, Map<String, String>> overrides) {
    Map<String, Map<String, String>> copy = new HashMap<>();
    overrides.forEach((language, files) -> copy.put(language, Map.copyOf(files)));
    this.overrides = Map.copyOf(copy);
  }

  /** The built-in wording alone. */
  public static Wording builtIn() {
    return BUILT_IN;
  }

  /**
   * The built-in wording with a council's overrides.
   *
   * @param overrides per language (one of {@link #LANGUAGES}), file name to the file's text;
   *     checked already ({@code mappings/MessageFileLoader})
   */
  public static Wording withOverrides(Map<String, Map<String, String>> overrides) {
    return new Wording(overrides);
  }

  /** The languages the council has words of its own in, besides English. */
  public List<String> ownLanguages() {
    return LANGUAGES.stream().filter(l -> !l.equals(ENGLISH) && overrides.containsKey(l)).toList();
  }

  /**
   * A template file in a language. Lines starting with {@code #} are comments and left out, and so
   * is the line end that closes the file.
   */
  public Template template(String language, String file) {
    return Template.parse(withoutComments(text(language, file)));
  }

  /** A properties file in a language: the built-in keys, then English, then the language's own. */
  public Properties properties(String language, String file) {
    Properties p = load(builtInText(file), file);
    if (!ENGLISH.equals(language)) {
      putAll(p, overrides.getOrDefault(ENGLISH, Map.of()).get(file), file);
    }
    putAll(p, overrides.getOrDefault(language, Map.of()).get(file), file);
    return p;
  }

  /** A template file's lines with the comment lines left out, as it is rendered. */
  public static String withoutComments(String text) {
    return text.lines().filter(l -> !l.startsWith("#")).collect(Collectors.joining("\n"));
  }

  /** A properties file's text read as properties. */
  public static Properties load(String text, String file) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(text));
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException("cannot read messages/" + file + ": " + e.getMessage(), e);
    }
    return p;
  }

  /** The text of a built-in file. */
  public static String builtInText(String file) {
    try (InputStream in = Wording.class.getResourceAsStream(FOLDER + file)) {
      if (in == null) {
        throw new IllegalStateException("messages/" + file + " is missing from the adapter");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read messages/" + file, e);
    }
  }

  private String text(String language, String file) {
    String own = overrides.getOrDefault(language, Map.of()).get(file);
    if (own != null) {
      return own;
    }
    String english = overrides.getOrDefault(ENGLISH, Map.of()).get(file);
    return english != null ? english : builtInText(file);
  }

  private static void putAll(Properties into, String text, String file) {
    if (text != null) {
      into.putAll(load(text, file));
    }
  }
}

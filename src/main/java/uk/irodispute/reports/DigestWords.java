package uk.irodispute.reports;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import uk.irodispute.core.engine.DueTimes;
import uk.irodispute.delivery.Escaping;
import uk.irodispute.delivery.MessageFiles;
import uk.irodispute.delivery.Template;
import uk.irodispute.delivery.Wording;
import uk.irodispute.reports.DigestContent.Entry;

/**
 * The digest's words in one language: {@code messages/digest.properties} with the council's
 * overrides, and times in words in that language.
 */
public final class DigestWords {

  /** Every name the file's words may use. */
  private static final Set<String> NAMES = MessageFiles.valueNames(MessageFiles.DIGEST);

  private final Properties words;
  private final String language;

  private DigestWords(Properties words, String language) {
    this.words = words;
    this.language = language;
  }

  /**
   * @param wording the built-in wording with the council's overrides
   * @param language one of {@link Wording#LANGUAGES}
   */
  public static DigestWords of(Wording wording, String language) {
    return new DigestWords(wording.properties(language, MessageFiles.DIGEST), language);
  }

  /** What the digest says of one dispute, after its reference. */
  public String detail(Entry entry) {
    Map<String, String> v = new HashMap<>(entry.values());
    entry.times().forEach((name, at) -> v.put(name, time(at)));
    if (entry.workingDays() != null) {
      v.put("days", days(entry.workingDays()));
    }
    return text(entry.what(), v);
  }

  /** A time in words, in the digest's language. */
  String time(Instant at) {
    return DueTimes.inWords(at, language);
  }

  /**
   * One key's words with its values. Every name the file may use is given, empty when the key does
   * not have it, so a council's words may use any of them.
   *
   * @throws IllegalStateException when the file has no words for the key
   */
  String text(String key, Map<String, String> values) {
    String text = words.getProperty(key);
    if (text == null || text.isBlank()) {
      throw new IllegalStateException("messages/" + MessageFiles.DIGEST + " has no " + key);
    }
    Map<String, String> v = new HashMap<>();
    NAMES.forEach(name -> v.put(name, null));
    v.putAll(values);
    return Template.parse(text.strip()).render(v, Escaping.PLAIN);
  }

  private String days(int count) {
    return text(count == 1 ? "days.one" : "days.other", Map.of("count", String.valueOf(count)));
  }
}

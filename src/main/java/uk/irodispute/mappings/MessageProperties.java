package uk.irodispute.mappings;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import uk.irodispute.delivery.MessageFiles;
import uk.irodispute.delivery.Template;
import uk.irodispute.delivery.Wording;

/**
 * Checks a council's properties file of wording ({@code alerts.properties}): each key one the
 * built-in file has (or a chair's title for a track), given once, with words that are not empty,
 * sections that close and only the {@code {{names}}} the file may use; an answer is one the adapter
 * knows. A key left out keeps the built-in words.
 */
final class MessageProperties {

  private static final String ANSWER = ".answer";

  private MessageProperties() {}

  static void check(String text, String file, Problems found) {
    Map<String, Integer> lines = keyLines(text, found);
    Properties words;
    try {
      words = Wording.load(text, file);
    } catch (IllegalStateException e) {
      found.add(1, "", "cannot be read as a properties file: " + e.getCause().getMessage());
      return;
    }
    for (Map.Entry<String, Integer> key : lines.entrySet()) {
      String k = key.getKey();
      int line = key.getValue();
      String value = words.getProperty(k, "").strip();
      if (!MessageFiles.isKey(file, k)) {
        found.add(
            line,
            k,
            "unknown key"
                + Suggestions.didYouMean(k, MessageFiles.keys(file))
                + "; the keys are those of the built-in "
                + file
                + " (docs/MESSAGES.md)");
      } else if (value.isEmpty()) {
        found.add(line, k, "no words; give them, or leave the key out to keep the built-in ones");
      } else if (k.endsWith(ANSWER) && file.equals(MessageFiles.ALERTS)) {
        if (!MessageFiles.ANSWERS.contains(value)) {
          found.add(
              line,
              k,
              "'"
                  + value
                  + "' is not an answer the adapter knows"
                  + Suggestions.didYouMean(value, MessageFiles.ANSWERS)
                  + "; known: "
                  + String.join(", ", MessageFiles.ANSWERS.stream().sorted().toList()));
        }
      } else {
        checkWords(value, line, k, MessageFiles.valueNames(file, k), found);
      }
    }
  }

  private static void checkWords(
      String value, int line, String key, Set<String> names, Problems found) {
    Template words;
    try {
      words = Template.parse(value);
    } catch (IllegalArgumentException e) {
      found.add(line, key, e.getMessage());
      return;
    }
    for (String name : words.names()) {
      if (!names.contains(name)) {
        found.add(line, key, MessageFileLoader.unknownName(name, names));
      }
    }
  }

  /**
   * Each key with the line it starts on, in order; a key given twice is a problem at its second
   * line. Blank lines, comments ({@code #}, {@code !}) and continued lines (ending in {@code \})
   * hold no key.
   */
  private static Map<String, Integer> keyLines(String text, Problems found) {
    Map<String, Integer> lines = new LinkedHashMap<>();
    Map<String, Integer> first = new HashMap<>();
    String[] all = text.split("\n", -1);
    boolean continued = false;
    for (int i = 0; i < all.length; i++) {
      String line = all[i].stripLeading();
      boolean startsKey =
          !continued && !line.isEmpty() && !line.startsWith("#") && !line.startsWith("!");
      continued = !line.startsWith("#") && !line.startsWith("!") && endsContinued(line);
      if (!startsKey) {
        continue;
      }
      String key = keyOf(line);
      Integer before = first.putIfAbsent(key, i + 1);
      if (before != null) {
        found.add(i + 1, key, "given twice (first on line " + before + "); keep one");
      } else {
        lines.put(key, i + 1);
      }
    }
    return lines;
  }

  private static boolean endsContinued(String line) {
    int backslashes = 0;
    for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }

  private static String keyOf(String line) {
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        key.append(line.charAt(++i));
      } else if (c == '=' || c == ':' || Character.isWhitespace(c)) {
        break;
      } else {
        key.append(c);
      }
    }
    return key.toString();
  }
}

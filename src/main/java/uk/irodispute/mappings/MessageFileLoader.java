package uk.irodispute.mappings;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import uk.irodispute.delivery.MessageFiles;
import uk.irodispute.delivery.Template;
import uk.irodispute.delivery.Wording;

/**
 * Reads a council's wording from {@code mappings/messages/} (docs/MESSAGES.md): a file named as a
 * built-in one overrides it in English; the same name under {@code cy/}, or {@code
 * alerts_cy.properties} beside it, overrides it in Welsh. Every file is checked before any is used:
 * a file or key the adapter does not have, a {@code {{name}}} the file may not use, a part a file
 * must keep and left out, each with the file and line. Markdown files are notes for people, not
 * read.
 */
public final class MessageFileLoader {

  private static final Pattern TAG = Pattern.compile("\\{\\{\\s*[#^/]?\\s*([^{}]*?)\\s*}}");
  private static final Pattern LANGUAGE_SUFFIX = Pattern.compile("(.+)_([a-z]{2})(\\.[a-z]+)");
  private static final Pattern TEMPLATE_LINE = Pattern.compile("\\(line (\\d+) of the template\\)");

  private static final Map<String, String> WHY_REQUIRED =
      Map.of(
          "reference", "the dispute's reference, which every answer quotes",
          "asked", "what is asked of the reader",
          "answer", "how to answer",
          "intro", "the opening sentence of each kind of alert (alerts.properties)",
          "summary", "what the note records");

  /**
   * Reads the council's wording.
   *
   * @param dir the {@code mappings/messages/} folder; missing means the built-in wording alone
   * @throws InvalidConfigurationException listing every problem in every file
   */
  public Wording loadDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      return Wording.builtIn();
    }
    Map<String, Map<String, String>> overrides = new HashMap<>();
    Map<String, Path> seen = new HashMap<>();
    List<ConfigurationProblem> problems = new ArrayList<>();
    for (Path entry : entries(dir, problems)) {
      String name = entry.getFileName().toString();
      if (Files.isDirectory(entry)) {
        if (Wording.LANGUAGES.contains(name) && !name.equals(Wording.ENGLISH)) {
          for (Path file : entries(entry, problems)) {
            if (Files.isDirectory(file)) {
              problems.add(problem(file, 1, "a folder here is not read; put the files directly"));
            } else {
              read(file, name, name(file), overrides, seen, problems);
            }
          }
        } else {
          problems.add(
              problem(
                  entry,
                  1,
                  "not a language folder the adapter has"
                      + Suggestions.didYouMean(name, Wording.LANGUAGES)
                      + "; English files go directly in messages/, Welsh ones in messages/cy/"));
        }
        continue;
      }
      Matcher suffixed = LANGUAGE_SUFFIX.matcher(name);
      if (suffixed.matches()
          && MessageFiles.BUILT_IN.contains(suffixed.group(1) + suffixed.group(3))
          && MessageFiles.isProperties(name)) {
        String language = suffixed.group(2);
        String file = suffixed.group(1) + suffixed.group(3);
        if (!Wording.LANGUAGES.contains(language) || language.equals(Wording.ENGLISH)) {
          problems.add(
              problem(
                  entry,
                  1,
                  "'"
                      + language
                      + "' is not a language the adapter has; Welsh is "
                      + suffixed.group(1)
                      + "_cy"
                      + suffixed.group(3)));
          continue;
        }
        read(entry, language, file, overrides, seen, problems);
      } else {
        read(entry, Wording.ENGLISH, name, overrides, seen, problems);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidConfigurationException(problems);
    }
    return Wording.withOverrides(overrides);
  }

  private static void read(
      Path path,
      String language,
      String file,
      Map<String, Map<String, String>> overrides,
      Map<String, Path> seen,
      List<ConfigurationProblem> problems) {
    if (!MessageFiles.BUILT_IN.contains(file)) {
      problems.add(
          problem(
              path,
              1,
              "not a message file the adapter has"
                  + Suggestions.didYouMean(file, MessageFiles.BUILT_IN)
                  + "; the files are "
                  + String.join(", ", MessageFiles.BUILT_IN)));
      return;
    }
    Path first = seen.putIfAbsent(language + "/" + file, path);
    if (first != null) {
      problems.add(problem(path, 1, "the same wording as " + first + "; keep one of the two"));
      return;
    }
    String text;
    try {
      text = Files.readString(path);
    } catch (CharacterCodingException e) {
      problems.add(problem(path, 1, "is not UTF-8; save it as UTF-8"));
      return;
    } catch (IOException e) {
      problems.add(problem(path, 1, "cannot be read: " + e.getClass().getSimpleName()));
      return;
    }
    Problems found = new Problems(path.toString());
    if (MessageFiles.isProperties(file)) {
      MessageProperties.check(text, file, found);
    } else {
      checkTemplate(text, file, found);
    }
    problems.addAll(found.list());
    if (found.isEmpty()) {
      overrides.computeIfAbsent(language, l -> new HashMap<>()).put(file, text);
    }
  }

  /** Checks a template file: its names, its sections and the parts it must keep. */
  static void checkTemplate(String text, String file, Problems found) {
    Set<String> allowed = MessageFiles.names(file);
    Set<String> used = new LinkedHashSet<>();
    String[] lines = text.split("\n", -1);
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith("#")) {
        continue;
      }
      kept.add(i + 1);
      Matcher m = TAG.matcher(lines[i]);
      while (m.find()) {
        String name = m.group(1);
        used.add(name);
        if (!allowed.contains(name)) {
          found.add(i + 1, "", unknownName(name, allowed));
        }
      }
    }
    try {
      Template.parse(Wording.withoutComments(text));
    } catch (IllegalArgumentException e) {
      Matcher at = TEMPLATE_LINE.matcher(e.getMessage());
      int line = 1;
      String message = e.getMessage();
      if (at.find()) {
        int inTemplate = Integer.parseInt(at.group(1));
        line = inTemplate <= kept.size() ? kept.get(inTemplate - 1) : 1;
        message = message.substring(0, at.start()).strip();
      }
      found.add(line, "", message);
    }
    for (String name : MessageFiles.REQUIRED.getOrDefault(file, List.of())) {
      if (!used.contains(name)) {
        found.add(
            1,
            "",
            "the file must use {{"
                + name
                + "}} ("
                + WHY_REQUIRED.getOrDefault(name, "a part every message of this kind keeps")
                + ")");
      }
    }
  }

  static String unknownName(String name, Set<String> allowed) {
    return "unknown value {{"
        + name
        + "}}"
        + Suggestions.didYouMean(name, allowed)
        + "; this file may use: "
        + String.join(", ", allowed);
  }

  /** The file's name, as the built-in file it overrides is named. */
  private static String name(Path file) {
    return file.getFileName().toString();
  }

  /** The entries of a folder in name order, leaving out hidden ones and notes for people. */
  private static List<Path> entries(Path dir, List<ConfigurationProblem> problems) {
    try (Stream<Path> listing = Files.list(dir)) {
      return listing
          .filter(p -> !name(p).startsWith("."))
          .filter(p -> Files.isDirectory(p) || !name(p).endsWith(".md"))
          .sorted((a, b) -> name(a).compareTo(name(b)))
          .toList();
    } catch (IOException e) {
      problems.add(problem(dir, 1, "cannot list the folder: " + e.getClass().getSimpleName()));
      return List.of();
    }
  }

  private static ConfigurationProblem problem(Path file, int line, String message) {
    return new ConfigurationProblem(file.toString(), line, "", message);
  }
}

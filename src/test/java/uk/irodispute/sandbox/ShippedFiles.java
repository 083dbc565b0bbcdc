package uk.irodispute.sandbox;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * The shipped files under {@code mappings/}, read as plain YAML, so that the sandbox is checked
 * against what the files say today.
 */
final class ShippedFiles {

  private static final Pattern TEMPLATE_VALUE = Pattern.compile("\\{\\{(\\w+)}}");

  private ShippedFiles() {}

  /** {@code mappings/systems/<id>.yaml} as maps and lists. */
  static Map<String, Object> system(SandboxSystem system) {
    return load(Path.of("mappings", "systems", system.id() + ".yaml"));
  }

  static Map<String, Object> directory() {
    return load(Path.of("mappings", "directory", "council.yaml"));
  }

  /** A value at a path of keys, for example {@code at(file, "source", "notesQuery")}. */
  @SuppressWarnings("unchecked")
  static <T> T at(Map<String, Object> file, String... keys) {
    Object value = file;
    for (String key : keys) {
      value = ((Map<String, Object>) value).get(key);
    }
    return (T) value;
  }

  /** A Camel SQL query ({@code :#name}) as Spring's named-parameter SQL ({@code :name}). */
  static String namedParameters(String camelSql) {
    return camelSql.replace(":#", ":");
  }

  /** A write-back template with its {@code {{name}}} values filled in. */
  static String fill(String template, Map<String, String> values) {
    Matcher m = TEMPLATE_VALUE.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalArgumentException("no test value for {{" + m.group(1) + "}}");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    return m.appendTail(out).toString();
  }

  /** The teams the directory names, area by area. */
  @SuppressWarnings("unchecked")
  static List<String> directoryTeams() {
    List<Map<String, Object>> areas = at(directory(), "areas");
    return areas.stream()
        .flatMap(a -> ((List<String>) a.getOrDefault("teams", List.of())).stream())
        .toList();
  }

  private static Map<String, Object> load(Path file) {
    try (Reader reader = Files.newBufferedReader(file)) {
      return new Yaml().load(reader);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
  }
}

package uk.irodispute.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import uk.irodispute.systems.SystemDefinition;
import uk.irodispute.systems.WriteBack;

/**
 * The write-back, case link and protocol of a shipped system file, taken as the file has them, in a
 * minimal hand-built {@link SystemDefinition}. Not a system file loader: only the fields the
 * planner reads, with {@code ${NAME:default}} placeholders given their defaults.
 */
final class ShippedSystemFiles {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^${}:]+)(?::([^${}]*))?}");

  private ShippedSystemFiles() {}

  @SuppressWarnings("unchecked")
  static SystemDefinition load(String id) {
    Map<String, Object> file;
    try {
      file =
          new Yaml(new SafeConstructor(new LoaderOptions()))
              .load(Files.readString(Path.of("mappings/systems/" + id + ".yaml")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Object> w = (Map<String, Object>) file.get("writeBack");
    WriteBack writeBack =
        switch ((String) w.get("kind")) {
          case "http" ->
              new WriteBack.Http(
                  null,
                  (String) w.get("method"),
                  (String) w.get("path"),
                  (String) w.get("contentType"),
                  (String) w.get("body"),
                  (Map<String, String>) w.getOrDefault("headers", Map.of()));
          case "table" -> new WriteBack.Table(null, null, null, (String) w.get("insert"));
          default -> throw new IllegalArgumentException("write-back kind " + w.get("kind"));
        };
    return DeliveryFixtures.system(
        (String) file.get("id"),
        (String) file.get("protocol"),
        withDefaults((String) file.get("caseLink")),
        writeBack);
  }

  /** {@code ${NAME:default}} as its default, innermost first; {@code server.port} as 8080. */
  private static String withDefaults(String text) {
    String s = text;
    for (Matcher m = PLACEHOLDER.matcher(s); m.find(); m = PLACEHOLDER.matcher(s)) {
      String value = m.group(1).equals("server.port") ? "8080" : m.group(2);
      s = s.substring(0, m.start()) + value + s.substring(m.end());
    }
    return s;
  }
}

package uk.irodispute.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the IT team's configuration files live.
 *
 * @param directory the {@code mappings/} folder: {@code protocols/}, {@code systems/}, {@code
 *     directory/}, {@code calendar/} and {@code messages/} below it
 */
@ConfigurationProperties(prefix = "iro.mappings")
public record MappingsProperties(Path directory) {

  public MappingsProperties {
    directory = directory == null ? Path.of("mappings") : directory;
  }

  /** The council's protocols, one file each. */
  public Path protocols() {
    return directory.resolve("protocols");
  }

  /** The case-system connections, one file each (docs/SYSTEMS.md). */
  public Path systems() {
    return directory.resolve("systems");
  }

  /**
   * The staff directory: who holds each role by team or service area. Named so because {@link
   * #directory()} is the {@code mappings/} folder itself.
   */
  public Path staffDirectory() {
    return directory.resolve("directory");
  }

  /** The council's wording of alerts and notes, over the built-in files (docs/MESSAGES.md). */
  public Path messages() {
    return directory.resolve("messages");
  }

  /** The GOV.UK bank-holidays file, used on top of the holiday library when present. */
  public Path bankHolidays() {
    return directory.resolve("calendar").resolve("bank-holidays.json");
  }
}

package uk.irodispute.config;

import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.irodispute.core.protocol.ProtocolRegistry;
import uk.irodispute.directory.Directory;
import uk.irodispute.directory.ServiceArea;
import uk.irodispute.mappings.DirectoryFileLoader;
import uk.irodispute.mappings.DirectoryRoles;
import uk.irodispute.mappings.Suggestions;

/**
 * Reads the staff directory under {@code mappings/directory/} at start-up. A file with a mistake
 * stops start-up with the file, line and field; a missing or empty folder gives an empty directory,
 * and every directory role is then alerted to the chair and operations as having nobody.
 */
@Configuration
public class DirectoryConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(DirectoryConfiguration.class);

  @Bean
  Directory directory(MappingsProperties mappings, ProtocolRegistry protocols) {
    Directory directory = new DirectoryFileLoader().loadDirectory(mappings.staffDirectory());
    if (directory.isEmpty()) {
      LOG.warn(
          "No staff directory under {}: roles from the directory will be alerted to the chair as"
              + " having nobody",
          mappings.staffDirectory());
      return directory;
    }
    LOG.info(
        "Loaded the staff directory: {} people, {} areas, {} operations address(es)",
        directory.people().size(),
        directory.areas().size(),
        directory.operations().size());
    warnOfRolesWithNobodyByDefault(directory, protocols);
    warnOfRolesNoProtocolUses(directory, protocols);
    return directory;
  }

  /** A role no protocol declares is most likely mistyped, and would never be looked up. */
  private static void warnOfRolesNoProtocolUses(Directory directory, ProtocolRegistry protocols) {
    Set<String> declared = DirectoryRoles.declared(protocols);
    for (ServiceArea area : directory.areas()) {
      for (String role : area.roles().keySet()) {
        if (!declared.contains(role)) {
          LOG.warn(
              "Directory area {} names role '{}', which no protocol declares{}",
              area.id(),
              role,
              Suggestions.didYouMean(role, declared));
        }
      }
    }
  }

  /**
   * A directory role that the default area does not name reaches someone only for cases whose team
   * is in an area that does: worth one line in the log, not a refusal to start.
   */
  private static void warnOfRolesWithNobodyByDefault(
      Directory directory, ProtocolRegistry protocols) {
    Map<String, Set<String>> protocolsByRole =
        DirectoryRoles.withNobodyByDefault(directory, protocols);
    if (!protocolsByRole.isEmpty()) {
      LOG.warn(
          "The directory's default area names nobody for {} (role: protocols); cases outside the"
              + " areas that do will alert the chair and operations instead",
          protocolsByRole);
    }
  }
}

package uk.irodispute.config;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.OriginLookup;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.Resource;
import uk.irodispute.mappings.MappingsCheck.RoleSetting;

/**
 * The roles the adapter's settings name, with the file and line each was set at, for the {@code
 * validate} command to check against the protocols' roles. Today one: the weekly digest's.
 */
final class SettingRoles {

  static final String DIGEST_ROLE = "iro.digest.role";

  private SettingRoles() {}

  /** The settings naming a role, as the environment gives them. */
  static List<RoleSetting> of(ConfigurableEnvironment environment) {
    List<RoleSetting> roles = new ArrayList<>();
    String digest = environment.getProperty(DIGEST_ROLE);
    if (digest != null && !digest.isBlank()) {
      PropertySource<?> source = sourceOf(environment, DIGEST_ROLE);
      Origin origin = source == null ? null : OriginLookup.getOrigin(source, DIGEST_ROLE);
      roles.add(
          new RoleSetting(
              DIGEST_ROLE,
              digest.strip(),
              fileOf(origin, source),
              lineOf(origin),
              "the weekly digest goes to whoever holds this role in the staff directory; set"
                  + " IRO_DIGEST_ROLE to a role the protocol files declare under 'roles'"));
    }
    return roles;
  }

  /** Where the setting's value came from: the first property source that has it. */
  private static PropertySource<?> sourceOf(ConfigurableEnvironment environment, String name) {
    for (PropertySource<?> source : environment.getPropertySources()) {
      if (source.containsProperty(name)) {
        return source;
      }
    }
    return null;
  }

  /** The settings file, else the command line or the source's own description. */
  private static String fileOf(Origin origin, PropertySource<?> source) {
    Origin parent = origin;
    while (parent != null && !(parent instanceof TextResourceOrigin)) {
      parent = parent.getParent();
    }
    if (parent instanceof TextResourceOrigin text && text.getResource() != null) {
      return fileName(text.getResource());
    }
    if (origin != null) {
      return origin.toString();
    }
    return source instanceof CommandLinePropertySource<?> ? "the command line" : source.getName();
  }

  private static String fileName(Resource resource) {
    if (resource.isFile()) {
      try {
        return resource.getFile().getPath();
      } catch (java.io.IOException e) {
        return resource.getDescription();
      }
    }
    return resource.getFilename() != null ? resource.getFilename() : resource.getDescription();
  }

  private static int lineOf(Origin origin) {
    Origin at = origin;
    while (at != null && !(at instanceof TextResourceOrigin)) {
      at = at.getParent();
    }
    return at instanceof TextResourceOrigin text && text.getLocation() != null
        ? text.getLocation().getLine() + 1
        : 0;
  }
}

package uk.irodispute.config;

import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.OriginLookup;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.Resource;

/**
 * Where a setting's value came from, for the {@code validate} command's report: the settings file
 * and line, else the environment, the command line or the property source's own name.
 *
 * @param file the settings file, or where else the value came from
 * @param line its line, from 1; 0 when not from a file
 */
record SettingOrigin(String file, int line) {

  /** Where the environment's value of the setting came from: the first source that has it. */
  static SettingOrigin of(ConfigurableEnvironment environment, String name) {
    PropertySource<?> source = sourceOf(environment, name);
    if (source == null) {
      return new SettingOrigin("the settings", 0);
    }
    Origin origin = OriginLookup.getOrigin(source, name);
    return new SettingOrigin(fileOf(origin, source), lineOf(origin));
  }

  private static PropertySource<?> sourceOf(ConfigurableEnvironment environment, String name) {
    for (PropertySource<?> source : environment.getPropertySources()) {
      if (source.containsProperty(name)) {
        return source;
      }
    }
    return null;
  }

  /** The settings file, else the environment, the command line or the source's description. */
  private static String fileOf(Origin origin, PropertySource<?> source) {
    Origin parent = origin;
    while (parent != null && !(parent instanceof TextResourceOrigin)) {
      parent = parent.getParent();
    }
    if (parent instanceof TextResourceOrigin text && text.getResource() != null) {
      return fileName(text.getResource());
    }
    if (source instanceof SystemEnvironmentPropertySource) {
      return "the environment";
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

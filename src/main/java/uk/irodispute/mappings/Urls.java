package uk.irodispute.mappings;

import java.net.URI;
import java.net.URISyntaxException;

/** Reads base URLs and paths of HTTP sources and write-backs. */
final class Urls {

  private Urls() {}

  /** An http or https URL under {@code key}, without a trailing '/'; a missing one is reported. */
  static String required(EnvironmentValues values, YamlField owner, String key) {
    String url = values.required(owner, key);
    return url == null ? null : checked(owner, key, url);
  }

  /** As {@link #required}, or null when absent. */
  static String optional(EnvironmentValues values, YamlField owner, String key) {
    String url = values.optional(owner, key);
    return url == null ? null : checked(owner, key, url);
  }

  /** A path under {@code key}, starting with '/'; a missing one is reported. */
  static String path(EnvironmentValues values, YamlField owner, String key) {
    String path = values.required(owner, key);
    if (path != null && !path.startsWith("/")) {
      owner.value(key).orElseThrow().problem("a path starts with '/', for example /casenotes");
    }
    return path;
  }

  private static String checked(YamlField owner, String key, String url) {
    YamlField at = owner.value(key).orElseThrow();
    try {
      URI uri = new URI(url.strip().replaceAll("\\{\\{[^{}]*}}", "x"));
      String scheme = uri.getScheme();
      if (scheme == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          || uri.getHost() == null) {
        at.problem(notUrl(at));
      }
    } catch (URISyntaxException e) {
      at.problem(notUrl(at));
    }
    String stripped = url.strip();
    return stripped.endsWith("/") ? stripped.substring(0, stripped.length() - 1) : stripped;
  }

  /** Names the raw text, never the filled-in one. */
  private static String notUrl(YamlField at) {
    return at.quoted()
        + " is not an http or https URL"
        + at.onceFilled()
        + ", for example https://lcs.example.gov.uk/api";
  }
}

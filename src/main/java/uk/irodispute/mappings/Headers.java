package uk.irodispute.mappings;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads extra request headers: never credentials, which go in {@code auth}. */
final class Headers {

  private static final Set<String> CREDENTIALS =
      Set.of("authorization", "proxy-authorization", "cookie", "x-api-key");

  private Headers() {}

  static Map<String, String> read(EnvironmentValues values, YamlField owner, String key) {
    Map<String, String> headers = new LinkedHashMap<>();
    owner
        .optionalObject(key)
        .ifPresent(
            o -> {
              o.rejectUnknownKeys(o.keys());
              for (String name : o.keys()) {
                YamlField at = o.field(name).orElseThrow();
                if (CREDENTIALS.contains(name.toLowerCase(Locale.ROOT))) {
                  at.problem(
                      "header '"
                          + name
                          + "' carries credentials: give them under 'auth', whose secrets come"
                          + " from the environment");
                  continue;
                }
                String text = values.optional(o, name, "");
                headers.put(name, text == null ? "" : text);
              }
            });
    return headers;
  }
}

package uk.irodispute.mappings;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import uk.irodispute.systems.Auth;

/** Reads the {@code auth} object of a system file. Every secret comes from the environment. */
final class AuthReader {

  /** How the file names the kinds of authentication. */
  enum AuthKind {
    NONE,
    BASIC,
    BEARER_TOKEN,
    OAUTH2_CLIENT_CREDENTIALS
  }

  static final Map<AuthKind, Set<String>> FIELDS =
      Map.of(
          AuthKind.NONE, Set.of("kind"),
          AuthKind.BASIC, Set.of("kind", "username", "password"),
          AuthKind.BEARER_TOKEN, Set.of("kind", "token"),
          AuthKind.OAUTH2_CLIENT_CREDENTIALS,
              Set.of("kind", "tokenUrl", "clientId", "clientSecret", "scope", "refreshBefore"));

  static final Duration DEFAULT_REFRESH_BEFORE = Duration.ofSeconds(60);

  private final EnvironmentValues values;

  AuthReader(EnvironmentValues values) {
    this.values = values;
  }

  /** The authentication; {@code none} when the file has no {@code auth}. */
  Auth read(YamlField root) {
    var object = root.optionalObject("auth");
    if (object.isEmpty()) {
      return new Auth.None();
    }
    YamlField f = object.get();
    AuthKind kind = f.requiredEnum("kind", AuthKind.class);
    if (kind == null) {
      Set<String> all = new LinkedHashSet<>();
      FIELDS.values().forEach(all::addAll);
      f.rejectUnknownKeys(all);
      return null;
    }
    rejectOtherKindsFields(f, kind);
    return switch (kind) {
      case NONE -> new Auth.None();
      case BASIC ->
          new Auth.Basic(values.required(f, "username"), values.secret(f, "password", true));
      case BEARER_TOKEN -> new Auth.BearerToken(values.secret(f, "token", true));
      case OAUTH2_CLIENT_CREDENTIALS ->
          new Auth.OAuth2ClientCredentials(
              Urls.required(values, f, "tokenUrl"),
              values.required(f, "clientId"),
              values.secret(f, "clientSecret", true),
              values.optional(f, "scope"),
              Durations.optional(f, "refreshBefore", DEFAULT_REFRESH_BEFORE));
    };
  }

  private static void rejectOtherKindsFields(YamlField f, AuthKind kind) {
    Set<String> own = FIELDS.get(kind);
    Set<String> all = new LinkedHashSet<>();
    FIELDS.values().forEach(all::addAll);
    for (String key : f.keys()) {
      if (all.contains(key) && !own.contains(key)) {
        f.field(key)
            .orElseThrow()
            .problem(
                "'" + key + "' is not used by " + YamlField.fileName(kind) + " authentication");
      }
    }
    Set<String> allowed = new LinkedHashSet<>(all);
    f.rejectUnknownKeys(allowed);
  }
}

package uk.irodispute.connections;

import java.util.ArrayList;
import java.util.List;
import uk.irodispute.systems.Auth;
import uk.irodispute.systems.Secret;
import uk.irodispute.systems.Source;
import uk.irodispute.systems.SystemDefinition;
import uk.irodispute.systems.WriteBack;

/**
 * The secret values a system's connections use, in each form they travel in: the passwords, secret
 * and token of its file, and the Authorization values made from them. The adapter's redaction
 * learns them all at start-up.
 */
public final class SystemSecrets {

  private SystemSecrets() {}

  /** The system's secrets and their encoded forms; empty values are left out. */
  public static List<String> of(SystemDefinition system) {
    List<String> secrets = new ArrayList<>();
    Auth auth = system.auth();
    if (auth instanceof Auth.Basic basic && present(basic.password())) {
      secrets.add(basic.password().value());
      secrets.add(AuthHeaders.basicCredentials(basic.username(), basic.password().value()));
    } else if (auth instanceof Auth.BearerToken bearer && present(bearer.token())) {
      secrets.add(bearer.token().value());
    } else if (auth instanceof Auth.OAuth2ClientCredentials oauth
        && present(oauth.clientSecret())) {
      secrets.add(oauth.clientSecret().value());
      secrets.add(OAuth2Tokens.clientCredentials(oauth));
    }
    if (system.source() instanceof Source.Sql sql && present(sql.password())) {
      secrets.add(sql.password().value());
    }
    if (system.writeBack() instanceof WriteBack.Table table && present(table.password())) {
      secrets.add(table.password().value());
    }
    return secrets;
  }

  private static boolean present(Secret secret) {
    return secret != null && secret.value() != null && !secret.value().isEmpty();
  }
}

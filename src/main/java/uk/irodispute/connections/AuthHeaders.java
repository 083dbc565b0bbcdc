package uk.irodispute.connections;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import uk.irodispute.systems.Auth;

/** The Authorization header a system's requests carry, from its {@code auth} section. */
public class AuthHeaders {

  private final OAuth2Tokens tokens;

  public AuthHeaders(OAuth2Tokens tokens) {
    this.tokens = tokens;
  }

  /** The header's value, or empty for a system without authentication. */
  public Optional<String> authorization(String systemId, Auth auth) {
    if (auth instanceof Auth.Basic basic) {
      return Optional.of("Basic " + basicCredentials(basic.username(), basic.password().value()));
    }
    if (auth instanceof Auth.BearerToken bearer) {
      return Optional.of("Bearer " + bearer.token().value());
    }
    if (auth instanceof Auth.OAuth2ClientCredentials oauth) {
      return Optional.of("Bearer " + tokens.token(systemId, oauth));
    }
    return Optional.empty();
  }

  /** The Base64 of {@code user:password}, as HTTP Basic sends it. */
  static String basicCredentials(String user, String password) {
    String pair = user + ":" + password;
    return Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  /** After a 401: the next request fetches a new token. */
  public void refused(String systemId) {
    tokens.forget(systemId);
  }
}

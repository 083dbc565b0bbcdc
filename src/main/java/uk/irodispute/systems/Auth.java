package uk.irodispute.systems;

import java.time.Duration;

/** How requests to a case system authenticate. Every secret comes from the environment. */
public sealed interface Auth {

  /** No authentication (a loopback or a network-level trust). */
  record None() implements Auth {}

  /** HTTP Basic. */
  record Basic(String username, Secret password) implements Auth {}

  /** A fixed bearer token. */
  record BearerToken(Secret token) implements Auth {}

  /**
   * OAuth2 client credentials: a token is fetched, cached and fetched again before it expires.
   *
   * @param tokenUrl the token endpoint
   * @param clientId the client id
   * @param clientSecret the client secret
   * @param scope the scope asked for; may be null
   * @param refreshBefore how long before expiry a new token is fetched
   */
  record OAuth2ClientCredentials(
      String tokenUrl, String clientId, Secret clientSecret, String scope, Duration refreshBefore)
      implements Auth {}
}

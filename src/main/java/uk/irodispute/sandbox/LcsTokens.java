package uk.irodispute.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sandbox JSON API's OAuth2 client-credentials tokens: issued to the one client it knows, valid
 * for a lifetime on the adapter's clock.
 */
final class LcsTokens {

  /**
   * A token issued.
   *
   * @param value the bearer token
   * @param lifetime how long it lasts
   */
  record Issued(String value, Duration lifetime) {

    @Override
    public String toString() {
      return "Issued[******, " + lifetime + "]";
    }
  }

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Instant> expiries = new ConcurrentHashMap<>();
  private final Clock clock;
  private final String clientId;
  private final byte[] clientSecret;
  private final Duration lifetime;

  LcsTokens(Clock clock, String clientId, String clientSecret, Duration lifetime) {
    if (clientSecret == null || clientSecret.isEmpty()) {
      throw new IllegalStateException(
          "The sandbox JSON API needs a client secret: set LCS_CLIENT_SECRET");
    }
    this.clock = clock;
    this.clientId = clientId;
    this.clientSecret = clientSecret.getBytes(StandardCharsets.UTF_8);
    this.lifetime = lifetime;
  }

  /** A new token for the right client and secret; empty for anything else. */
  Optional<Issued> issue(String id, String secret) {
    if (id == null || secret == null || !clientId.equals(id) || !matches(secret)) {
      return Optional.empty();
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    expiries.put(token, clock.instant().plus(lifetime));
    return Optional.of(new Issued(token, lifetime));
  }

  /** Whether a token was issued here and has not expired or been revoked. */
  boolean valid(String token) {
    Instant expiry = token == null ? null : expiries.get(token);
    return expiry != null && clock.instant().isBefore(expiry);
  }

  /** Every token issued so far stops working, as after a restart of the vendor's system. */
  void revokeAll() {
    expiries.clear();
  }

  private boolean matches(String secret) {
    return MessageDigest.isEqual(clientSecret, secret.getBytes(StandardCharsets.UTF_8));
  }
}

package uk.irodispute.connections;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import uk.irodispute.privacy.FailureWords;
import uk.irodispute.privacy.Redaction;
import uk.irodispute.systems.Auth;

/**
 * OAuth2 client-credentials tokens, one per system, cached until shortly before they expire and
 * fetched again after a 401. The client secret goes to the token endpoint only, in the
 * Authorization header, and is never logged; each token fetched is handed to the {@link Redaction}
 * before it is used, so no error text can carry it either.
 */
public class OAuth2Tokens {

  private static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);

  private final HttpClient http;
  private final ObjectMapper json;
  private final Clock clock;
  private final Redaction redaction;
  private final Map<String, Token> cache = new ConcurrentHashMap<>();

  public OAuth2Tokens(HttpClient http, ObjectMapper json, Clock clock, Redaction redaction) {
    this.http = http;
    this.json = json;
    this.clock = clock;
    this.redaction = redaction;
  }

  /** A valid access token for the system, fetching one when none is cached or it is expiring. */
  public String token(String systemId, Auth.OAuth2ClientCredentials auth) {
    Instant now = clock.instant();
    Token cached = cache.get(systemId);
    if (cached != null && now.isBefore(cached.expiresAt().minus(auth.refreshBefore()))) {
      return cached.value();
    }
    Token fresh = fetch(auth, now);
    cache.put(systemId, fresh);
    return fresh.value();
  }

  /** Forgets the system's token, after the API refused it. */
  public void forget(String systemId) {
    cache.remove(systemId);
  }

  /** The Base64 of the URL-encoded {@code clientId:clientSecret}, as the token request sends it. */
  static String clientCredentials(Auth.OAuth2ClientCredentials auth) {
    String pair =
        URLEncoder.encode(auth.clientId(), StandardCharsets.UTF_8)
            + ":"
            + URLEncoder.encode(auth.clientSecret().value(), StandardCharsets.UTF_8);
    return Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  private Token fetch(Auth.OAuth2ClientCredentials auth, Instant now) {
    String form = "grant_type=client_credentials";
    if (auth.scope() != null) {
      form += "&scope=" + URLEncoder.encode(auth.scope(), StandardCharsets.UTF_8);
    }
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(auth.tokenUrl()))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .header("Authorization", "Basic " + clientCredentials(auth))
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new SourceUnavailableException(
          "the token endpoint did not answer: "
              + FailureWords.of(e).orElse("the connection failed")
              + FailureWords.DETAIL
              + FailureWords.detail(e),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SourceUnavailableException("interrupted while fetching a token", e);
    }
    if (response.statusCode() != 200) {
      throw new SourceUnavailableException(
          "the token endpoint answered HTTP " + response.statusCode(), null);
    }
    try {
      JsonNode body = json.readTree(response.body());
      String value = body.path("access_token").asText(null);
      if (value == null || value.isBlank()) {
        throw new SourceUnavailableException("the token endpoint gave no access_token", null);
      }
      redaction.register(value);
      long seconds = body.path("expires_in").asLong(DEFAULT_LIFETIME.toSeconds());
      return new Token(value, now.plusSeconds(seconds));
    } catch (IOException e) {
      throw new SourceUnavailableException("the token endpoint's answer is not JSON", e);
    }
  }

  private record Token(String value, Instant expiresAt) {
    @Override
    public String toString() {
      return "Token[expires " + expiresAt + "]";
    }
  }
}

package uk.irodispute.connections;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.irodispute.privacy.Redaction;
import uk.irodispute.systems.Auth;
import uk.irodispute.systems.Secret;
import uk.irodispute.testing.MutableClock;

/** A token endpoint that does not answer is reported in words, its exception only as detail. */
class OAuth2TokensTest {

  @Test
  void aTokenEndpointThatRefusesTheConnectionIsSaidInWords() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    var tokens =
        new OAuth2Tokens(
            HttpClient.newHttpClient(),
            null,
            new MutableClock(Instant.parse("2026-11-16T10:00:00Z")),
            new Redaction());
    var auth =
        new Auth.OAuth2ClientCredentials(
            "http://127.0.0.1:" + closedPort + "/token",
            "adapter",
            new Secret("client-secret-1"),
            null,
            Duration.ofMinutes(1));

    assertThatThrownBy(() -> tokens.token("lcs-api", auth))
        .isInstanceOf(SourceUnavailableException.class)
        .hasMessage(
            "the token endpoint did not answer: the target refused the connection"
                + " — detail: ConnectException");
  }
}

package uk.irodispute.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.irodispute.connections.OAuth2Tokens;
import uk.irodispute.connections.SourceUnavailableException;
import uk.irodispute.privacy.Redaction;
import uk.irodispute.systems.Auth;
import uk.irodispute.systems.Secret;
import uk.irodispute.testing.HttpsTestServer;
import uk.irodispute.testing.SelfSignedCertificates;
import uk.irodispute.tls.CouncilTrust;
import uk.irodispute.tls.TlsSettings;

/**
 * HTTPS with certificate checks on: a case system presenting a certificate no authority vouches for
 * (here, self-signed) is refused by the write-back client and the token client alike, and accepted
 * once the council's trust store holds it; a trusted certificate for another host name is still
 * refused.
 */
class HttpsCertificateChecksTest {

  /** The endpoint deliver.yaml writes back with; the target comes in the CamelHttpUri header. */
  private static final String WRITE_BACK =
      "http://write-back?throwExceptionOnFailure=true&connectTimeout=30000"
          + "&responseTimeout=60000&connectionRequestTimeout=30000";

  @TempDir static Path folder;
  private static SelfSignedCertificates forLoopback;
  private static SelfSignedCertificates forAnotherHost;
  private static HttpsTestServer caseSystem;
  private static HttpsTestServer misnamedCaseSystem;

  @BeforeAll
  static void servers() throws Exception {
    forLoopback =
        SelfSignedCertificates.in(
            Files.createDirectories(folder.resolve("loopback")), "dns:localhost,ip:127.0.0.1");
    forAnotherHost =
        SelfSignedCertificates.in(
            Files.createDirectories(folder.resolve("other")), "dns:lcs.other-council.example");
    caseSystem = new HttpsTestServer(forLoopback);
    misnamedCaseSystem = new HttpsTestServer(forAnotherHost);
  }

  @AfterAll
  static void stop() {
    caseSystem.close();
    misnamedCaseSystem.close();
  }

  @Test
  void aWriteBackToASelfSignedServerIsRefusedWithACertificateErrorByDefault() throws Exception {
    Throwable refused = writeBack(runtimeAuthoritiesOnly(), caseSystem);

    assertThat(refused).hasRootCauseInstanceOf(java.security.cert.CertPathBuilderException.class);
    assertThat(causeOfType(refused, SSLHandshakeException.class)).isNotNull();
  }

  @Test
  void aWriteBackIsAcceptedWhenTheCouncilTrustStoreHoldsTheCertificate() throws Exception {
    assertThat(writeBack(trusting(forLoopback), caseSystem)).isNull();
  }

  @Test
  void aTrustedCertificateNamingAnotherHostIsStillRefused() throws Exception {
    Throwable refused = writeBack(trusting(forAnotherHost), misnamedCaseSystem);

    assertThat(causeOfType(refused, SSLPeerUnverifiedException.class))
        .as("refused for its name, not its issuer")
        .isNotNull()
        .hasMessageContaining("Certificate for <127.0.0.1> doesn't match");
  }

  @Test
  void aTokenRequestChecksCertificatesTheSameWay() {
    Auth.OAuth2ClientCredentials auth =
        new Auth.OAuth2ClientCredentials(
            caseSystem.url() + "/oauth/token",
            "iro-dispute-adapter",
            new Secret("invented-client-secret"),
            null,
            Duration.ofSeconds(60));

    Throwable refused = catchThrowable(() -> tokens(runtimeAuthoritiesOnly()).token("s", auth));
    assertThat(refused).isInstanceOf(SourceUnavailableException.class);
    assertThat(causeOfType(refused, SSLHandshakeException.class)).isNotNull();

    assertThat(tokens(trusting(forLoopback)).token("s", auth)).isEqualTo("invented-token-value");
  }

  @Test
  void aTrustStoreThatCannotBeReadStopsStartUpWithoutQuotingItsPassword() {
    Throwable failure =
        catchThrowable(
            () ->
                CouncilTrust.of(
                    new TlsSettings(forLoopback.trustStore(), "not-the-password", "PKCS12")));

    assertThat(failure)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("iro.tls.trust-store")
        .hasMessageContaining("trust.p12")
        .hasMessageNotContaining("not-the-password");
  }

  private static CouncilTrust runtimeAuthoritiesOnly() {
    return CouncilTrust.of(new TlsSettings(null, null, "PKCS12"));
  }

  private static CouncilTrust trusting(SelfSignedCertificates certificates) {
    return CouncilTrust.of(
        new TlsSettings(
            certificates.trustStore(), SelfSignedCertificates.TRUST_PASSWORD, "PKCS12"));
  }

  /** A write-back as the deliver route makes it, with the component as the adapter builds it. */
  private static Throwable writeBack(CouncilTrust trust, HttpsTestServer target) throws Exception {
    try (CamelContext camel = new DefaultCamelContext()) {
      camel.addComponent("http", new IntegrationConfiguration().http(trust));
      camel.start();
      Exchange sent =
          camel
              .createProducerTemplate()
              .request(
                  WRITE_BACK,
                  e -> {
                    e.getIn()
                        .setHeaders(
                            Map.of(
                                Exchange.HTTP_URI,
                                target.url() + "/episodes/EP-7001/outcomes",
                                Exchange.HTTP_METHOD,
                                "POST"));
                    e.getIn().setBody("<episodeOutcome/>");
                  });
      return sent.getException();
    }
  }

  private static OAuth2Tokens tokens(CouncilTrust trust) {
    return new IntegrationConfiguration()
        .oAuth2Tokens(new ObjectMapper(), Clock.systemUTC(), trust, new Redaction());
  }

  private static Throwable causeOfType(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return t;
      }
    }
    return null;
  }
}

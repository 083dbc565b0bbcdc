package uk.irodispute.sending;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.DummySSLServerSocketFactory;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import javax.net.ssl.SSLHandshakeException;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.irodispute.testing.SelfSignedCertificates;
import uk.irodispute.tls.CouncilTrust;
import uk.irodispute.tls.TlsSettings;

/**
 * Alerts over TLS with the certificate checked: an SMTPS server with a self-signed certificate is
 * refused by default and accepted once the council's trust store holds it; with STARTTLS on, a
 * server that cannot upgrade the connection is refused rather than sent to in clear.
 */
class MailTlsTest {

  @TempDir static Path folder;
  private static SelfSignedCertificates certificates;
  private GreenMail server;

  /**
   * GreenMail's SMTPS takes its key from these system properties when it first opens a TLS socket
   * in this JVM; no other test opens one.
   */
  @BeforeAll
  static void serverCertificate() {
    certificates = SelfSignedCertificates.in(folder, "dns:localhost,ip:127.0.0.1");
    System.setProperty(
        DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_FILE_PROPERTY,
        certificates.serverKeyStore().toString());
    System.setProperty(
        DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_PASSWORD_PROPERTY,
        SelfSignedCertificates.SERVER_PASSWORD);
    System.setProperty(
        DummySSLServerSocketFactory.GREENMAIL_KEY_PASSWORD_PROPERTY,
        SelfSignedCertificates.SERVER_PASSWORD);
  }

  @AfterAll
  static void forgetCertificate() {
    System.clearProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_FILE_PROPERTY);
    System.clearProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_PASSWORD_PROPERTY);
    System.clearProperty(DummySSLServerSocketFactory.GREENMAIL_KEY_PASSWORD_PROPERTY);
  }

  @AfterEach
  void stopServer() {
    server.stop();
  }

  @Test
  void anSmtpsServerWithASelfSignedCertificateIsRefusedByDefault() throws Exception {
    server = started(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS));

    Exception refused = send(settings(true, false), CouncilTrust.of(noTrustStore()));

    assertThat(refused).isNotNull();
    assertThat(causeOfType(refused, SSLHandshakeException.class)).isNotNull();
    assertThat(server.getReceivedMessages()).isEmpty();
  }

  @Test
  void anSmtpsServerIsAcceptedWhenTheCouncilTrustStoreHoldsItsCertificate() throws Exception {
    server = started(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS));
    CouncilTrust trust =
        CouncilTrust.of(
            new TlsSettings(
                certificates.trustStore(), SelfSignedCertificates.TRUST_PASSWORD, "PKCS12"));

    assertThat(send(settings(true, false), trust)).isNull();
    assertThat(server.getReceivedMessages()).hasSize(1);
  }

  @Test
  void withStartTlsOnAServerThatCannotUpgradeIsNotSentToInClear() throws Exception {
    server = started(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    Exception refused = send(settings(false, true), CouncilTrust.of(noTrustStore()));

    assertThat(refused).isNotNull();
    assertThat(messages(refused)).contains("STARTTLS");
    assertThat(server.getReceivedMessages()).isEmpty();
  }

  private MailSettings settings(boolean ssl, boolean startTls) {
    return new MailSettings(
        "127.0.0.1",
        server.getSmtps() != null ? server.getSmtps().getPort() : server.getSmtp().getPort(),
        "iro-disputes@council.example",
        "",
        "",
        startTls,
        ssl);
  }

  private static TlsSettings noTrustStore() {
    return new TlsSettings(null, null, "PKCS12");
  }

  private static GreenMail started(ServerSetup setup) {
    GreenMail mail = new GreenMail(setup.dynamicPort());
    mail.start();
    return mail;
  }

  /** One alert through the smtp component as the adapter builds it; the failure, or null. */
  private static Exception send(MailSettings settings, CouncilTrust trust) throws Exception {
    try (CamelContext camel = new DefaultCamelContext()) {
      camel.addComponent("smtp", new MailConfiguration().smtp(settings, trust));
      camel.start();
      Exchange sent =
          camel
              .createProducerTemplate()
              .request(
                  "smtp://" + settings.host() + ":" + settings.port(),
                  e -> {
                    e.getIn().setHeader("To", "alex.marlow@council.example");
                    e.getIn().setHeader("Subject", "Stage 2: DRP-2026-000001");
                    e.getIn().setBody("An invented alert.");
                  });
      return sent.getException();
    }
  }

  private static String messages(Throwable failure) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      all.append(t.getMessage()).append('\n');
    }
    return all.toString();
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

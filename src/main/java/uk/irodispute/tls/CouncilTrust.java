package uk.irodispute.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Collections;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;

/**
 * The certificates the adapter trusts: the Java runtime's certificate authorities, and a council's
 * own CA certificates when {@code iro.tls.trust-store} names a file. Every check stays on: the
 * chain is validated by the runtime's PKIX trust manager and host names are verified by each
 * client; nothing here accepts a certificate the authorities do not vouch for.
 */
public final class CouncilTrust {

  private final SSLContext context;
  private final X509TrustManager trustManager;
  private final int councilCertificates;

  private CouncilTrust(X509TrustManager trustManager, int councilCertificates) {
    this.trustManager = trustManager;
    this.councilCertificates = councilCertificates;
    try {
      this.context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {trustManager}, null);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("TLS is not available in this Java runtime", e);
    }
  }

  /** The trust the settings ask for: the runtime's authorities, and the council's store if any. */
  public static CouncilTrust of(TlsSettings settings) {
    if (settings == null
        || settings.trustStore() == null
        || settings.trustStore().toString().isBlank()) {
      return new CouncilTrust(runtimeTrustManager(), 0);
    }
    KeyStore council = read(settings);
    try {
      KeyStore combined = KeyStore.getInstance(KeyStore.getDefaultType());
      combined.load(null, null);
      int n = 0;
      for (X509Certificate authority : runtimeTrustManager().getAcceptedIssuers()) {
        combined.setCertificateEntry("runtime-" + n++, authority);
      }
      int added = 0;
      for (String alias : Collections.list(council.aliases())) {
        Certificate certificate = council.getCertificate(alias);
        if (certificate != null) {
          combined.setCertificateEntry("council-" + alias, certificate);
          added++;
        }
      }
      if (added == 0) {
        throw new IllegalStateException(
            "iro.tls.trust-store: " + settings.trustStore() + " holds no certificate");
      }
      return new CouncilTrust(trustManager(combined), added);
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("iro.tls.trust-store: could not combine its certificates", e);
    }
  }

  /** Whether a council trust store adds certificates to the runtime's authorities. */
  public boolean hasCouncilCertificates() {
    return councilCertificates > 0;
  }

  /** How many certificates the council's trust store adds. */
  public int councilCertificates() {
    return councilCertificates;
  }

  /** A TLS context with this trust, for the JDK's HTTP client. */
  public SSLContext sslContext() {
    return context;
  }

  /** Its socket factory, for the mail sender. */
  public SSLSocketFactory socketFactory() {
    return context.getSocketFactory();
  }

  /** The same trust as Camel's SSL settings, for the {@code http} component. */
  public SSLContextParameters camelParameters() {
    TrustManagersParameters trust = new TrustManagersParameters();
    trust.setTrustManager(trustManager);
    SSLContextParameters parameters = new SSLContextParameters();
    parameters.setTrustManagers(trust);
    return parameters;
  }

  private static KeyStore read(TlsSettings settings) {
    String password = settings.trustStorePassword();
    try (InputStream in = Files.newInputStream(settings.trustStore())) {
      KeyStore store = KeyStore.getInstance(settings.trustStoreType());
      store.load(in, password == null || password.isEmpty() ? null : password.toCharArray());
      return store;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(
          "iro.tls.trust-store: "
              + settings.trustStore()
              + " could not be read as a "
              + settings.trustStoreType()
              + " trust store (is the path, the type or IRO_TLS_TRUST_STORE_PASSWORD wrong?): "
              + e.getClass().getSimpleName());
    }
  }

  private static X509TrustManager runtimeTrustManager() {
    try {
      return trustManager(null);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the Java runtime's trust store could not be read", e);
    }
  }

  private static X509TrustManager trustManager(KeyStore store) throws GeneralSecurityException {
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(store);
    for (TrustManager manager : factory.getTrustManagers()) {
      if (manager instanceof X509TrustManager x509) {
        return x509;
      }
    }
    throw new IllegalStateException("the Java runtime has no X.509 trust manager");
  }
}

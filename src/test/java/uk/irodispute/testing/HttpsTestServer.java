package uk.irodispute.testing;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * An HTTPS server on loopback presenting a test certificate: every request is answered 200 with a
 * small JSON body that is also a valid OAuth2 token answer.
 */
public final class HttpsTestServer implements AutoCloseable {

  /** The body of every answer. */
  public static final String BODY =
      "{\"access_token\":\"invented-token-value\",\"expires_in\":600}";

  private final HttpsServer server;

  public HttpsTestServer(SelfSignedCertificates certificates) {
    try {
      KeyStore keys = KeyStore.getInstance("PKCS12");
      char[] password = SelfSignedCertificates.SERVER_PASSWORD.toCharArray();
      try (InputStream in = Files.newInputStream(certificates.serverKeyStore())) {
        keys.load(in, password);
      }
      KeyManagerFactory factory =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      factory.init(keys, password);
      SSLContext tls = SSLContext.getInstance("TLS");
      tls.init(factory.getKeyManagers(), null, null);
      server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.setHttpsConfigurator(new HttpsConfigurator(tls));
      server.createContext(
          "/",
          exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
          });
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The server's root URL, by IP address. */
  public String url() {
    return "https://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}

package uk.irodispute.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed server certificate made for one test by the JDK's keytool: the server's key store
 * (key and certificate), and a trust store holding only the certificate, as a council's IT team
 * would give the adapter for its own CA.
 *
 * @param serverKeyStore PKCS12 with the key pair under alias {@code server}
 * @param trustStore PKCS12 with the certificate under alias {@code council-ca}
 */
public record SelfSignedCertificates(Path serverKeyStore, Path trustStore) {

  /** The server key store's password (store and key). */
  public static final String SERVER_PASSWORD = "server-store-password";

  /** The trust store's password. */
  public static final String TRUST_PASSWORD = "trust-store-password";

  /**
   * Makes both stores in {@code folder}.
   *
   * @param subjectAlternativeNames keytool's SAN list, for example {@code
   *     dns:localhost,ip:127.0.0.1}
   */
  public static SelfSignedCertificates in(Path folder, String subjectAlternativeNames) {
    Path server = folder.resolve("server.p12");
    Path certificate = folder.resolve("server.cer");
    Path trust = folder.resolve("trust.p12");
    keytool(
        "-genkeypair",
        "-alias",
        "server",
        "-keyalg",
        "RSA",
        "-keysize",
        "2048",
        "-validity",
        "2",
        "-dname",
        "CN=Invented Council Test Server",
        "-ext",
        "SAN=" + subjectAlternativeNames,
        "-keystore",
        server.toString(),
        "-storetype",
        "PKCS12",
        "-storepass",
        SERVER_PASSWORD,
        "-keypass",
        SERVER_PASSWORD);
    keytool(
        "-exportcert",
        "-rfc",
        "-alias",
        "server",
        "-keystore",
        server.toString(),
        "-storepass",
        SERVER_PASSWORD,
        "-file",
        certificate.toString());
    keytool(
        "-importcert",
        "-noprompt",
        "-alias",
        "council-ca",
        "-file",
        certificate.toString(),
        "-keystore",
        trust.toString(),
        "-storetype",
        "PKCS12",
        "-storepass",
        TRUST_PASSWORD);
    return new SelfSignedCertificates(server, trust);
  }

  private static void keytool(String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(arguments));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes());
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException("keytool " + arguments[0] + " failed: " + output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

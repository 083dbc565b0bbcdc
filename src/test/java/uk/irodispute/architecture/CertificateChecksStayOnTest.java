package uk.irodispute.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

/**
 * No code or configuration turns certificate checks off: no trust manager or host-name verifier of
 * the adapter's own (which is how "trust all" is written), none of the libraries' trust-all
 * helpers, and no setting in routes, mappings or application files that disables a check.
 */
@AnalyzeClasses(packages = "uk.irodispute", importOptions = ImportOption.DoNotIncludeTests.class)
class CertificateChecksStayOnTest {

  @ArchTest
  static final ArchRule noOwnTrustManagerOrHostNameVerifier =
      noClasses()
          .should()
          .implement(X509TrustManager.class)
          .orShould()
          .implement(HostnameVerifier.class)
          .because("certificates are checked by the Java runtime's PKIX trust manager only");

  @ArchTest
  static final ArchRule noTrustAllHelpers =
      noClasses()
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("org.apache.hc.client5.http.ssl.NoopHostnameVerifier")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("org.apache.hc.client5.http.ssl.TrustAllStrategy")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("org.apache.hc.client5.http.ssl.TrustSelfSignedStrategy")
          .orShould()
          .dependOnClassesThat()
          .haveSimpleName("DummySSLSocketFactory")
          .because("no connection may accept a certificate no authority vouches for");

  private static final List<String> SWITCHES_THAT_TURN_CHECKS_OFF =
      List.of(
          "x509hostnameverifier",
          "noophostnameverifier",
          "trustall",
          "mail.smtp.ssl.trust",
          "checkserveridentity=false",
          "checkserveridentity: false",
          "sslmode=disable",
          "sslmode=allow",
          "sslmode=prefer",
          "nonvalidatingfactory",
          "disablehostnameverification");

  @Test
  void noRouteMappingOrApplicationFileTurnsACheckOff() throws IOException {
    for (Path folder :
        List.of(Path.of("routes"), Path.of("mappings"), Path.of("src/main/resources"))) {
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          String text = Files.readString(file).toLowerCase(Locale.ROOT);
          for (String off : SWITCHES_THAT_TURN_CHECKS_OFF) {
            assertThat(text).as(file + " must not use " + off).doesNotContain(off);
          }
        }
      }
    }
  }
}

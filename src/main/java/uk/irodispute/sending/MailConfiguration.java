package uk.irodispute.sending;

import java.util.Properties;
import org.apache.camel.component.mail.MailComponent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.irodispute.tls.CouncilTrust;

/**
 * The {@code smtp} Camel component, set up from {@link MailSettings}, so routes address it as
 * {@code smtp://host:port} and the password never appears in an endpoint URI or a log. TLS is
 * checked: with STARTTLS on, a server that cannot upgrade is refused rather than sent to in clear;
 * over TLS (STARTTLS or SMTPS) the server's certificate must chain to a trusted authority (the
 * runtime's, or the council's trust store) and name the host.
 */
@Configuration
@EnableConfigurationProperties(MailSettings.class)
public class MailConfiguration {

  @Bean("smtp")
  MailComponent smtp(MailSettings settings, CouncilTrust trust) {
    MailStreams.nameTheProvider();
    var config = new org.apache.camel.component.mail.MailConfiguration();
    config.setHost(settings.host());
    config.setPort(settings.port());
    config.setFrom(settings.from());
    if (settings.username() != null && !settings.username().isBlank()) {
      config.setUsername(settings.username());
      config.setPassword(settings.password());
    }
    config.setConnectionTimeout(30_000);
    Properties javaMail = new Properties();
    javaMail.setProperty("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
    javaMail.setProperty("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
    javaMail.setProperty("mail.smtp.ssl.enable", Boolean.toString(settings.ssl()));
    javaMail.setProperty("mail.smtp.ssl.checkserveridentity", "true");
    if (trust.hasCouncilCertificates()) {
      javaMail.put("mail.smtp.ssl.socketFactory", trust.socketFactory());
    }
    javaMail.setProperty("mail.smtp.timeout", "30000");
    javaMail.setProperty("mail.smtp.writetimeout", "30000");
    config.setAdditionalJavaMailProperties(javaMail);
    var component = new MailComponent();
    component.setConfiguration(config);
    return component;
  }
}

package uk.irodispute.sending;

import java.util.Properties;
import org.apache.camel.component.mail.MailComponent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code smtp} Camel component, set up from {@link MailSettings}, so routes address it as
 * {@code smtp://host:port} and the password never appears in an endpoint URI or a log.
 */
@Configuration
@EnableConfigurationProperties(MailSettings.class)
public class MailConfiguration {

  @Bean("smtp")
  MailComponent smtp(MailSettings settings) {
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
    javaMail.setProperty("mail.smtp.timeout", "30000");
    javaMail.setProperty("mail.smtp.writetimeout", "30000");
    config.setAdditionalJavaMailProperties(javaMail);
    var component = new MailComponent();
    component.setConfiguration(config);
    return component;
  }
}

package uk.irodispute.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import uk.irodispute.connections.SystemSecrets;
import uk.irodispute.privacy.FailureText;
import uk.irodispute.privacy.Pseudonyms;
import uk.irodispute.privacy.Redaction;
import uk.irodispute.sending.MailSettings;
import uk.irodispute.systems.SystemDefinition;
import uk.irodispute.systems.SystemRegistry;
import uk.irodispute.tls.TlsSettings;

/**
 * What keeps secrets and children's data out of the adapter's own text: the redaction, which learns
 * every secret resolved at start-up (each system's, the SMTP, database and trust-store passwords,
 * the pseudonym key) and each OAuth2 token as it is fetched; the failure descriptions built on it;
 * and the pseudonyms log lines use for children.
 */
@Configuration
public class DataProtectionConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(DataProtectionConfiguration.class);

  @Bean
  Redaction redaction(
      SystemRegistry systems, MailSettings mail, TlsSettings tls, Environment environment) {
    Redaction redaction = new Redaction();
    for (SystemDefinition system : systems.all()) {
      SystemSecrets.of(system).forEach(redaction::register);
    }
    redaction.register(mail.password());
    redaction.register(tls.trustStorePassword());
    redaction.register(environment.getProperty("spring.datasource.password"));
    redaction.register(environment.getProperty("iro.answers.password"));
    return redaction;
  }

  @Bean
  FailureText failureText(Redaction redaction) {
    return new FailureText(redaction);
  }

  @Bean
  Pseudonyms pseudonyms(@Value("${iro.privacy.pseudonym-key:}") String key, Redaction redaction) {
    if (key.isEmpty()) {
      LOG.info(
          "No IRO_PSEUDONYM_KEY: children's pseudonyms in the log use a key of this run and will"
              + " not match across restarts or nodes");
      return Pseudonyms.withRandomKey();
    }
    redaction.register(key);
    return Pseudonyms.withKey(key);
  }
}

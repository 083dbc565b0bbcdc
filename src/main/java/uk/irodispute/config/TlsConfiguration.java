package uk.irodispute.config;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.irodispute.tls.CouncilTrust;
import uk.irodispute.tls.DatabaseTls;
import uk.irodispute.tls.TlsSettings;

/**
 * Certificate checks on every connection: the trust for HTTPS and SMTP (the runtime's authorities
 * and the council's trust store), and {@code sslmode=verify-full} on the adapter's own PostgreSQL
 * database when its URL sets no mode and names another machine.
 */
@Configuration
@EnableConfigurationProperties(TlsSettings.class)
public class TlsConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(TlsConfiguration.class);

  @Bean
  CouncilTrust councilTrust(TlsSettings settings) {
    CouncilTrust trust = CouncilTrust.of(settings);
    if (trust.hasCouncilCertificates()) {
      LOG.info(
          "TLS: trusting the Java runtime's certificate authorities and {} certificate(s) from {}",
          trust.councilCertificates(),
          settings.trustStore());
    }
    return trust;
  }

  /** The adapter's own connection pools (Spring Boot's data source) connect as DatabaseTls says. */
  @Bean
  static BeanPostProcessor databaseTls() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String name) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
          String secured = DatabaseTls.secured(pool.getJdbcUrl());
          if (!secured.equals(pool.getJdbcUrl())) {
            pool.setJdbcUrl(secured);
            LOG.info("Database {}: connecting with sslmode=verify-full", name);
          }
        }
        return bean;
      }
    };
  }
}

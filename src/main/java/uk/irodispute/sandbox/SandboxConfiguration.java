package uk.irodispute.sandbox;

import java.time.Clock;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The sandbox case systems, active only under the {@code sandbox} profile, found by the
 * application's component scan. No adapter package knows them ({@code SandboxBoundaryTest}); the
 * production profile refuses to start beside them ({@code config/ProfileChoice}).
 */
@Configuration
@Profile("sandbox")
@EnableConfigurationProperties(SandboxProperties.class)
class SandboxConfiguration {

  /** Where the SMTP port in use is published, as {@code local.server.port} is for HTTP. */
  static final String SMTP_PORT_PROPERTY = "local.sandbox.smtp.port";

  /** Where the IMAP port taken is published, for {@code iro.answers.url}. */
  static final String IMAP_PORT_PROPERTY = "local.sandbox.imap.port";

  @Bean
  ReportingDatabase sandboxReportingDatabase(SandboxProperties properties) {
    SandboxProperties.LcsReporting db = properties.lcsReporting();
    return new ReportingDatabase(db.jdbcUrl(), db.username(), db.password());
  }

  @Bean
  LcsTokens sandboxLcsTokens(Clock clock, SandboxProperties properties) {
    SandboxProperties.LcsApi api = properties.lcsApi();
    return new LcsTokens(clock, api.clientId(), api.clientSecret(), api.tokenLifetime());
  }

  @Bean
  SandboxCaseSystems sandboxCaseSystems(
      Clock clock, ReportingDatabase database, SandboxProperties properties, LcsTokens tokens) {
    return new SandboxCaseSystems(clock, database, properties.lcsReporting().dropFolder(), tokens);
  }

  @Bean
  SandboxDelays sandboxDelays() {
    return new SandboxDelays();
  }

  @Bean
  FaultAnswers sandboxFaultAnswers(SandboxDelays delays, SandboxProperties properties) {
    return new FaultAnswers(delays, properties.faults().timeOut());
  }

  @Bean(destroyMethod = "close")
  SandboxMailServer sandboxMailServer(
      SandboxProperties properties, ConfigurableEnvironment environment) {
    SandboxMailServer server =
        new SandboxMailServer(
            properties.smtp().host(), properties.smtp().port(), properties.smtp().imapPort());
    environment
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "sandboxSmtp",
                Map.of(SMTP_PORT_PROPERTY, server.port(), IMAP_PORT_PROPERTY, server.imapPort())));
    return server;
  }
}

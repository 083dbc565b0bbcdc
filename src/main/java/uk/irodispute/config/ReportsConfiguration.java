package uk.irodispute.config;

import java.time.Clock;
import java.time.Month;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import uk.irodispute.application.DigestSending;
import uk.irodispute.core.engine.Calendars;
import uk.irodispute.core.protocol.ProtocolRegistry;
import uk.irodispute.delivery.CaseLinks;
import uk.irodispute.delivery.Wording;
import uk.irodispute.directory.Directory;
import uk.irodispute.reports.AnnualReport;
import uk.irodispute.reports.DigestProperties;
import uk.irodispute.reports.DisputeRegister;
import uk.irodispute.reports.OversightDigest;
import uk.irodispute.reports.Reports;
import uk.irodispute.reports.StoredHistories;
import uk.irodispute.store.OutboxQueue;
import uk.irodispute.store.StoreJson;
import uk.irodispute.systems.SystemRegistry;

/**
 * The managers' reports: the register and annual figures the API serves, and {@code
 * oversightDigest}, which {@code routes/reports.yaml} calls to queue the weekly digest (its
 * schedule's cron from {@code oversightDigestSchedule}).
 */
@Configuration
@EnableConfigurationProperties(DigestProperties.class)
public class ReportsConfiguration {

  @Bean
  StoredHistories storedHistories(NamedParameterJdbcTemplate jdbc, StoreJson json) {
    return new StoredHistories(jdbc, json);
  }

  @Bean
  DisputeRegister disputeRegister(
      ProtocolRegistry protocols, Calendars calendars, SystemRegistry systems) {
    return new DisputeRegister(
        protocols,
        calendars,
        subject -> CaseLinks.of(systems.byId(subject.sourceSystem()).orElse(null), subject));
  }

  @Bean
  Reports reports(
      StoredHistories histories,
      DisputeRegister register,
      ProtocolRegistry protocols,
      @Value("${iro.reports.year-start-month:4}") int yearStartMonth,
      Clock clock) {
    return new Reports(
        histories,
        register,
        new AnnualReport(register, protocols),
        Month.of(yearStartMonth),
        clock);
  }

  @Bean
  DigestSending oversightDigest(
      StoredHistories histories,
      DisputeRegister register,
      Directory directory,
      ProtocolRegistry protocols,
      OutboxQueue outbox,
      DigestProperties settings,
      Wording wording,
      Clock clock) {
    return new DigestSending(
        histories,
        new OversightDigest(register, protocols),
        directory,
        protocols,
        outbox::queue,
        settings,
        wording,
        clock);
  }

  /** The digest schedule's cron, for {@code {{bean:oversightDigestSchedule.cron}}}. */
  @Bean
  DigestProperties.Schedule oversightDigestSchedule(DigestProperties settings) {
    return new DigestProperties.Schedule(settings.cron());
  }
}

package uk.irodispute.config;

import java.nio.file.Files;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.irodispute.core.calendar.BankHolidays;
import uk.irodispute.core.calendar.WorkingCalendar;
import uk.irodispute.core.engine.Calendars;
import uk.irodispute.core.engine.EscalationEngine;
import uk.irodispute.core.engine.ScheduleCalculator;
import uk.irodispute.core.protocol.CalendarSettings;
import uk.irodispute.core.protocol.Protocol;
import uk.irodispute.core.protocol.ProtocolRegistry;
import uk.irodispute.holidays.BankHolidaySources;
import uk.irodispute.mappings.ProtocolFileLoader;

/**
 * Builds the dispute core from the files under {@code mappings/}. A protocol file with a mistake
 * stops start-up with the file, line and field.
 */
@Configuration
@EnableConfigurationProperties({MappingsProperties.class, ClockProperties.class})
public class DisputeCoreConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(DisputeCoreConfiguration.class);

  @Bean
  Clock clock(ClockProperties settings) {
    Clock clock = settings.clock(Clock.systemUTC());
    if (clock instanceof AcceleratedClock accelerated) {
      LOG.info("The clock runs {} times real time from {}", accelerated.speed(), clock.instant());
    }
    return clock;
  }

  @Bean
  ProtocolRegistry protocolRegistry(MappingsProperties mappings) {
    var protocols = new ProtocolFileLoader().loadDirectory(mappings.protocols());
    var registry = new ProtocolRegistry(protocols);
    for (Protocol p : registry.latest()) {
      LOG.info(
          "Loaded protocol {} version {} with {} track(s)", p.id(), p.version(), p.tracks().size());
    }
    return registry;
  }

  @Bean
  BankHolidays bankHolidays(MappingsProperties mappings) {
    if (Files.isRegularFile(mappings.bankHolidays())) {
      LOG.info("Bank holidays: {} on top of the holiday library", mappings.bankHolidays());
      return BankHolidaySources.withGovUkFile(mappings.bankHolidays());
    }
    return BankHolidaySources.standard();
  }

  @Bean
  Calendars calendars(BankHolidays bankHolidays) {
    Map<CalendarSettings, WorkingCalendar> cache = new ConcurrentHashMap<>();
    return settings ->
        cache.computeIfAbsent(
            settings,
            s -> new WorkingCalendar(s.region(), s.hours(), s.closureDays(), bankHolidays));
  }

  @Bean
  EscalationEngine escalationEngine(ProtocolRegistry registry, Calendars calendars) {
    return new EscalationEngine(registry, calendars);
  }

  @Bean
  ScheduleCalculator scheduleCalculator(Calendars calendars) {
    return new ScheduleCalculator(calendars);
  }
}

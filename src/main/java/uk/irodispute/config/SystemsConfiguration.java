package uk.irodispute.config;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import uk.irodispute.core.protocol.ProtocolRegistry;
import uk.irodispute.mappings.SystemFileLoader;
import uk.irodispute.systems.SystemDefinition;
import uk.irodispute.systems.SystemRegistry;
import uk.irodispute.systems.mapping.RuleClassifiers;

/**
 * Loads the case-system connections under {@code mappings/systems/} at start-up, filling their
 * {@code ${...}} placeholders from the environment. A file with a mistake, or a secret the
 * environment does not give, stops start-up with the file, line and field.
 */
@Configuration
public class SystemsConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(SystemsConfiguration.class);

  @Bean
  SystemRegistry systemRegistry(
      MappingsProperties mappings, ProtocolRegistry protocols, Environment environment) {
    var loader = new SystemFileLoader(protocols, environment::resolveRequiredPlaceholders);
    var registry = new SystemRegistry(loader.loadDirectory(mappings.systems()));
    for (SystemDefinition s : registry.all()) {
      LOG.info(
          "Loaded system {} ({}) from {}: {} source, protocol {}{}",
          s.id(),
          s.name(),
          s.file().getFileName(),
          s.source().getClass().getSimpleName().toLowerCase(Locale.ROOT),
          s.protocolId(),
          s.enabled() ? "" : ", switched off");
    }
    return registry;
  }

  @Bean
  RuleClassifiers ruleClassifiers(SystemRegistry systems, ProtocolRegistry protocols) {
    return new RuleClassifiers(systems, protocols);
  }
}

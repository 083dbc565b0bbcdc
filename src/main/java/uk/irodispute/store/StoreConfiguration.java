package uk.irodispute.store;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The store's settings; its components are found by component scanning. */
@Configuration
@EnableConfigurationProperties({OutboxProperties.class, RetentionProperties.class})
public class StoreConfiguration {

  @Bean
  NodeName nodeName(@Value("${iro.node-name:}") String configured) {
    return NodeName.of(configured);
  }
}

package uk.irodispute.store;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The store's settings; its components are found by component scanning. */
@Configuration
@EnableConfigurationProperties({OutboxProperties.class, RetentionProperties.class})
public class StoreConfiguration {}

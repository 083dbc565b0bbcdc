package uk.irodispute.sending;

import java.util.concurrent.ExecutorService;
import org.apache.camel.CamelContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The threads a drain of the outbox sends with ({@code outbox-items} in routes/deliver.yaml). A
 * claim takes only the first item waiting for each dispute and channel, so the items of one round
 * never wait for each other and go at once, each on a thread of its own: a slow mail server or case
 * system then costs a round its slowest answer rather than the sum of them.
 */
@Configuration
public class DeliveryThreads {

  @Bean(destroyMethod = "")
  ExecutorService outboxSenders(CamelContext camel, @Value("${iro.outbox.senders:8}") int senders) {
    if (senders < 1) {
      throw new IllegalArgumentException("iro.outbox.senders must be 1 or more");
    }
    return camel.getExecutorServiceManager().newFixedThreadPool(this, "outbox-sender", senders);
  }
}

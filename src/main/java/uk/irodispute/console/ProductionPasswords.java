package uk.irodispute.console;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Outside the sandbox, start-up stops when a console user's password is one of {@link
 * RefusedPasswords}: the sandbox's, whose hashes the repository publishes, or a common one.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!sandbox")
@EnableConfigurationProperties(ConsoleUsers.class)
public class ProductionPasswords {

  private static final Logger LOG = LoggerFactory.getLogger(ProductionPasswords.class);

  /** The check, made once as the context starts; it holds nothing afterwards. */
  public record Checked(int users) {}

  @Bean
  Checked consolePasswordsChecked(ConsoleUsers users) {
    long started = System.nanoTime();
    List<String> problems = RefusedPasswords.shipped().problems(users);
    if (!problems.isEmpty()) {
      throw new IllegalStateException(String.join("; ", problems));
    }
    LOG.info(
        "No console user has a sandbox or common password ({} users checked in {} ms)",
        users.users().size(),
        (System.nanoTime() - started) / 1_000_000);
    return new Checked(users.users().size());
  }
}

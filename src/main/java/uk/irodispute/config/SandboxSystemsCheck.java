package uk.irodispute.config;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import uk.irodispute.systems.Auth;
import uk.irodispute.systems.Source;
import uk.irodispute.systems.SystemDefinition;
import uk.irodispute.systems.SystemRegistry;
import uk.irodispute.systems.WriteBack;

/**
 * In the sandbox, every case system the files describe must be the sandbox's own: HTTP on this
 * machine under {@code /sandbox/}, databases in memory, no write-back by mail. Start-up stops
 * otherwise, before any poll or write-back (issue 18: a sandbox once wrote back to a real case
 * system).
 */
@Configuration
@Profile(ProfileChoice.SANDBOX)
class SandboxSystemsCheck {

  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

  /** Made at start-up; its only work is the check. */
  record Checked(int systems) {}

  @Bean
  Checked sandboxSystemsChecked(SystemRegistry systems) {
    List<String> outside = outside(systems.all());
    if (!outside.isEmpty()) {
      throw new StartRefusedException(
          "The sandbox profile does not start with case systems outside it: "
              + String.join("; ", outside),
          "Leave the case systems' URLs unset to try the sandbox, or choose your installation's"
              + " profile (SPRING_PROFILES_ACTIVE=production) to use them.");
    }
    return new Checked(systems.all().size());
  }

  /** Each enabled system's address that is not the sandbox's, as "system: address". */
  static List<String> outside(List<SystemDefinition> systems) {
    List<String> outside = new ArrayList<>();
    for (SystemDefinition system : systems) {
      if (!system.enabled()) {
        continue;
      }
      List<String> addresses = new ArrayList<>();
      if (system.source() instanceof Source.Http http) {
        addresses.add(http.baseUrl());
      } else if (system.source() instanceof Source.Sql sql) {
        addresses.add(sql.jdbcUrl());
      }
      if (system.auth() instanceof Auth.OAuth2ClientCredentials oauth) {
        addresses.add(oauth.tokenUrl());
      }
      if (system.writeBack() instanceof WriteBack.Http http) {
        addresses.add(http.baseUrl());
      } else if (system.writeBack() instanceof WriteBack.Table table) {
        addresses.add(table.jdbcUrl());
      } else if (system.writeBack() instanceof WriteBack.Mail) {
        addresses.add("mail to a case-system inbox");
      }
      addresses.stream()
          .filter(a -> a != null && !isSandbox(a))
          .distinct()
          .forEach(a -> outside.add(system.id() + ": " + a));
    }
    return outside;
  }

  private static boolean isSandbox(String address) {
    if (address.startsWith("jdbc:")) {
      return address.startsWith("jdbc:h2:mem:");
    }
    try {
      URI uri = URI.create(address);
      return uri.getHost() != null
          && LOOPBACK.contains(uri.getHost())
          && uri.getPath() != null
          && uri.getPath().startsWith("/sandbox/");
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}

package uk.irodispute.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start unless a profile is chosen, and refuses the sandbox against anything real or
 * beside the production profile. Runs once Spring Boot has read the settings, before any bean is
 * made, so nothing is connected to.
 *
 * <p>Issue 18: with no profile the adapter once ran the sandbox silently, with a real database and
 * case systems, its alerts going to the sandbox's own mail server. The sandbox now runs only when
 * it is chosen ({@code mvn spring-boot:run} chooses it), and never with the production database,
 * SMTP host or answers mailbox. The case systems are checked once their files are read ({@link
 * SandboxSystemsCheck}).
 */
public class ProfileChoice implements EnvironmentPostProcessor, Ordered {

  /** The profile of the sandbox case systems. */
  public static final String SANDBOX = "sandbox";

  /** The profile of a council's installation. */
  static final String PRODUCTION = "production";

  /** The setting that lets the sandbox use a database that is not H2 (benchmarks only). */
  static final String ANY_DATABASE = "iro.sandbox.any-database";

  static final String CHOICES =
      "Choose one: SPRING_PROFILES_ACTIVE=production (or --spring.profiles.active=production) for"
          + " a council's installation, with its database, case systems and mail server from the"
          + " environment; or SPRING_PROFILES_ACTIVE=sandbox to try the adapter against its"
          + " invented case systems and mail server (mvn spring-boot:run chooses it). docs/INSTALL.md"
          + " describes both.";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    List<String> profiles = Arrays.asList(environment.getActiveProfiles());
    if (profiles.isEmpty()) {
      throw new StartRefusedException(
          "No profile is chosen, so the adapter does not start.", CHOICES);
    }
    if (profiles.contains(SANDBOX) && profiles.contains(PRODUCTION)) {
      throw new StartRefusedException(
          "The production profile does not start with the sandbox: both are active ("
              + String.join(", ", profiles)
              + ").",
          "Remove sandbox from SPRING_PROFILES_ACTIVE and spring.profiles.include for the"
              + " council's installation, or choose sandbox alone to try the adapter.");
    }
    if (profiles.contains(SANDBOX)) {
      List<String> real = realSettings(environment);
      if (!real.isEmpty()) {
        throw new StartRefusedException(
            "The sandbox profile does not start with real settings: " + String.join("; ", real),
            "Leave these unset to try the sandbox, or choose your installation's profile"
                + " (SPRING_PROFILES_ACTIVE=production) to use them.");
      }
    }
  }

  /** The settings of a real installation found in the sandbox's environment, described. */
  static List<String> realSettings(ConfigurableEnvironment environment) {
    List<String> real = new ArrayList<>();
    String database = environment.getProperty("spring.datasource.url", "");
    if (!database.startsWith("jdbc:h2:")
        && !environment.getProperty(ANY_DATABASE, Boolean.class, false)) {
      real.add("the database is not H2 (" + scheme(database) + ")");
    }
    String smtpHost = environment.getProperty("IRO_SMTP_HOST", "");
    if (!smtpHost.isBlank()) {
      real.add("IRO_SMTP_HOST is set (the sandbox's alerts go to its own mail server)");
    }
    String answersUrl = environment.getProperty("IRO_ANSWERS_URL", "");
    if (!answersUrl.isBlank()) {
      real.add(
          "IRO_ANSWERS_URL is set (the sandbox reads its own answers mailbox; a real one's"
              + " replies would be marked seen and lost to the installation)");
    }
    return real;
  }

  /** The start of a JDBC URL, up to its host: never its user or password. */
  private static String scheme(String url) {
    int second = url.indexOf(':', "jdbc:".length());
    return second < 0 ? "no URL" : url.substring(0, second + 1);
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}

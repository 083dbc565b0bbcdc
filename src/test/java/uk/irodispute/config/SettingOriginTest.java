package uk.irodispute.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Where the validate command says a setting came from, when no file set it. */
class SettingOriginTest {

  @Test
  void aSettingFromAnEnvironmentVariableIsSaidToComeFromTheEnvironment() {
    StandardEnvironment environment = new StandardEnvironment();
    environment
        .getPropertySources()
        .addFirst(
            new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.of("IRO_ANSWERS_URL", "imap://mail.council.example:143")));

    SettingOrigin origin = SettingOrigin.of(environment, "iro.answers.url");

    assertThat(origin).isEqualTo(new SettingOrigin("the environment", 0));
  }
}

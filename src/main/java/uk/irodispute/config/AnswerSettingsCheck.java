package uk.irodispute.config;

import java.util.List;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import uk.irodispute.mappings.ConfigurationProblem;
import uk.irodispute.replies.AnswerSettings;

/**
 * The answers mailbox's settings ({@code iro.answers.*}) checked for the {@code validate} command
 * as start-up checks them: bound to {@link AnswerSettings}, whose constructor refuses what start-up
 * refuses. A problem is reported at the file and line of the setting at fault, or of {@code
 * iro.answers.enabled} when that setting is not set at all.
 */
final class AnswerSettingsCheck {

  static final String PREFIX = "iro.answers";

  private static final String ENABLED = PREFIX + ".enabled";

  private AnswerSettingsCheck() {}

  /** The problems start-up would refuse the settings for; none when they would start. */
  static List<ConfigurationProblem> of(ConfigurableEnvironment environment) {
    try {
      Binder.get(environment).bind(PREFIX, AnswerSettings.class);
      return List.of();
    } catch (BindException e) {
      AnswerSettings.InvalidSetting invalid = invalidSetting(e);
      if (invalid == null) {
        SettingOrigin at = SettingOrigin.of(environment, e.getName().toString());
        return List.of(
            new ConfigurationProblem(at.file(), at.line(), e.getName().toString(), rootMessage(e)));
      }
      String setting = invalid.setting();
      SettingOrigin at =
          SettingOrigin.of(environment, environment.containsProperty(setting) ? setting : ENABLED);
      return List.of(new ConfigurationProblem(at.file(), at.line(), setting, invalid.getMessage()));
    }
  }

  private static AnswerSettings.InvalidSetting invalidSetting(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof AnswerSettings.InvalidSetting invalid) {
        return invalid;
      }
    }
    return null;
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage();
  }
}

package uk.irodispute.config;

import java.util.ArrayList;
import java.util.List;
import org.springframework.core.env.ConfigurableEnvironment;
import uk.irodispute.mappings.MappingsCheck.RoleSetting;

/**
 * The roles the adapter's settings name, with the file and line each was set at, for the {@code
 * validate} command to check against the protocols' roles. Today one: the weekly digest's.
 */
final class SettingRoles {

  static final String DIGEST_ROLE = "iro.digest.role";

  private SettingRoles() {}

  /** The settings naming a role, as the environment gives them. */
  static List<RoleSetting> of(ConfigurableEnvironment environment) {
    List<RoleSetting> roles = new ArrayList<>();
    String digest = environment.getProperty(DIGEST_ROLE);
    if (digest != null && !digest.isBlank()) {
      SettingOrigin origin = SettingOrigin.of(environment, DIGEST_ROLE);
      roles.add(
          new RoleSetting(
              DIGEST_ROLE,
              digest.strip(),
              origin.file(),
              origin.line(),
              "the weekly digest goes to whoever holds this role in the staff directory; set"
                  + " IRO_DIGEST_ROLE to a role the protocol files declare under 'roles'"));
    }
    return roles;
  }
}

package uk.irodispute.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MappingsArgumentTest {

  @Test
  void mappingsAndItsFolderBecomeTheMappingsSetting() {
    assertThat(
            MappingsArgument.asSettings(
                new String[] {"--server.port=0", "--mappings", "/etc/iro/mappings", "other"}))
        .containsExactly("--server.port=0", "--iro.mappings.directory=/etc/iro/mappings", "other");
  }

  @Test
  void mappingsWithAnEqualsSignBecomesTheSettingToo() {
    assertThat(MappingsArgument.asSettings(new String[] {"--mappings=council"}))
        .containsExactly("--iro.mappings.directory=council");
  }

  @Test
  void mappingsWithNoFolderIsRefused() {
    assertThatThrownBy(() -> MappingsArgument.asSettings(new String[] {"--mappings"}))
        .hasMessage("--mappings needs a folder");
  }
}

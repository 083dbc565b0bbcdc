package uk.irodispute.mappings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mappings folder's YAML files, as every loader lists them. */
class YamlFilesTest {

  @TempDir Path dir;

  @Test
  void yamlAndYmlFilesAreListedInNameOrderLessHiddenOnesAndFolders() throws IOException {
    for (String name : new String[] {"b.yml", "a.yaml", "C.YAML", ".hidden.yaml", "notes.txt"}) {
      Files.writeString(dir.resolve(name), "id: x\n");
    }
    Files.createDirectory(dir.resolve("d.yaml"));

    assertThat(YamlFiles.in(dir, "protocol directory"))
        .extracting(file -> file.getFileName().toString())
        .containsExactly("C.YAML", "a.yaml", "b.yml");
  }

  @Test
  void aFolderThatCannotBeListedIsAProblemNamingIt() {
    Path missing = dir.resolve("missing");

    assertThatThrownBy(() -> YamlFiles.in(missing, "protocol directory"))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("cannot list the protocol directory")
        .hasMessageContaining(missing.toString());
  }
}

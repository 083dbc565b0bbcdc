package uk.irodispute.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import uk.irodispute.core.protocol.ProtocolRegistry;
import uk.irodispute.directory.Directory;
import uk.irodispute.mappings.InvalidConfigurationException;
import uk.irodispute.mappings.ProtocolFileLoader;

/** The staff directory is read at start-up from {@code directory/} under the mappings folder. */
class DirectoryConfigurationTest {

  @TempDir Path mappings;

  private ApplicationContextRunner runner(Path mappingsFolder) {
    return new ApplicationContextRunner()
        .withBean(MappingsProperties.class, () -> new MappingsProperties(mappingsFolder))
        .withBean(
            ProtocolRegistry.class,
            () ->
                new ProtocolRegistry(
                    new ProtocolFileLoader().loadDirectory(Path.of("mappings/protocols"))))
        .withUserConfiguration(DirectoryConfiguration.class);
  }

  @Test
  void theShippedDirectoryIsLoaded() {
    runner(Path.of("mappings"))
        .run(
            context -> {
              Directory directory = context.getBean(Directory.class);
              assertThat(directory.holding("service-manager", List.of("Assessment North")))
                  .extracting(p -> p.email())
                  .containsExactly("priya.northfield@council.example");
            });
  }

  @Test
  void aMissingFolderGivesAnEmptyDirectory() {
    runner(mappings)
        .run(context -> assertThat(context.getBean(Directory.class).isEmpty()).isTrue());
  }

  @Test
  void aFileWithAMistakeStopsStartUp() throws IOException {
    Path folder = Files.createDirectories(mappings.resolve("directory"));
    Files.writeString(folder.resolve("council.yaml"), "operations: [not-an-address]\n");
    runner(mappings)
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .isInstanceOf(InvalidConfigurationException.class)
                    .hasMessageContaining("council.yaml:1: operations[0]: 'not-an-address'"));
  }
}

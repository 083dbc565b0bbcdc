package uk.irodispute.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The routes come inside the jar, so the adapter runs from any folder: every file of the project's
 * {@code routes/} is on the classpath as it is, and the adapter loads them from there unless {@code
 * IRO_ROUTES} names a folder.
 */
class RoutesInTheJarTest {

  @Test
  void everyRouteFileIsOnTheClasspathUnchanged() throws IOException {
    List<Path> files;
    try (Stream<Path> listed = Files.list(Path.of("routes"))) {
      files = listed.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      try (InputStream inJar =
          getClass().getResourceAsStream("/routes/" + file.getFileName().toString())) {
        assertThat(inJar).as(file.toString()).isNotNull();
        assertThat(inJar.readAllBytes()).as(file.toString()).isEqualTo(Files.readAllBytes(file));
      }
    }
  }

  @Test
  void theRoutesAreTheClasspathsUnlessIroRoutesNamesAFolder() {
    ConfigurableEnvironment shipped = ValidateCommand.environment(List.of());
    assertThat(shipped.getProperty("camel.main.routes-include-pattern"))
        .isEqualTo("classpath:routes/*.yaml");

    ConfigurableEnvironment council =
        ValidateCommand.environment(List.of("--IRO_ROUTES=file:/srv/iro/routes/*.yaml"));
    assertThat(council.getProperty("camel.main.routes-include-pattern"))
        .isEqualTo("file:/srv/iro/routes/*.yaml");
  }
}

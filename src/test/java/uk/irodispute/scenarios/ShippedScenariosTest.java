package uk.irodispute.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import uk.irodispute.core.protocol.Protocol;

/**
 * Every scenario shipped in {@code mappings/scenarios/} runs in the test suite, one test each, so
 * {@code mvn verify} proves the shipped protocol files say what the councils' documents say.
 */
class ShippedScenariosTest {

  private static final Path MAPPINGS = Path.of("mappings");
  private static final ScenarioSuite SUITE = ScenarioSuite.forMappings(MAPPINGS);
  private static final ScenarioSuite.Loaded SHIPPED =
      SUITE.load(List.of(MAPPINGS.resolve("scenarios")));

  @TestFactory
  Stream<DynamicTest> everyShippedScenarioPasses() {
    return SHIPPED.scenarios().stream()
        .map(
            s ->
                DynamicTest.dynamicTest(
                    s.location() + ": " + s.name(),
                    () -> assertThat(SUITE.run(s).difference()).as(s.location()).isNull()));
  }

  @Test
  void theShippedScenarioFilesHaveNoMistakes() {
    assertThat(SHIPPED.problems()).isEmpty();
  }

  @Test
  void everyShippedProtocolHasScenariosAndEveryScenarioQuotesItsSeed() {
    List<String> protocols =
        new uk.irodispute.mappings.ProtocolFileLoader()
            .loadDirectory(MAPPINGS.resolve("protocols")).stream().map(Protocol::id).toList();

    assertThat(SHIPPED.scenarios()).extracting(Scenario::protocolId).containsAll(protocols);
    assertThat(SHIPPED.scenarios()).allSatisfy(s -> assertThat(s.quote()).isNotBlank());
  }
}

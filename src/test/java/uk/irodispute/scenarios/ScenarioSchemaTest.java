package uk.irodispute.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.irodispute.core.engine.AlertKind;
import uk.irodispute.core.protocol.RecordKind;
import uk.irodispute.mappings.YamlField;
import uk.irodispute.testing.JsonSchemas;

/** Keeps docs/schema/scenario.schema.json in step with {@link ScenarioReader}. */
class ScenarioSchemaTest {

  private static final String KIND = "scenario";

  @Test
  void aScenarioHasTheReadersFields() {
    assertThat(JsonSchemas.propertyNames(KIND, "/$defs/scenario"))
        .containsExactlyInAnyOrderElementsOf(ScenarioReader.SCENARIO_KEYS);
  }

  @Test
  void aStepHasTheReadersFieldsForEveryKindOfNote() {
    Set<String> all = new TreeSet<>(ScenarioReader.STEP_KEYS);
    Arrays.stream(ScenarioNote.Kind.values()).map(ScenarioReader::fieldsOf).forEach(all::addAll);

    assertThat(JsonSchemas.propertyNames(KIND, "/$defs/step"))
        .containsExactlyInAnyOrderElementsOf(all);
  }

  @ParameterizedTest
  @EnumSource(ScenarioNote.Kind.class)
  void aStepWithThisNoteAllowsOnlyTheReadersFields(ScenarioNote.Kind kind) {
    Set<String> expected = new LinkedHashSet<>(ScenarioReader.STEP_KEYS);
    expected.addAll(ScenarioReader.fieldsOf(kind));

    assertThat(allowedFor(YamlField.fileName(kind))).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void expectationsHaveTheReadersFields() {
    assertThat(JsonSchemas.propertyNames(KIND, "/$defs/expect"))
        .containsExactlyInAnyOrderElementsOf(ScenarioReader.EXPECT_KEYS);
    assertThat(JsonSchemas.propertyNames(KIND, "/$defs/expect/properties/alerts/items"))
        .containsExactlyInAnyOrderElementsOf(ScenarioReader.ALERT_KEYS);
    assertThat(JsonSchemas.propertyNames(KIND, "/$defs/expect/properties/notes/items"))
        .containsExactlyInAnyOrderElementsOf(ScenarioReader.NOTE_KEYS);
  }

  @Test
  void theSchemaAllowsTheReadersChoices() {
    assertThat(JsonSchemas.enumValues(KIND, "/$defs/step/properties/note"))
        .containsExactlyInAnyOrderElementsOf(YamlField.fileNames(ScenarioNote.Kind.class));
    assertThat(
            JsonSchemas.enumValues(KIND, "/$defs/expect/properties/alerts/items/properties/kind"))
        .containsExactlyInAnyOrderElementsOf(YamlField.fileNames(AlertKind.class));
    assertThat(JsonSchemas.enumValues(KIND, "/$defs/expect/properties/notes/items/properties/kind"))
        .containsExactlyInAnyOrderElementsOf(YamlField.fileNames(RecordKind.class));
  }

  /** The field names the step's rule for this note allows, from its if/then. */
  private static List<String> allowedFor(String note) {
    List<String> found = null;
    for (JsonNode rule : JsonSchemas.schema(KIND).at("/$defs/step/allOf")) {
      JsonNode condition = rule.at("/if/properties/note");
      boolean matches =
          condition.path("const").asText().equals(note)
              || texts(condition.path("enum")).contains(note);
      if (matches) {
        assertThat(found).as("one rule for note '%s'", note).isNull();
        found = texts(rule.at("/then/propertyNames/enum"));
      }
    }
    assertThat(found).as("a rule for note '%s'", note).isNotNull();
    return found;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(v -> texts.add(v.asText()));
    return texts;
  }
}

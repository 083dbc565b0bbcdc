package uk.irodispute.mappings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.irodispute.core.calendar.Region;
import uk.irodispute.core.protocol.BreachAction;
import uk.irodispute.core.protocol.Cap;
import uk.irodispute.core.protocol.StageKind;
import uk.irodispute.mappings.AuthReader.AuthKind;
import uk.irodispute.mappings.SourceReader.SourceKind;
import uk.irodispute.mappings.WriteBackReader.WriteBackKind;
import uk.irodispute.systems.Source.PagingKind;
import uk.irodispute.testing.JsonSchemas;

/**
 * Keeps docs/schema in step with the loaders: every shipped and valid test file passes its schema,
 * and every field a loader knows is a property at the matching place of the schema.
 */
class MappingsSchemaTest {

  static Stream<Arguments> validFiles() {
    return Stream.of(
            files("protocol", Path.of("mappings", "protocols")),
            files("protocol", Path.of("src", "test", "resources", "protocols", "valid")),
            files("system", Path.of("mappings", "systems")),
            files("directory", Path.of("mappings", "directory")),
            files("scenario", Path.of("mappings", "scenarios")))
        .flatMap(s -> s);
  }

  private static Stream<Arguments> files(String kind, Path folder) {
    return JsonSchemas.yamlFiles(folder).map(f -> Arguments.of(kind, f));
  }

  @ParameterizedTest(name = "{1} is a valid {0} file")
  @MethodSource("validFiles")
  void everyShippedAndValidTestFilePassesItsSchema(String kind, Path file) {
    assertThat(JsonSchemas.problems(kind, file)).isEmpty();
  }

  @Test
  void everyKindOfShippedFileIsChecked() {
    assertThat(validFiles().map(a -> a.get()[0]).distinct())
        .containsExactlyInAnyOrder("protocol", "system", "directory", "scenario");
  }

  @Test
  void everyShippedFileNamesItsSchemaForEditors() throws IOException {
    for (String kind : List.of("protocol", "system", "directory", "scenario")) {
      Path folder = Path.of("mappings", kind.equals("directory") ? kind : kind + "s");
      for (Path file : JsonSchemas.yamlFiles(folder).toList()) {
        assertThat(Files.readAllLines(file).get(0))
            .as("first line of %s", file)
            .isEqualTo(
                "# yaml-language-server: $schema=../../docs/schema/" + kind + ".schema.json");
      }
    }
  }

  @Test
  void aMisspeltStageFieldFailsTheSchema(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("misspelt.yaml");
    String full =
        Files.readString(Path.of("src", "test", "resources", "protocols", "valid", "full.yaml"));
    Files.writeString(file, full.replace("timescale: 2 weeks", "timescal: 2 weeks"));

    assertThat(JsonSchemas.problems("protocol", file)).anyMatch(m -> m.contains("timescal"));
  }

  @Test
  void aListOfRecordedAtLocationsPassesTheSchemaAsTheLoaderTakesIt(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("fallback.yaml");
    String shipped = Files.readString(Path.of("mappings", "systems", "lcs-api.yaml"));
    Files.writeString(
        file, shipped.replace("recordedAt: /recordedAt", "recordedAt: [/recordedAt, /created]"));

    assertThat(JsonSchemas.problems("system", file)).isEmpty();
  }

  @Test
  void anEmptyListOfRecordedAtLocationsFailsTheSchema(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("none.yaml");
    String shipped = Files.readString(Path.of("mappings", "systems", "lcs-api.yaml"));
    Files.writeString(file, shipped.replace("recordedAt: /recordedAt", "recordedAt: []"));

    assertThat(JsonSchemas.problems("system", file)).anyMatch(m -> m.contains("recordedAt"));
  }

  static Stream<Arguments> fieldSets() {
    return Stream.of(
        Arguments.of("protocol", "", ProtocolReader.TOP_FIELDS),
        Arguments.of("protocol", "/$defs/calendar", ProtocolReader.CALENDAR_FIELDS),
        Arguments.of("protocol", "/$defs/role", ProtocolReader.ROLE_FIELDS),
        Arguments.of("protocol", "/$defs/category", ProtocolReader.CATEGORY_FIELDS),
        Arguments.of("protocol", "/$defs/seriousness", ProtocolReader.SERIOUSNESS_FIELDS),
        Arguments.of("protocol", "/$defs/responseType", ProtocolReader.RESPONSE_TYPE_FIELDS),
        Arguments.of("protocol", "/$defs/track", ProtocolReader.TRACK_FIELDS),
        Arguments.of("protocol", "/$defs/cap", ProtocolReader.CAP_FIELDS),
        Arguments.of("protocol", "/$defs/timeOut", ProtocolReader.TIME_OUT_FIELDS),
        Arguments.of("protocol", "/$defs/referral", ProtocolReader.REFERRAL_FIELDS),
        Arguments.of("protocol", "/$defs/stage", StageReader.STAGE_FIELDS),
        Arguments.of("protocol", "/$defs/stage/properties/meeting", StageReader.MEETING_FIELDS),
        Arguments.of(
            "protocol", "/$defs/stage/properties/afterResponse", StageReader.AFTER_RESPONSE_FIELDS),
        Arguments.of("protocol", "/$defs/step", StageReader.STEP_FIELDS),
        Arguments.of(
            "protocol",
            "/properties/otherPartOfCouncil",
            ProtocolReader.OTHER_PART_OF_COUNCIL_FIELDS),
        Arguments.of("system", "", SystemReader.TOP_FIELDS),
        Arguments.of(
            "system",
            "/$defs/source",
            union(
                List.of(
                    SourceReader.COMMON_FIELDS,
                    SourceReader.SQL_FIELDS,
                    SourceReader.HTTP_FIELDS))),
        Arguments.of("system", "/$defs/paging", SourceReader.PAGING_FIELDS),
        Arguments.of("system", "/$defs/lookup", SourceReader.LOOKUP_FIELDS),
        Arguments.of("system", "/$defs/allocation", FieldMappingsReader.ALLOCATION_FIELDS),
        Arguments.of("system", "/$defs/auth", union(AuthReader.FIELDS.values())),
        Arguments.of("system", "/$defs/fields", FieldMappingsReader.FIELDS),
        Arguments.of("system", "/$defs/fields/properties/form", FieldMappingsReader.FORM_FIELDS),
        Arguments.of("system", "/$defs/rules", NoteRulesReader.FIELDS),
        Arguments.of("system", "/$defs/writeBack", union(WriteBackReader.FIELDS.values())),
        Arguments.of("directory", "", DirectoryReader.TOP_FIELDS),
        Arguments.of("directory", "/properties/people/items", DirectoryReader.PERSON_FIELDS),
        Arguments.of("directory", "/properties/areas/items", DirectoryReader.AREA_FIELDS));
  }

  @ParameterizedTest(name = "{0} schema at ''{1}'' has the loader''s fields")
  @MethodSource("fieldSets")
  void theSchemaHasExactlyTheFieldsTheLoaderKnows(
      String kind, String pointer, Set<String> loaderFields) {
    assertThat(JsonSchemas.propertyNames(kind, pointer))
        .containsExactlyInAnyOrderElementsOf(loaderFields);
  }

  static Stream<Arguments> choices() {
    return Stream.of(
        Arguments.of("protocol", "/$defs/stage/properties/kind", fileNames(StageKind.class)),
        Arguments.of("protocol", "/$defs/breachAction", fileNames(BreachAction.class)),
        Arguments.of("protocol", "/$defs/cap/properties/from", fileNames(Cap.CapStart.class)),
        Arguments.of(
            "protocol",
            "/$defs/calendar/properties/region",
            Arrays.stream(Region.values()).map(Region::id).toList()),
        Arguments.of("protocol", "/$defs/role/properties/from", ProtocolReader.ROLE_SOURCES),
        Arguments.of("system", "/$defs/source/properties/kind", fileNames(SourceKind.class)),
        Arguments.of("system", "/$defs/paging/properties/kind", fileNames(PagingKind.class)),
        Arguments.of("system", "/$defs/auth/properties/kind", fileNames(AuthKind.class)),
        Arguments.of("system", "/$defs/writeBack/properties/kind", fileNames(WriteBackKind.class)),
        Arguments.of("system", "/$defs/writeBack/properties/method", WriteBackReader.METHODS));
  }

  @ParameterizedTest(name = "{0} schema at ''{1}'' allows the loader''s choices")
  @MethodSource("choices")
  void theSchemaAllowsExactlyTheChoicesTheLoaderKnows(
      String kind, String pointer, List<String> loaderChoices) {
    assertThat(JsonSchemas.enumValues(kind, pointer))
        .containsExactlyInAnyOrderElementsOf(loaderChoices);
  }

  private static List<String> fileNames(Class<? extends Enum<?>> type) {
    return YamlField.fileNames(type);
  }

  private static Set<String> union(Collection<Set<String>> sets) {
    Set<String> all = new TreeSet<>();
    sets.forEach(all::addAll);
    return all;
  }
}

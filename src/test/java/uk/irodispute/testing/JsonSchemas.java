package uk.irodispute.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The JSON Schemas under docs/schema, as tests use them. */
public final class JsonSchemas {

  /** Where the schemas are, from the project's root. */
  public static final Path FOLDER = Path.of("docs", "schema");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private JsonSchemas() {}

  /** The schema file of a kind of mappings file, such as {@code protocol}. */
  public static JsonNode schema(String kind) {
    try {
      return JSON.readTree(FOLDER.resolve(kind + ".schema.json").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Everything wrong with a YAML file against a kind's schema; empty when it is valid. */
  public static Set<String> problems(String kind, Path yaml) {
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema(kind));
    try {
      JsonNode document = YAML.readTree(yaml.toFile());
      return schema.validate(document).stream()
          .map(ValidationMessage::getMessage)
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The YAML files in a folder, sorted by name. */
  public static Stream<Path> yamlFiles(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The property names of the object at a JSON pointer in a kind's schema.
   *
   * @param pointer for example {@code /$defs/stage}; empty for the top
   */
  public static Set<String> propertyNames(String kind, String pointer) {
    JsonNode object = schema(kind).at(pointer);
    assertThat(object.path("properties").isObject())
        .as("%s.schema.json has properties at '%s'", kind, pointer)
        .isTrue();
    assertThat(object.path("additionalProperties").asBoolean(true))
        .as("%s.schema.json refuses unknown fields at '%s', as the loader does", kind, pointer)
        .isFalse();
    Set<String> names = new TreeSet<>();
    object.path("properties").fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The values an {@code enum} at a JSON pointer in a kind's schema allows. */
  public static Set<String> enumValues(String kind, String pointer) {
    JsonNode values = schema(kind).at(pointer).path("enum");
    assertThat(values.isArray()).as("%s.schema.json has an enum at '%s'", kind, pointer).isTrue();
    Set<String> names = new TreeSet<>();
    values.forEach(v -> names.add(v.asText()));
    return names;
  }
}

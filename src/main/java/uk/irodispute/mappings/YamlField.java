package uk.irodispute.mappings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One value of a YAML file with its line and its path from the top of the file (for example {@code
 * tracks[0].stages[2].to}). Reading methods never throw: a missing or mistyped value is recorded in
 * the file's {@link Problems} and a neutral value (null, false, empty list) is returned, so that
 * reading goes on and every mistake is reported at once.
 */
public final class YamlField {

  private final Node node;
  private final String path;
  private final Problems problems;
  private final EnvironmentValues environment;

  YamlField(Node node, String path, Problems problems) {
    this(node, path, problems, null);
  }

  private YamlField(Node node, String path, Problems problems, EnvironmentValues environment) {
    this.node = node;
    this.path = path;
    this.problems = problems;
    this.environment = environment;
  }

  /**
   * This value and every value under it with {@code ${NAME}} and {@code ${NAME:default}}
   * placeholders filled when read as text: any scalar of a system file may be one (a duration, a
   * number, true or false, a URL). A placeholder with no value and no default is reported at its
   * line.
   */
  YamlField withPlaceholders(PlaceholderResolver resolver) {
    return new YamlField(node, path, problems, new EnvironmentValues(resolver));
  }

  /** The path from the top of the file, for example {@code tracks[0].stages[2].to[1]}. */
  public String path() {
    return path;
  }

  /** The 1-based line where the value starts. */
  public int line() {
    return node.getStartMark() != null ? node.getStartMark().getLine() + 1 : 1;
  }

  /** The file's problems, for checks made outside this class. */
  public Problems problems() {
    return problems;
  }

  /** Records a problem at this value. */
  public void problem(String message) {
    problems.add(line(), path, message);
  }

  /**
   * Records a problem at the line of the character at {@code index} of this value's text: exact for
   * a literal block ({@code |}), whose text starts on the line after the indicator; the value's
   * first line for any other style.
   */
  public void problemAt(int index, String message) {
    problems.add(lineOf(index), path, message);
  }

  /** The 1-based line of the character at {@code index} of this value's text. */
  public int lineOf(int index) {
    if (!(node instanceof ScalarNode s)
        || s.getScalarStyle() != DumperOptions.ScalarStyle.LITERAL) {
      return line();
    }
    String text = s.getValue();
    int newlines = 0;
    for (int i = 0; i < Math.min(index, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        newlines++;
      }
    }
    return line() + 1 + newlines;
  }

  /** True for {@code key:} with nothing after it, {@code ~} and {@code null}. */
  public boolean isNull() {
    return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
  }

  /** True for no value, an empty list and an empty object. */
  public boolean isEmpty() {
    return isNull()
        || (node instanceof SequenceNode s && s.getValue().isEmpty())
        || (node instanceof MappingNode m && m.getValue().isEmpty());
  }

  public boolean isMapping() {
    return node instanceof MappingNode;
  }

  public boolean isList() {
    return node instanceof SequenceNode;
  }

  public boolean isScalar() {
    return node instanceof ScalarNode && !isNull();
  }

  // ---- objects ------------------------------------------------------------------------------

  /** The value under {@code key} in this object, if the key is present (even with no value). */
  public Optional<YamlField> field(String key) {
    if (!(node instanceof MappingNode mapping)) {
      return Optional.empty();
    }
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
        return Optional.of(
            new YamlField(tuple.getValueNode(), childPath(key), problems, environment));
      }
    }
    return Optional.empty();
  }

  /** The value under {@code key}, if present with a value (not empty or null). */
  public Optional<YamlField> value(String key) {
    return field(key).filter(f -> !f.isNull());
  }

  /** Whether {@code key} is present with a value. */
  public boolean has(String key) {
    return value(key).isPresent();
  }

  /**
   * Reports every key of this object that is not in {@code allowed} (suggesting the close one when
   * it looks like a typing mistake) and every key given twice.
   */
  public void rejectUnknownKeys(Set<String> allowed) {
    if (!(node instanceof MappingNode mapping)) {
      return;
    }
    Map<String, Integer> seen = new HashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      int line = keyNode.getStartMark().getLine() + 1;
      if (!(keyNode instanceof ScalarNode k)) {
        problems.add(line, path, "a field name must be plain text");
        continue;
      }
      String key = k.getValue();
      Integer first = seen.putIfAbsent(key, line);
      if (first != null) {
        problems.add(
            line, childPath(key), "'" + key + "' is given twice (first on line " + first + ")");
      } else if (!allowed.contains(key)) {
        String known = allowed.stream().sorted().collect(Collectors.joining(", "));
        String suggestion =
            Suggestions.closest(key, allowed).map(s -> "did you mean '" + s + "'? ").orElse("");
        problems.add(
            line,
            childPath(key),
            "unknown field '" + key + "'; " + suggestion + "fields allowed here: " + known);
      }
    }
  }

  /** The object under {@code key}, if present; a value that is not an object is reported. */
  public Optional<YamlField> optionalObject(String key) {
    return value(key).filter(f -> f.expect(f.isMapping(), "fields (key: value)"));
  }

  /** The object under {@code key}; a missing one is reported. */
  public Optional<YamlField> requiredObject(String key) {
    if (!has(key)) {
      missing(key);
      return Optional.empty();
    }
    return optionalObject(key);
  }

  // ---- text ---------------------------------------------------------------------------------

  /**
   * This value as text, its placeholders filled where the file's reader asked for that; a list or
   * object is reported and gives null, and so does a placeholder with no value.
   */
  public String text() {
    String raw = rawText();
    if (raw == null || environment == null || !PlaceholderText.hasPlaceholder(raw)) {
      return raw;
    }
    return environment.text(this);
  }

  /** This value as the file writes it, placeholders unfilled; a list or object gives null. */
  public String rawText() {
    if (isNull()) {
      return null;
    }
    if (!expect(node instanceof ScalarNode, "a single value")) {
      return null;
    }
    return ((ScalarNode) node).getValue();
  }

  /**
   * The value as the file writes it, in quotes, for a message: never the filled-in text, which may
   * hold a value from the environment.
   */
  public String quoted() {
    return "'" + rawText() + "'";
  }

  /** " once its placeholders are filled" for a value with placeholders; else nothing. */
  public String onceFilled() {
    String raw = rawText();
    return raw != null && PlaceholderText.hasPlaceholder(raw)
        ? " once its placeholders are filled"
        : "";
  }

  /** The text under {@code key}, or null when absent; a list or object is reported. */
  public String optionalString(String key) {
    return value(key).map(YamlField::text).orElse(null);
  }

  /** The text under {@code key}, or {@code otherwise} when absent. */
  public String optionalString(String key, String otherwise) {
    return has(key) ? optionalString(key) : otherwise;
  }

  /** The text under {@code key}; a missing or empty one is reported and gives null. */
  public String requiredString(String key) {
    if (!has(key)) {
      missing(key);
      return null;
    }
    String text = optionalString(key);
    if (text != null && text.isBlank()) {
      value(key).orElseThrow().problem("'" + key + "' must not be blank");
      return null;
    }
    return text;
  }

  // ---- true or false ------------------------------------------------------------------------

  /** This value as true or false; anything else is reported and gives {@code otherwise}. */
  public boolean bool(boolean otherwise) {
    if (node instanceof ScalarNode s
        && environment != null
        && PlaceholderText.hasPlaceholder(s.getValue())) {
      String filled = text();
      if (filled == null) {
        return otherwise;
      }
      if (filled.strip().matches("(?i)true|false")) {
        return Boolean.parseBoolean(filled.strip());
      }
      problem("expected true or false" + onceFilled() + ", found " + quoted());
      return otherwise;
    }
    if (node instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)) {
      String v = s.getValue().toLowerCase(Locale.ROOT);
      return v.equals("true") || v.equals("yes") || v.equals("on") || v.equals("y");
    }
    // A quoted "true" or "false" is plainly meant as one.
    if (node instanceof ScalarNode s && s.getValue().matches("(?i)true|false")) {
      return Boolean.parseBoolean(s.getValue());
    }
    problem("expected true or false, found " + describe());
    return otherwise;
  }

  /** The true or false under {@code key}, or {@code otherwise} when absent. */
  public boolean optionalBoolean(String key, boolean otherwise) {
    return value(key).map(f -> f.bool(otherwise)).orElse(otherwise);
  }

  /** The true or false under {@code key}; a missing one is reported and gives false. */
  public boolean requiredBoolean(String key) {
    if (!has(key)) {
      missing(key);
      return false;
    }
    return optionalBoolean(key, false);
  }

  // ---- lists --------------------------------------------------------------------------------

  /**
   * The items of the list under {@code key}; empty when absent. A value that is not a list is
   * reported.
   */
  public List<YamlField> items(String key) {
    Optional<YamlField> list = value(key);
    if (list.isEmpty() || !list.get().expect(list.get().isList(), "a list, such as [a, b]")) {
      return List.of();
    }
    List<Node> nodes = ((SequenceNode) list.get().node).getValue();
    List<YamlField> items = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      items.add(
          new YamlField(nodes.get(i), list.get().path + "[" + i + "]", problems, environment));
    }
    return items;
  }

  /**
   * The single values of the list under {@code key}; empty when absent. Items that are lists,
   * objects or empty are reported and left out.
   */
  public List<YamlField> scalarItems(String key) {
    List<YamlField> scalars = new ArrayList<>();
    for (YamlField item : items(key)) {
      if (item.isNull()) {
        item.problem("empty item in the list");
      } else if (item.text() != null) {
        scalars.add(item);
      }
    }
    return scalars;
  }

  /** The texts of the list under {@code key}; empty when absent. */
  public List<String> stringList(String key) {
    return scalarItems(key).stream().map(YamlField::text).toList();
  }

  /**
   * The objects of the list under {@code key}; empty when absent. Items that are not objects are
   * reported and left out.
   */
  public List<YamlField> objectList(String key) {
    return items(key).stream().filter(i -> i.expect(i.isMapping(), "fields (key: value)")).toList();
  }

  /** The objects of the list under {@code key}; a missing list is reported. */
  public List<YamlField> requiredObjectList(String key) {
    if (!has(key)) {
      missing(key);
      return List.of();
    }
    return objectList(key);
  }

  // ---- named values -------------------------------------------------------------------------

  /**
   * This value as one of an enum's constants, written in lower case with '-' for '_' (so {@code
   * ALERT_CHAIR} is {@code alert-chair}); anything else is reported and gives null.
   */
  public <E extends Enum<E>> E enumValue(Class<E> type) {
    String text = text();
    if (text == null) {
      return null;
    }
    Map<String, E> byName = new LinkedHashMap<>();
    for (E constant : type.getEnumConstants()) {
      byName.put(fileName(constant), constant);
    }
    E found = byName.get(text);
    if (found == null) {
      problem(
          "unknown value '"
              + text
              + "'"
              + Suggestions.didYouMean(text, byName.keySet())
              + "; expected one of: "
              + String.join(", ", byName.keySet()));
    }
    return found;
  }

  /** The enum value under {@code key}, or {@code otherwise} when absent. */
  public <E extends Enum<E>> E optionalEnum(String key, Class<E> type, E otherwise) {
    return value(key).map(f -> f.enumValue(type)).orElse(otherwise);
  }

  /** The enum value under {@code key}; a missing one is reported and gives null. */
  public <E extends Enum<E>> E requiredEnum(String key, Class<E> type) {
    if (!has(key)) {
      missing(key);
      return null;
    }
    return optionalEnum(key, type, null);
  }

  /** How an enum constant is written in files: lower case, '-' for '_'. */
  public static String fileName(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Every way an enum's constants are written in files, in declaration order. */
  public static List<String> fileNames(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(YamlField::fileName).toList();
  }

  // ---- helpers ------------------------------------------------------------------------------

  /** Reports that the required {@code key} is missing from this object, at the object's line. */
  public void missing(String key) {
    boolean present = field(key).isPresent();
    problems.add(
        present ? field(key).orElseThrow().line() : line(),
        childPath(key),
        present
            ? "'" + key + "' is required but has no value"
            : "required field '" + key + "' is missing");
  }

  /** Keys of this object, in file order. */
  public Set<String> keys() {
    Set<String> keys = new LinkedHashSet<>();
    if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode k) {
          keys.add(k.getValue());
        }
      }
    }
    return keys;
  }

  private boolean expect(boolean ok, String expected) {
    if (!ok) {
      problem("expected " + expected + ", found " + describe());
    }
    return ok;
  }

  private String describe() {
    if (node instanceof MappingNode) {
      return "fields (key: value)";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    if (isNull()) {
      return "nothing";
    }
    return "'" + ((ScalarNode) node).getValue() + "'";
  }

  private String childPath(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}

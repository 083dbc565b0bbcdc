package uk.irodispute.mappings;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a YAML configuration file into a tree of {@link YamlField}s that remember their lines. Only
 * composes the node tree: no Java objects are constructed from the file, so nothing in it can run
 * code. Syntax errors, an empty file and a file that is not a set of fields all become problems
 * rather than exceptions.
 */
public final class YamlDocument {

  private YamlDocument() {}

  /**
   * Reads a file.
   *
   * @param file the file; its path as given is the name used in problems
   * @param problems where mistakes are recorded
   * @return the top-level object, or empty if the file could not be read as one
   */
  public static Optional<YamlField> read(Path file, Problems problems) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      problems.add(1, "", "cannot read the file: " + e);
      return Optional.empty();
    }
    return parse(text, problems);
  }

  /**
   * Reads YAML text.
   *
   * @param text the file's content
   * @param problems where mistakes are recorded, under the problems' file name
   * @return the top-level object, or empty if the text could not be read as one
   */
  public static Optional<YamlField> parse(String text, Problems problems) {
    Node root;
    try (Reader reader = new StringReader(text)) {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = mark != null ? mark.getLine() + 1 : 1;
      problems.add(line, "", "not valid YAML: " + describe(e, line));
      return Optional.empty();
    } catch (YAMLException | IOException e) {
      problems.add(1, "", "not valid YAML: " + e.getMessage());
      return Optional.empty();
    }
    if (root == null) {
      problems.add(1, "", "the file is empty");
      return Optional.empty();
    }
    YamlField field = new YamlField(root, "", problems);
    if (!(root instanceof MappingNode)) {
      problems.add(field.line(), "", "expected fields (key: value) at the top of the file");
      return Optional.empty();
    }
    return Optional.of(field);
  }

  /** The parser's words, naming where an unfinished construct (a quote, a bracket) started. */
  private static String describe(MarkedYAMLException e, int line) {
    String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
    if (e.getContext() == null) {
      return problem;
    }
    Mark start = e.getContextMark();
    String where =
        start != null && start.getLine() + 1 != line
            ? " (started on line " + (start.getLine() + 1) + ")"
            : "";
    return e.getContext() + where + ": " + problem;
  }
}

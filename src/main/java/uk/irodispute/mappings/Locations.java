package uk.irodispute.mappings;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import uk.irodispute.systems.Source;
import uk.irodispute.systems.Source.Format;

/**
 * Checks where a system file says a value is: a column of a query's rows, a JSON Pointer or an
 * XPath expression.
 */
final class Locations {

  private static final Pattern COLUMN = Pattern.compile("[A-Za-z_][A-Za-z0-9_$#]*");

  private final EnvironmentValues values;

  Locations(EnvironmentValues values) {
    this.values = values;
  }

  /**
   * Reads a location under {@code key}: a column of the notes query's rows for an SQL source, a
   * JSON Pointer or an XPath for an HTTP one; only read when the source is not known (null).
   */
  String read(YamlField owner, String key, Source source, boolean required) {
    if (source instanceof Source.Sql sql) {
      return column(owner, key, sql.notesQuery(), required);
    }
    String location = required ? values.required(owner, key) : values.optional(owner, key);
    if (location != null && source instanceof Source.Http http) {
      check(owner.value(key).orElseThrow(), location, http.format(), false);
    }
    return location;
  }

  /**
   * Checks one location given as an item of a list: a column of the notes query's rows for an SQL
   * source, a JSON Pointer or an XPath for an HTTP one.
   */
  String item(YamlField at, Source source) {
    String location = at.text();
    if (location == null || location.isBlank()) {
      at.problem("empty item in the list");
      return null;
    }
    if (source instanceof Source.Sql sql) {
      checkColumn(at, location, sql.notesQuery());
    } else if (source instanceof Source.Http http) {
      check(at, location, http.format(), false);
    }
    return location;
  }

  /** Reads a column name that {@code query} must mention (unless it selects {@code *}). */
  String column(YamlField owner, String key, String query, boolean required) {
    String column = required ? values.required(owner, key) : values.optional(owner, key);
    if (column == null) {
      return null;
    }
    checkColumn(owner.value(key).orElseThrow(), column, query);
    return column;
  }

  private static void checkColumn(YamlField at, String column, String query) {
    if (!COLUMN.matcher(column).matches()) {
      at.problem("'" + column + "' is not a column name");
    } else if (query != null && !query.contains("*") && !mentions(query, column)) {
      at.problem("column '" + column + "' is not in the query's select list");
    }
  }

  /** Reports the expression if it is not a JSON Pointer or an XPath, as {@code format} asks. */
  void check(YamlField at, String expression, Format format, boolean wholePage) {
    if (format == Format.JSON) {
      try {
        JsonPointer.compile(expression);
      } catch (IllegalArgumentException e) {
        at.problem(
            "'"
                + expression
                + "' is not a JSON Pointer; write it from the "
                + (wholePage ? "page's" : "note's")
                + " top with '/' before each name, for example /subject/personId");
      }
      return;
    }
    try {
      XPathFactory.newInstance().newXPath().compile(expression);
    } catch (XPathExpressionException e) {
      at.problem(
          "'"
              + expression
              + "' is not an XPath expression; for example "
              + (wholePage ? "/page/note" : "episode/personRef or @id"));
    }
  }

  private static boolean mentions(String query, String column) {
    return Pattern.compile(
            "(?<![A-Za-z0-9_$#])"
                + Pattern.quote(column.toUpperCase(Locale.ROOT))
                + "(?![A-Za-z0-9_$#])")
        .matcher(query.toUpperCase(Locale.ROOT))
        .find();
  }
}
